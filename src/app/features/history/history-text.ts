import { formatScore, locale, t } from '../../i18n/index.ts';
import { roundLabel } from '../../i18n/round-label.ts';
import type { HistoryRound } from './history.ts';

/** A round as a column names it: "Baseline 2026". */
export const roundName = (r: Pick<HistoryRound, 'round' | 'year'>): string => t('history.roundYear', { round: roundLabel(r.round), year: r.year });

/** A change between rounds, signed ("+1.5", "−0.25", "0"), in the reader's language. */
export const formatChange = (n: number): string => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(Number(n.toFixed(2)));

/** A mean as the history shows it: two decimals at most. */
export const formatMean = (n: number | null): string => formatScore(n);
