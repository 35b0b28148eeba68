import { encodeHlc, decodeHlc, isHlcStamp, receive, tick, zeroHlc } from '../../../shared/hlc.ts';
import { newDeviceId } from '../../../shared/device.ts';
import type { AppDb } from './db.ts';

interface ClockState {
  deviceId: string;
  /** The last stamp this device issued or received. */
  last: string;
  /** The last outbox sequence number this device used. */
  seq: number;
}

export interface Stamp {
  deviceId: string;
  hlc: string;
  seq: number;
}

const KEY = 'clock';

/** The clock as this tab last read or wrote it: the guess behind a record shown before it is stored. */
const lastSeen = new WeakMap<AppDb, ClockState>();

function isClockState(v: unknown): v is ClockState {
  const s = v as Partial<ClockState> | undefined;
  return typeof s?.deviceId === 'string' && typeof s.last === 'string' && typeof s.seq === 'number';
}

/**
 * The next stamp and outbox sequence number. Call inside a read-write transaction that includes
 * `meta`: IndexedDB serialises such transactions, so two tabs never issue the same stamp or number.
 * The clock's new state is written but not waited for (`written`): the transaction's other writes
 * go in the same round trip, and a failure aborts the transaction all the same.
 */
export async function nextStamp(db: AppDb, now: number): Promise<Stamp & { written: Promise<unknown> }> {
  const entry = await db.meta.get(KEY);
  const state = isClockState(entry?.value) ? entry.value : undefined;
  const deviceId = state?.deviceId ?? newDeviceId();
  const prev = state ? decodeHlc(state.last) : zeroHlc(deviceId);
  const hlc = encodeHlc(tick(prev, now));
  const seq = (state?.seq ?? 0) + 1;
  const next = { deviceId, last: hlc, seq } satisfies ClockState;
  lastSeen.set(db, next);
  const written = db.meta.put({ key: KEY, value: next });
  // A write refused before this is awaited (an invalid record) aborts the transaction: said there, not here.
  written.catch(() => undefined);
  return { deviceId, hlc, seq, written };
}

/**
 * Move this device's clock past a stamp it received (pulled or imported), so its next edits sort
 * after it. Call inside a read-write transaction that includes `meta`.
 */
export async function receiveStamp(db: AppDb, stamp: string, now: number): Promise<void> {
  const entry = await db.meta.get(KEY);
  if (!isClockState(entry?.value) || !isHlcStamp(stamp)) return;
  const last = encodeHlc(receive(decodeHlc(entry.value.last), decodeHlc(stamp), now));
  const next = { ...entry.value, last } satisfies ClockState;
  lastSeen.set(db, next);
  await db.meta.put({ key: KEY, value: next });
}

/**
 * The stamp this tab expects the device clock's next to be, without reading it: to show a new
 * record before its transaction ends. Undefined until this tab has read the clock once.
 */
export function provisionalStamp(db: AppDb, now: number): { deviceId: string; hlc: string } | undefined {
  const state = lastSeen.get(db);
  return state && { deviceId: state.deviceId, hlc: encodeHlc(tick(decodeHlc(state.last), now)) };
}

/** This device's id, created on first use. */
export async function deviceIdOf(db: AppDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const entry = await db.meta.get(KEY);
    if (isClockState(entry?.value)) {
      lastSeen.set(db, entry.value);
      return entry.value.deviceId;
    }
    const deviceId = newDeviceId();
    await db.meta.put({ key: KEY, value: { deviceId, last: encodeHlc(zeroHlc(deviceId)), seq: 0 } satisfies ClockState });
    return deviceId;
  });
}
