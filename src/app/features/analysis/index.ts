// What other features may use of analysis: everything else in this folder is its own.
export { AnalysisTable } from './AnalysisTable.tsx';
export { profiles } from './analysis-view.ts';
export { roundsOf, toScored } from './scored.ts';
