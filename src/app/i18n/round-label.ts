import { t } from './index.ts';

/** Preset rounds show in the reader's language; a round named by the facilitator shows as typed. */
export function roundLabel(round: string): string {
  return round === 'baseline' || round === 'follow-up' ? t(`rounds.${round}`) : round;
}
