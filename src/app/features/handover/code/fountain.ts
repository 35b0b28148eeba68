import { crc32 } from './crc32.ts';

/**
 * A fountain code over a message cut into `seqLen` fragments of equal length (the last padded with
 * zeros), after the multipart Uniform Resources of Blockchain Commons (BCR-2024-001): part n ≤ seqLen
 * is fragment n alone; part n > seqLen is the XOR of a pseudo-random subset of fragments chosen from
 * (message checksum, n), so sender and receiver agree on the subset without sending it. Parts are
 * produced endlessly, and enough of them, in any order, with any missing, rebuild the message.
 *
 * Not wire-compatible with bc-ur: its Xoshiro256** is seeded from a SHA-256 of (n, checksum); here a
 * xoshiro128** is seeded by integer mixing of the same pair, which needs no 64-bit BigInt arithmetic
 * nor a synchronous SHA-256 in the browser. The degree distribution is bc-ur's.
 */

/** Indexes (0-based, ascending) of the fragments that part `seqNum` (1-based) mixes. */
export function chooseFragments(seqNum: number, seqLen: number, checksum: number): number[] {
  if (seqNum <= seqLen) return [seqNum - 1];
  const random = seededRandom(checksum, seqNum);
  const degree = chooseDegree(seqLen, random);
  // A partial Fisher–Yates shuffle draws `degree` distinct indexes.
  const pool = Array.from({ length: seqLen }, (_, i) => i);
  for (let i = 0; i < degree; i++) {
    const j = i + Math.floor(random() * (seqLen - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, degree).sort((a, b) => a - b);
}

/**
 * bc-ur's fragment length: the fewest fragments the maximum allows, then the message spread evenly
 * over them, so the last fragment carries less than one byte of padding per fragment.
 */
export function fragmentLength(messageLength: number, maxFragmentBytes: number): number {
  if (messageLength === 0) return 0;
  return Math.ceil(messageLength / Math.ceil(messageLength / maxFragmentBytes));
}

/** How many fragments a message of `messageLength` bytes makes at `fragLen` bytes each (an empty message is one empty fragment). */
export function fragmentCount(messageLength: number, fragLen: number): number {
  return messageLength === 0 ? 1 : Math.ceil(messageLength / fragLen);
}

export function splitMessage(message: Uint8Array, fragLen: number): Uint8Array[] {
  return Array.from({ length: fragmentCount(message.length, fragLen) }, (_, i) => {
    const fragment = new Uint8Array(fragLen);
    fragment.set(message.subarray(i * fragLen, (i + 1) * fragLen));
    return fragment;
  });
}

/** The payload of part `seqNum` of a message cut into `fragments` whose CRC-32 is `checksum`. */
export function fountainPart(fragments: readonly Uint8Array[], seqNum: number, checksum: number): Uint8Array {
  const indexes = chooseFragments(seqNum, fragments.length, checksum);
  if (indexes.length === 1) return fragments[indexes[0]!]!;
  const out = new Uint8Array(fragments[0]!.length);
  for (const i of indexes) xorInto(out, fragments[i]!);
  return out;
}

export interface MessageShape {
  readonly seqLen: number;
  readonly fragLen: number;
  readonly messageLength: number;
  readonly checksum: number;
}

/** `repeat`: the part taught nothing new; `corrupt`: all fragments were known but the message failed its checksum, and all was forgotten. */
export type FountainOutcome = 'new' | 'repeat' | 'complete' | 'corrupt';

export interface FountainDecoder {
  receive(seqNum: number, payload: Uint8Array): FountainOutcome;
  /** How many fragments are known. */
  known(): number;
  message(): Uint8Array | undefined;
}

interface Part {
  /** Ascending, at least one. */
  readonly indexes: readonly number[];
  readonly data: Uint8Array;
}

/**
 * A peeling decoder, as bc-ur's: known fragments are taken out of every mixed part that holds them,
 * a mixed part that holds another is reduced by it, and a part reduced to one fragment makes that
 * fragment known, which may reduce others in turn.
 */
export function createFountainDecoder(shape: MessageShape): FountainDecoder {
  const { seqLen, messageLength, checksum } = shape;
  // Mixed parts wait for fragments. An honest sender's are resolved long before this bound; frames
  // made up to fill memory (every seqNum up to 2^32 names a distinct part) push out the oldest.
  const maxMixed = 2 * seqLen + 16;
  let simple: (Uint8Array | undefined)[] = [];
  let known = 0;
  let mixed = new Map<string, Part>();
  let result: Uint8Array | undefined;
  const forget = () => {
    simple = new Array<Uint8Array | undefined>(seqLen).fill(undefined);
    known = 0;
    mixed = new Map();
  };
  forget();

  /** Takes in one part; returns whether it taught anything. Parts it frees go on `queue`. */
  const add = (part: Part, queue: Part[]): boolean => {
    let p = part;
    if (p.indexes.some((i) => simple[i])) {
      const data = p.data.slice();
      for (const i of p.indexes) if (simple[i]) xorInto(data, simple[i]);
      p = { indexes: p.indexes.filter((i) => !simple[i]), data };
    }
    for (const q of mixed.values()) if (p.indexes.length > 1 && isStrictSubset(q.indexes, p.indexes)) p = reduce(p, q);
    if (p.indexes.length === 0) return false;
    if (p.indexes.length === 1) {
      const index = p.indexes[0]!;
      simple[index] = p.data;
      known++;
      for (const [key, q] of mixed) {
        if (!q.indexes.includes(index)) continue;
        mixed.delete(key);
        queue.push(reduce(q, p));
      }
      return true;
    }
    const key = p.indexes.join(',');
    if (mixed.has(key)) return false;
    for (const [k, q] of mixed) {
      if (!isStrictSubset(p.indexes, q.indexes)) continue;
      mixed.delete(k);
      queue.push(reduce(q, p));
    }
    mixed.set(key, p);
    if (mixed.size > maxMixed) mixed.delete(mixed.keys().next().value!);
    return true;
  };

  return {
    receive(seqNum, payload) {
      if (result) return 'complete';
      const queue: Part[] = [{ indexes: chooseFragments(seqNum, seqLen, checksum), data: payload.slice() }];
      let learned = false;
      while (queue.length > 0 && known < seqLen) learned = add(queue.pop()!, queue) || learned;
      if (known < seqLen) return learned ? 'new' : 'repeat';
      const message = new Uint8Array(seqLen * shape.fragLen);
      simple.forEach((fragment, i) => message.set(fragment!, i * shape.fragLen));
      const candidate = message.subarray(0, messageLength);
      if (crc32(candidate) !== checksum) {
        forget();
        return 'corrupt';
      }
      result = candidate;
      return 'complete';
    },
    known: () => known,
    message: () => result,
  };
}

function reduce(p: Part, q: Part): Part {
  const data = p.data.slice();
  xorInto(data, q.data);
  return { indexes: p.indexes.filter((i) => !q.indexes.includes(i)), data };
}

function xorInto(target: Uint8Array, source: Uint8Array): void {
  for (let i = 0; i < target.length; i++) target[i]! ^= source[i]!;
}

/** Whether ascending `small` is a strict subset of ascending `big`. */
function isStrictSubset(small: readonly number[], big: readonly number[]): boolean {
  if (small.length >= big.length) return false;
  let j = 0;
  for (const x of small) {
    while (j < big.length && big[j]! < x) j++;
    if (big[j] !== x) return false;
    j++;
  }
  return true;
}

/** bc-ur's degree distribution: degree d in 1..seqLen with weight 1/d, so most mixes are small. */
function chooseDegree(seqLen: number, random: () => number): number {
  let cumulative = degreeTables.get(seqLen);
  if (!cumulative) {
    cumulative = new Float64Array(seqLen);
    for (let d = 1, sum = 0; d <= seqLen; d++) cumulative[d - 1] = sum += 1 / d;
    if (degreeTables.size >= 8) degreeTables.clear();
    degreeTables.set(seqLen, cumulative);
  }
  const u = random() * cumulative[seqLen - 1]!;
  let lo = 0;
  let hi = seqLen - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo + 1;
}
// Cumulative weights by seqLen: every part of a message needs the same table. At most 8 tables of 8 KB.
const degreeTables = new Map<number, Float64Array>();

/** xoshiro128** seeded through splitmix32 from (checksum, seqNum); floats in [0, 1). */
function seededRandom(checksum: number, seqNum: number): () => number {
  let x = mix32(mix32(checksum ^ 0x2545f491) ^ seqNum);
  const splitmix = () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) | 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  if ((a | b | c | d) === 0) a = 1;
  return () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r / 0x100000000;
  };
}

/** MurmurHash3's finaliser: a bijection on 32-bit words that spreads every input bit. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
