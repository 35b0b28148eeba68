// What other features may use of practices: everything else in this folder is its own.
export { PracticeForm } from './PracticeForm.tsx';
export { draftToPractice, practiceFromNote, practiceToDraft } from './practice-draft.ts';
export { setPracticeToOpen } from './practice-to-open.ts';
