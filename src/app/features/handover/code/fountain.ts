import { crc32 } from './crc32.ts';

/**
 * A fountain code over a message cut into `seqLen` fragments of equal length (the last padded with
 * zeros), after the multipart Uniform Resources of Blockchain Commons (BCR-2024-001): part n ≤ seqLen
 * is fragment n alone; part n > seqLen is the XOR of a pseudo-random subset of fragments chosen from
 * (message checksum, n), so sender and receiver agree on the subset without sending it. Parts are
 * produced endlessly, and enough of them, in any order, with any missing, rebuild the message.
 *
 * Two choices differ from bc-ur, which is not wire-compatible anyway (its Xoshiro256** is seeded from a
 * SHA-256 of (n, checksum); here a xoshiro128** is seeded by integer mixing of the same pair, with no
 * 64-bit BigInt arithmetic nor synchronous SHA-256 in the browser):
 * - a mix holds each fragment with probability 1/2 (a random linear fountain), not bc-ur's degree d
 *   with weight 1/d, whose mixes are mostly of one to three fragments, often all known already;
 * - the decoder solves by Gaussian elimination, not by peeling alone.
 * Together, a message is whole once about seqLen + 1 frames were read, whichever were missed; with
 * bc-ur's distribution and peeling, 20–40% of frames missed by the camera cost a quarter to a third
 * more frames, and a long tail. Messages here have at most 1000 fragments: elimination stays cheap.
 */

/** Indexes (0-based, ascending, at least one) of the fragments that part `seqNum` (1-based) mixes. */
export function chooseFragments(seqNum: number, seqLen: number, checksum: number): number[] {
  if (seqNum <= seqLen) return [seqNum - 1];
  const random = seededRandom(checksum, seqNum);
  for (;;) {
    const indexes: number[] = [];
    for (let w = 0; w < seqLen; w += 32) {
      const bits = random();
      for (let b = 0; b < 32 && w + b < seqLen; b++) if (bits & (1 << b)) indexes.push(w + b);
    }
    if (indexes.length > 0) return indexes;
  }
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
  /**
   * How many fragments' worth the parts received carry: the rank of the system, which grows by one
   * with each part that is not a combination of earlier ones, and is seqLen exactly when the message
   * is whole. Fragments known one by one would stall, then jump: a mix determines no fragment alone.
   */
  rank(): number;
  message(): Uint8Array | undefined;
}

/** A received part, reduced: which fragments it still mixes (a bit each) and their XOR. */
interface Row {
  readonly bits: Uint32Array;
  readonly data: Uint8Array;
}

/**
 * Keeps the parts received in reduced row echelon form over GF(2), one part at a time: known fragments
 * are taken out of every part that mixes them, as peeling does, and so is every other part's leading
 * fragment, so the message is whole as soon as the parts determine every fragment, where peeling can
 * stay stuck. At most seqLen rows of fragLen bytes are kept, whatever frames arrive.
 */
export function createFountainDecoder(shape: MessageShape): FountainDecoder {
  const { seqLen, fragLen, messageLength, checksum } = shape;
  const words = (seqLen + 31) >>> 5;
  /** rows[i]: the row whose lowest fragment (pivot) is i; no other row mixes fragment i. */
  let rows: (Row | undefined)[] = [];
  let rank = 0;
  let result: Uint8Array | undefined;
  const forget = () => {
    rows = new Array<Row | undefined>(seqLen).fill(undefined);
    rank = 0;
  };
  forget();

  /** Reduces `row` by every row, in place; returns its pivot, or -1 when it taught nothing. */
  const reduceByRows = (row: Row): number => {
    let pivot = -1;
    for (let w = 0; w < words; w++) {
      // A row only mixes fragments above its pivot, so reducing bit i never sets a bit at or below i.
      for (let done = 0, rest = row.bits[w]!; rest !== 0; rest = row.bits[w]! & ~done) {
        const bit = rest & -rest;
        done |= bit;
        const i = w * 32 + 31 - Math.clz32(bit);
        const other = rows[i];
        if (other) xorRow(row, other);
        else if (pivot < 0) pivot = i;
      }
    }
    return pivot;
  };

  return {
    receive(seqNum, payload) {
      if (result) return 'complete';
      const row: Row = { bits: new Uint32Array(words), data: payload.slice() };
      for (const i of chooseFragments(seqNum, seqLen, checksum)) row.bits[i >>> 5]! |= 1 << (i & 31);
      const pivot = reduceByRows(row);
      if (pivot < 0) return 'repeat';
      const word = pivot >>> 5;
      const bit = 1 << (pivot & 31);
      for (const other of rows) if (other && other.bits[word]! & bit) xorRow(other, row);
      rows[pivot] = row;
      rank++;
      if (rank < seqLen) return 'new';
      // Full rank in reduced form: every row is one fragment, in order.
      const message = new Uint8Array(seqLen * fragLen);
      rows.forEach((r, i) => message.set(r!.data, i * fragLen));
      const candidate = message.subarray(0, messageLength);
      if (crc32(candidate) !== checksum) {
        forget();
        return 'corrupt';
      }
      result = candidate;
      return 'complete';
    },
    rank: () => rank,
    message: () => result,
  };
}

function xorRow(target: Row, source: Row): void {
  for (let w = 0; w < target.bits.length; w++) target.bits[w]! ^= source.bits[w]!;
  xorInto(target.data, source.data);
}

function xorInto(target: Uint8Array, source: Uint8Array): void {
  for (let i = 0; i < target.length; i++) target[i]! ^= source[i]!;
}

/** xoshiro128** seeded through splitmix32 from (checksum, seqNum): uniform 32-bit words. */
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
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r;
  };
}

/** MurmurHash3's finaliser: a bijection on 32-bit words that spreads every input bit. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
