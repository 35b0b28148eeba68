import type { AppDb } from './db.ts';
import { writeTransaction } from './write.ts';

/** The co-facilitator codes this device was given, kept until the server took or refused them. */
const CODES = 'cofacilitator:codes';

/**
 * A code entered or scanned here. `waiting`: the server does not know it yet (the owner's device
 * has not synced it), so each sync asks again; `refused`: the server's reason, kept to be read;
 * `joined`: the workshop it opened, shown once.
 */
export interface HeldCode {
  code: string;
  enteredAt: number;
  state: 'waiting' | 'refused' | 'joined';
  /** The server's error code (`refused`), or the workshop's id (`joined`). */
  detail?: string | undefined;
}

export async function heldCodes(db: AppDb): Promise<HeldCode[]> {
  const v = (await db.meta.get(CODES))?.value;
  return Array.isArray(v) ? (v as HeldCode[]) : [];
}

/** Keep a code to present at the next sync; the same code twice is kept once. */
export async function holdCode(db: AppDb, code: string, now = Date.now()): Promise<void> {
  await writeTransaction(db, [db.meta], async () => {
    const all = (await heldCodes(db)).filter((c) => c.code !== code);
    await db.meta.put({ key: CODES, value: [...all, { code, enteredAt: now, state: 'waiting' } satisfies HeldCode] });
  });
}

/** Note what the server said of a code; `undefined` forgets it (the person dismissed it). */
export async function settleCode(db: AppDb, code: string, next: Omit<HeldCode, 'code' | 'enteredAt'> | undefined): Promise<void> {
  await writeTransaction(db, [db.meta], async () => {
    const all = await heldCodes(db);
    await db.meta.put({ key: CODES, value: next ? all.map((c) => (c.code === code ? { ...c, ...next } : c)) : all.filter((c) => c.code !== code) });
  });
}
