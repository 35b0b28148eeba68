import type { ItemStats } from '../../../shared/stats.ts';
import { formatNumber, formatScore, t } from '../../i18n/index.ts';
import type { Column } from '../../ui/DataTable.tsx';

type Stat = 'n' | 'mean' | 'median' | 'sd' | 'range';

const CELL: Record<Stat, (s: ItemStats) => string> = {
  n: (s) => formatNumber(s.n),
  mean: (s) => formatScore(s.mean),
  median: (s) => formatScore(s.median, 1),
  sd: (s) => formatScore(s.sd),
  range: (s) => (s.min === null ? '–' : `${s.min}–${s.max}`),
};

/** Columns of the statistics an analysis table shows of each row, in the reader's language. */
export function statColumns<R extends { stats: ItemStats }>(stats: readonly Stat[]): Column<R>[] {
  return stats.map((k) => ({ header: t(`analysis.${k}`), cell: (r) => CELL[k](r.stats) }));
}
