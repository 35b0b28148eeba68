import { parseJoinCredential } from '../../../shared/identity/join-credential.ts';
import { sha256Hex } from '../../../shared/identity/sha256.ts';
import type { AppDb } from './db.ts';
import { HAND_ROUND_KEY, handRound, type HandRound } from './hand-round-state.ts';
import { ACCESS_KEY } from '../credentials/credentials.ts';
import { getSetting } from './settings.ts';
import { writeTransaction } from './write.ts';

export { handRound, type HandRound };

const hashOf = (workshopId: string, code: string) => sha256Hex(`hand-round:${workshopId}:${code.trim()}`);

export const HAND_ROUND_CODE = /^\d{4,12}$/;

export async function startHandRound(db: AppDb, workshopId: string, code: string): Promise<void> {
  if (!HAND_ROUND_CODE.test(code.trim())) throw new RangeError('hand-round code: at least 4 digits');
  await db.meta.put({ key: HAND_ROUND_KEY, value: { workshopId, codeHash: hashOf(workshopId, code) } satisfies HandRound });
}

/** Start or end a person's turn (undefined: the next person starts afresh). */
export async function setTurn(db: AppDb, assessmentId: string | undefined): Promise<void> {
  await writeTransaction(db, [db.meta], async () => {
    const state = await handRound(db);
    if (state) await db.meta.put({ key: HAND_ROUND_KEY, value: { workshopId: state.workshopId, codeHash: state.codeHash, ...(assessmentId ? { current: assessmentId } : {}) } satisfies HandRound });
  });
}

/** Leave with the code, or with the device's access key (a code forgotten does not lock the facilitator out). */
export async function leaveHandRound(db: AppDb, code: string): Promise<boolean> {
  const state = await handRound(db);
  if (!state) return true;
  const key = await getSetting(db, ACCESS_KEY);
  const byKey = key !== undefined && parseJoinCredential(key) === undefined && code.trim() === key;
  const ok = hashOf(state.workshopId, code) === state.codeHash || byKey;
  if (ok) await db.meta.delete(HAND_ROUND_KEY);
  return ok;
}
