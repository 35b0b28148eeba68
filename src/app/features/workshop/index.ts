// What other features may use of workshop: everything else in this folder is its own.
export { Breakdown } from './OverviewCounts.tsx';
