import type { RecordState } from '../../shared/sync/merge.ts';

/**
 * A record's merge state as the server stores it. Most records are written by one change, so every
 * field has the same stamp and device: those are written once (`stamp`, `device`) and only the
 * fields that differ are listed (`stamps`, `devices`). A score's state fell from about 760 to 300
 * bytes, which every push writes and every commit flushes. States stored before, with every stamp
 * and device listed, are read as they are.
 */
interface CompactState {
  fields: Record<string, unknown>;
  stamp: string;
  device: string;
  stamps?: Record<string, string>;
  devices?: Record<string, string>;
}

/** The value most fields have (the first such, on a tie). */
function commonest(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = values[0]!;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > counts.get(best)!) best = v;
  }
  return best;
}

/** The fields whose value differs from `common`, or undefined when none does. */
function exceptions(byField: Record<string, string>, common: string): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const [field, value] of Object.entries(byField)) if (value !== common) (out ??= {})[field] = value;
  return out;
}

/** Whether every field has a stamp and a device and nothing else does: the case the compact form can write. */
function sameFields(state: RecordState): boolean {
  const fields = Object.keys(state.fields);
  const stamps = Object.keys(state.stamps);
  const devices = Object.keys(state.devices);
  if (fields.length === 0 || stamps.length !== fields.length || devices.length !== fields.length) return false;
  return fields.every((f, i) => stamps[i] === f && devices[i] === f);
}

export function stateText(state: RecordState): string {
  if (!sameFields(state)) return JSON.stringify(state);
  const stamp = commonest(Object.values(state.stamps));
  const device = commonest(Object.values(state.devices));
  const compact: CompactState = { fields: state.fields, stamp, device };
  const stamps = exceptions(state.stamps, stamp);
  const devices = exceptions(state.devices, device);
  if (stamps) compact.stamps = stamps;
  if (devices) compact.devices = devices;
  return JSON.stringify(compact);
}

export function parseState(text: string): RecordState {
  const parsed = JSON.parse(text) as RecordState | CompactState;
  if (!('stamp' in parsed) || typeof parsed.stamp !== 'string') return parsed as RecordState;
  const stamps: Record<string, string> = {};
  const devices: Record<string, string> = {};
  for (const field of Object.keys(parsed.fields)) {
    stamps[field] = parsed.stamps && Object.hasOwn(parsed.stamps, field) ? parsed.stamps[field]! : parsed.stamp;
    devices[field] = parsed.devices && Object.hasOwn(parsed.devices, field) ? parsed.devices[field]! : parsed.device;
  }
  return { fields: parsed.fields, stamps, devices };
}
