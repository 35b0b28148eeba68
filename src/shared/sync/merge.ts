import { compareHlc } from '../hlc.ts';
import type { Mutation } from '../schemas/mutation.ts';
import { isUnset } from './unset.ts';

/**
 * The one merge rule, used by the server and by devices: each field keeps the value written with
 * the highest hybrid-logical-clock stamp (last writer wins, per field). A delete is the field
 * `deleted` set to true, so it merges like any other change, and a later undo can lift it.
 * The value that lost is returned, so it can be kept where a facilitator can review it.
 *
 * Deterministic: the same mutations in any order, delivered any number of times, give the same state.
 */
export interface RecordState {
  /** Field values, without the system fields that the merge derives (id, stamps, device). */
  fields: Record<string, unknown>;
  /** The stamp of the write that set each field. */
  stamps: Record<string, string>;
  /** Device of each field's winning write. */
  devices: Record<string, string>;
}

export interface LostValue {
  field: string;
  value: unknown;
  stamp: string;
  deviceId: string;
  /** The stamp and device of the value that won. */
  winnerStamp: string;
  winnerDeviceId: string;
}

/** Fields a patch never sets: those the merge computes itself, and names that would reach a prototype. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'deviceId', '__proto__', 'constructor', 'prototype']);
export const isIgnoredField = (field: string): boolean => IGNORED.has(field);

export function emptyState(): RecordState {
  return { fields: {}, stamps: {}, devices: {} };
}

export function applyMutation(current: RecordState | undefined, m: Pick<Mutation, 'op' | 'patch' | 'hlc' | 'deviceId'> & { base?: string | undefined }): { next: RecordState; lost: LostValue[] } {
  const next: RecordState = current ? { fields: { ...current.fields }, stamps: { ...current.stamps }, devices: { ...current.devices } } : emptyState();
  const lost: LostValue[] = [];
  const patch: Record<string, unknown> = m.op === 'delete' ? { ...m.patch, deleted: true } : m.patch;
  for (const [field, value] of Object.entries(patch)) {
    if (IGNORED.has(field)) continue;
    // Own properties only: a field named like an Object.prototype member ("toString") has no stamp yet.
    const stamp = Object.hasOwn(next.stamps, field) ? next.stamps[field] : undefined;
    const wins = stamp === undefined || compareHlc(m.hlc, stamp) > 0;
    if (stamp !== undefined && compareHlc(m.hlc, stamp) === 0) continue; // the same write again
    const differs = stamp !== undefined && JSON.stringify(next.fields[field]) !== JSON.stringify(value);
    if (wins) {
      // The old value only "lost" if the writer had not seen it (a concurrent edit), not when it
      // was simply edited again later.
      const unseen = m.base === undefined || compareHlc(stamp!, m.base) > 0;
      if (differs && unseen && next.devices[field] !== m.deviceId) {
        lost.push({ field, value: next.fields[field], stamp, deviceId: next.devices[field]!, winnerStamp: m.hlc, winnerDeviceId: m.deviceId });
      }
      next.fields[field] = value;
      next.stamps[field] = m.hlc;
      next.devices[field] = m.deviceId;
    } else if (differs && next.devices[field] !== m.deviceId) {
      lost.push({ field, value, stamp: m.hlc, deviceId: m.deviceId, winnerStamp: stamp, winnerDeviceId: next.devices[field]! });
    }
  }
  return { next, lost };
}

/** The record as devices store it: fields plus the derived system fields. */
export function materialise(id: string, state: RecordState): Record<string, unknown> {
  // One pass: the earliest stamp, the latest, and the first field (in the record's order) written with it.
  let earliest: string | undefined;
  let latest: string | undefined;
  let latestField: string | undefined;
  for (const field of Object.keys(state.stamps)) {
    const stamp = state.stamps[field]!;
    if (earliest === undefined || compareHlc(stamp, earliest) < 0) earliest = stamp;
    if (latest === undefined || compareHlc(stamp, latest) > 0) {
      latest = stamp;
      latestField = field;
    }
  }
  const fields = Object.values(state.fields).some(isUnset) ? Object.fromEntries(Object.entries(state.fields).filter(([, v]) => !isUnset(v))) : state.fields;
  return {
    deleted: false,
    ...fields,
    id,
    createdAt: earliest ?? '',
    updatedAt: latest ?? '',
    deviceId: latestField ? state.devices[latestField] : '',
  };
}
