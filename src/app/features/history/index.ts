// What other features may use of history: everything else in this folder is its own.
export { HistoryTable } from './HistoryTable.tsx';
export { organisationHistory } from './history.ts';
export { frameworkResolver } from './framework-of.ts';
export { formatChange } from './history-text.ts';
export type { FrameworkOf, OrganisationHistory } from './history.ts';
