import type { AppDb } from './db.ts';

export const HAND_ROUND_KEY = 'private:handRound';

/**
 * Read on every start (the app shell decides what to show), so kept apart from what starts and
 * ends it. A facilitator's device handed round: every screen but the current person's form is closed until
 * the facilitator leaves with the code chosen on the way in. Kept on the device, so a reload or a
 * closed tab does not open it up.
 */
export interface HandRound {
  workshopId: string;
  /** A hash of the code, never the code. */
  codeHash: string;
  /** The assessment of the person whose turn it is, once they have started. */
  current?: string | undefined;
}

function isHandRound(v: unknown): v is HandRound {
  const h = v as Partial<HandRound> | null | undefined;
  return typeof h?.workshopId === 'string' && typeof h.codeHash === 'string';
}

export async function handRound(db: AppDb): Promise<HandRound | null> {
  const v = (await db.meta.get(HAND_ROUND_KEY))?.value;
  return isHandRound(v) ? v : null;
}
