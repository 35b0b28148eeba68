// What other features may use of compendium: everything else in this folder is its own.
export { PracticeCase } from './PracticeCase.tsx';
export { entryResolver, organisationKey } from './compendium.ts';
export { practiceCaseView } from './practice-case.ts';
