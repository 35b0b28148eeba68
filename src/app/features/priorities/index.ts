import './priorities.css';
// What other features may use of priorities: everything else in this folder is its own.
export { ActionTable } from './ActionTable.tsx';
export { sortActions } from './priorities-draft.ts';
export { boardColumns, cardWords } from './board-cards.ts';
