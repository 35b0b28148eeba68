// What other features may use of scoring: everything else in this folder is its own.
export { RemoveAnswers } from './RemoveAnswersPanel.tsx';
export { createRemoveAnswers } from './remove-answers.ts';
