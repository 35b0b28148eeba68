/**
 * Hybrid logical clock (Kulkarni et al.): a physical millisecond part that never goes backwards
 * plus a counter that orders events within the same millisecond, plus the node (device) id that
 * breaks the last tie. Stamps encode to fixed-width strings, so string order is causal order and
 * stamps from different devices are totally ordered.
 *
 * Invariants: every stamp a node issues is greater than every stamp it issued or received before,
 * whatever the wall clock does (skew between devices, a clock set backwards, a frozen clock), with one
 * exception: a node's own last stamp lying more than MAX_DRIFT_MS ahead of its wall clock is dropped
 * (its clock had been set far ahead; the server refused those writes), see `tick`.
 */
export interface Hlc {
  readonly wall: number;
  readonly count: number;
  readonly node: string;
}

const WALL_WIDTH = 15;
const COUNT_WIDTH = 6;
const MAX_COUNT = 10 ** COUNT_WIDTH - 1;
const NODE_SOURCE = '[A-Za-z0-9_]{1,40}';
/** A clock's node: the id of the device that writes the stamp. */
export const NODE_PATTERN = new RegExp(`^${NODE_SOURCE}$`);
const STAMP_PATTERN = new RegExp(`^(\\d{15})-(\\d{6})-(${NODE_SOURCE})$`);

export function zeroHlc(node: string): Hlc {
  assertNode(node);
  return { wall: 0, count: 0, node };
}

/** The stamp for a local event at wall-clock time `now`. */
export function tick(prev: Hlc, now: number): Hlc {
  // A last stamp beyond the allowed drift came from this device's own clock running far ahead (the
  // server refused those writes, `clock_ahead`). Once the clock is set right, start again from it:
  // otherwise every later write would carry the wrong date and be refused too.
  if (isBeyondDrift(prev.wall, now)) return { wall: Math.floor(now), count: 0, node: prev.node };
  const wall = Math.max(prev.wall, Math.floor(now));
  return bump({ wall, count: wall === prev.wall ? prev.count + 1 : 0, node: prev.node });
}

/**
 * How far ahead of a node's wall clock a stamp may lie. A device whose clock is wrong by more (or a
 * forged stamp) must not drag every clock into the far future, where stamps would overflow their
 * width and every later write would fail; nor may its writes win every later merge of their fields.
 * A device pulls its clock at most this far ahead when it receives a stamp; the server refuses a
 * mutation stamped further ahead (`clock_ahead`).
 */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

/** Whether wall time `wall` lies more than MAX_DRIFT_MS ahead of the wall clock `now`. */
export function isBeyondDrift(wall: number, now: number): boolean {
  return wall > Math.floor(now) + MAX_DRIFT_MS;
}

/** Advance the local clock past a stamp received from another node (at most MAX_DRIFT_MS ahead of now). */
export function receive(local: Hlc, remote: Hlc, now: number): Hlc {
  if (isBeyondDrift(remote.wall, now)) remote = { wall: Math.floor(now) + MAX_DRIFT_MS, count: 0, node: remote.node };
  const wall = Math.max(local.wall, remote.wall, Math.floor(now));
  let count = 0;
  if (wall === local.wall && wall === remote.wall) count = Math.max(local.count, remote.count) + 1;
  else if (wall === local.wall) count = local.count + 1;
  else if (wall === remote.wall) count = remote.count + 1;
  return bump({ wall, count, node: local.node });
}

/** A counter that would overflow its width moves the clock one millisecond forward instead. */
function bump(h: Hlc): Hlc {
  return h.count > MAX_COUNT ? { wall: h.wall + 1, count: 0, node: h.node } : h;
}

export function encodeHlc(h: Hlc): string {
  return `${String(h.wall).padStart(WALL_WIDTH, '0')}-${String(h.count).padStart(COUNT_WIDTH, '0')}-${h.node}`;
}

export function decodeHlc(stamp: string): Hlc {
  const m = STAMP_PATTERN.exec(stamp);
  if (!m) throw new Error(`invalid hybrid logical clock stamp: ${stamp.slice(0, 80)}`);
  return { wall: Number(m[1]), count: Number(m[2]), node: m[3]! };
}

export function isHlcStamp(stamp: string): boolean {
  return STAMP_PATTERN.test(stamp);
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertNode(node: string): void {
  if (!NODE_PATTERN.test(node)) throw new Error('a clock node id is 1-40 letters, digits or underscores');
}

/**
 * The device that created a synced record: the node of its creation stamp (undefined for a stamp
 * that does not read). Every device sees it, also where the last writer is hidden (a phone's pull).
 */
export function creatorOf(record: { createdAt: unknown } | Readonly<Record<string, unknown>>): string | undefined {
  const stamp = record.createdAt;
  return typeof stamp === 'string' && isHlcStamp(stamp) ? decodeHlc(stamp).node : undefined;
}
