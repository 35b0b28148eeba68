import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { encode } from 'uqr';
import { FRAME_PREFIX, createMessageDecoder, encodeMessage, packJson, unpackJson, type FrameSource, type MessageDecoder } from '../../../../../src/app/features/handover/code/index.ts';
import { DEFAULT_FRAGMENT_BYTES, MAX_FRAGMENT_BYTES } from '../../../../../src/app/features/handover/code/frames.ts';
import { base45Decode, base45Encode } from '../../../../../src/app/features/handover/code/base45.ts';
import { crc32 } from '../../../../../src/app/features/handover/code/crc32.ts';
import { MAX_UNPACKED_BYTES } from '../../../../../src/app/features/handover/code/pack.ts';
import { seeded } from '../../../../support/seeded.ts';

const randomBytes = (length: number, seed: number) => {
  const random = seeded(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
};
const shuffled = <T>(items: readonly T[], random: () => number) => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};
const pass = (source: FrameSource) => Array.from({ length: source.count }, (_, i) => source.frame(i + 1));
/** Shows frames 1, 2, 3... dropping each with probability `loss`; the number of frames shown until the message is whole. */
function framesShown(source: FrameSource, decoder: MessageDecoder, loss: number, random: () => number, limit: number): number | undefined {
  for (let n = 1; n <= limit; n++) {
    if (random() < loss) continue;
    if (decoder.receive(source.frame(n)) === 'complete') return n;
  }
  return undefined;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** A frame with a valid CRC around any header: what a forger could show. */
function forgedFrame(seqNum: number, seqLen: number, messageLength: number, checksum: number, fragment: Uint8Array): string {
  const bytes = new Uint8Array(13 + fragment.length + 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, seqNum);
  view.setUint16(4, seqLen);
  view.setUint8(6, messageLength >>> 16);
  view.setUint16(7, messageLength & 0xffff);
  view.setUint32(9, checksum);
  bytes.set(fragment, 13);
  view.setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
  return FRAME_PREFIX + base45Encode(bytes);
}

describe('Base45 and CRC-32', () => {
  it('match the RFC 9285 and CRC-32 check vectors', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(base45Encode(text('AB'))).toBe('BB8');
    expect(base45Encode(text('Hello!!'))).toBe('%69 VD92EX0');
    expect(base45Encode(text('base-45'))).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(base45Decode('QED8WEX0'))).toBe('ietf!');
    expect(base45Decode('')).toEqual(new Uint8Array(0));
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('rejects what is not Base45', () => {
    for (const bad of ['A', 'BB8A', 'GGW', 'ZZZ', ':Z', 'bb8', 'BB#', 'BB\n']) expect(base45Decode(bad), bad).toBeUndefined();
  });

  it('round-trips any bytes through the QR alphanumeric set', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = base45Encode(bytes);
        expect(text).toMatch(/^[0-9A-Z $%*+\-./:]*$/);
        expect(base45Decode(text)).toEqual(bytes);
      }),
    );
  });
});

describe('encodeMessage and createMessageDecoder', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['exactly one fragment', DEFAULT_FRAGMENT_BYTES],
    ['one byte more', DEFAULT_FRAGMENT_BYTES + 1],
    ['20 KB', 20_000],
  ])('round-trips a message: %s', (_, length) => {
    const message = randomBytes(length, length + 1);
    const source = encodeMessage(message);
    expect(source.count).toBe(Math.max(1, Math.ceil(length / DEFAULT_FRAGMENT_BYTES)));
    const decoder = createMessageDecoder();
    expect(decoder.progress()).toEqual({ received: 0, total: 0 });
    const outcomes = pass(source).map((frame) => decoder.receive(frame));
    expect(outcomes.at(-1)).toBe('complete');
    expect(outcomes.slice(0, -1).every((o) => o === 'new')).toBe(true);
    expect(decoder.message()).toEqual(message);
    expect(decoder.progress()).toEqual({ received: source.count, total: source.count });
  });

  it('completes from frames in any order, with any lost, at any fragment size', () => {
    fc.assert(
      // Fragments of 1 to 300 bytes, at most 150 of them (more are right but slow to test in numbers).
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 300 }), fc.double({ min: 0, max: 0.5, noNaN: true }), fc.integer(), (length, size, loss, seed) => {
        const fragmentBytes = Math.max(size, Math.ceil(length / 150));
        const random = seeded(seed);
        const message = randomBytes(length, seed);
        const source = encodeMessage(message, { fragmentBytes });
        const decoder = createMessageDecoder();
        const frames = shuffled(
          Array.from({ length: source.count * 3 + 20 }, (_, i) => i + 1),
          random,
        );
        for (const n of frames) if (random() >= loss && decoder.receive(source.frame(n)) === 'complete') break;
        expect(decoder.message()).toEqual(message);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('completes from later fountain frames when 30% are lost, and reports the frames needed for 10 KB', () => {
    const source30 = encodeMessage(randomBytes(6000, 7));
    for (let seed = 0; seed < 10; seed++) {
      const shown = framesShown(source30, createMessageDecoder(), 0.3, seeded(seed), 4 * source30.count + 20);
      expect(shown, `seed ${seed}`).toBeDefined();
    }
    const message = randomBytes(10_000, 10);
    const source = encodeMessage(message);
    const report: string[] = [];
    for (const loss of [0, 0.2, 0.4]) {
      const runs = Array.from({ length: 11 }, (_, seed) => {
        const decoder = createMessageDecoder();
        const random = seeded(1000 + seed);
        let read = 0;
        const shown = framesShown(source, { ...decoder, receive: (text) => (read++, decoder.receive(text)) }, loss, random, 5 * source.count + 30);
        expect(decoder.message()).toEqual(message);
        return { shown: shown!, read };
      });
      // Whichever frames were missed, about one more than a pass must be read; the frames shown are that over (1 - loss).
      expect(median(runs.map((r) => r.read))).toBeLessThanOrEqual(source.count + 3);
      expect(median(runs.map((r) => r.shown))).toBeLessThanOrEqual(Math.ceil((source.count + 3) / (1 - loss)) + 5);
      report.push(`${loss * 100}% lost: ${median(runs.map((r) => r.shown))} shown, ${median(runs.map((r) => r.read))} read`);
    }
    console.info(`10 KB = ${source.count} frames a pass; median frames until whole: ${report.join('; ')}`);
  }, 60_000);

  it('completes from fountain mixes alone, from any starting frame', () => {
    const message = randomBytes(5000, 11);
    const source = encodeMessage(message);
    for (const start of [source.count + 1, 1000, 123_456]) {
      const decoder = createMessageDecoder();
      let n = start;
      while (decoder.receive(source.frame(n)) !== 'complete') n++;
      expect(n - start + 1).toBeLessThanOrEqual(source.count + 8);
      expect(decoder.message()).toEqual(message);
    }
  });

  it('counts progress by what each frame adds, reaching the total exactly when the message is whole', () => {
    const source = encodeMessage(randomBytes(4000, 12));
    const decoder = createMessageDecoder();
    let before = 0;
    for (let n = 1; ; n += 2) {
      const outcome = decoder.receive(source.frame(n));
      const { received, total } = decoder.progress();
      expect(total).toBe(source.count);
      expect(received).toBe(outcome === 'repeat' ? before : before + 1);
      before = received;
      if (outcome === 'complete') break;
      expect(received).toBeLessThan(total);
    }
    expect(decoder.progress().received).toBe(source.count);
  });

  it('says a frame seen before, or that teaches nothing new, is a repeat', () => {
    const source = encodeMessage(randomBytes(2000, 3));
    const decoder = createMessageDecoder();
    expect(decoder.receive(source.frame(1))).toBe('new');
    expect(decoder.receive(source.frame(1))).toBe('repeat');
    expect(decoder.receive(source.frame(source.count + 5))).toBe('new');
    expect(decoder.receive(source.frame(source.count + 5))).toBe('repeat');
    expect(decoder.progress().total).toBe(source.count);
    for (const frame of pass(source)) decoder.receive(frame);
    expect(decoder.receive(source.frame(2))).toBe('complete');
  });

  it('says a frame with a character changed is damaged, and it changes nothing', () => {
    const message = randomBytes(3000, 4);
    const source = encodeMessage(message);
    const frames = Array.from({ length: 3 * source.count }, (_, i) => source.frame(i + 1));
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 44 }), (which, at, shift) => {
        const frame = frames[which % frames.length]!;
        const i = FRAME_PREFIX.length + (at % (frame.length - FRAME_PREFIX.length));
        const changed = frame.slice(0, i) + alphabet[(alphabet.indexOf(frame[i]!) + shift) % 45]! + frame.slice(i + 1);
        const decoder = createMessageDecoder();
        expect(decoder.receive(changed)).toBe('damaged');
        expect(decoder.progress()).toEqual({ received: 0, total: 0 });
        for (const frame of frames.slice(0, source.count)) decoder.receive(frame);
        expect(decoder.message()).toEqual(message);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('locks onto the first message: frames of another, interleaved, are other-message and change nothing', () => {
    const first = randomBytes(2500, 5);
    const second = randomBytes(2500, 6);
    const a = encodeMessage(first);
    const b = encodeMessage(second);
    const decoder = createMessageDecoder();
    const outcomes: string[] = [];
    for (let n = 1; n <= a.count; n++) {
      outcomes.push(decoder.receive(a.frame(n)));
      expect(decoder.receive(b.frame(n))).toBe('other-message');
    }
    expect(outcomes.at(-1)).toBe('complete');
    expect(decoder.message()).toEqual(first);
    expect(decoder.receive(b.frame(1))).toBe('other-message');
  });

  it('says text that is not a frame is not ours', () => {
    const decoder = createMessageDecoder();
    for (const text of ['', 'https://example.org/join#abc', 'WC2:BB8', 'wc1:BB8', ' WC1:BB8']) expect(decoder.receive(text)).toBe('not-ours');
    expect(decoder.progress()).toEqual({ received: 0, total: 0 });
  });

  it('rejects frames whose header breaks a bound or disagrees with itself, and text too long for a QR code', () => {
    const decoder = createMessageDecoder();
    const bad = [
      forgedFrame(0, 1, 3, 0, new Uint8Array(3)), // seqNum 0
      forgedFrame(1, 0, 0, 0, new Uint8Array(0)), // no fragments
      forgedFrame(1, 1001, 1001, 0, new Uint8Array(1)), // too many fragments
      forgedFrame(1, 1000, 2 * 1024 * 1024, 0, new Uint8Array(2098)), // message too large
      forgedFrame(1, 2, 10, 0, new Uint8Array(4)), // fragment too short for the message
      forgedFrame(1, 2, 10, 0, new Uint8Array(10)), // fragment as long as the message, yet two fragments
      forgedFrame(1, 1, 0, 0, new Uint8Array(1)), // an empty message with a byte
      forgedFrame(1, 1, 5, 0, new Uint8Array(6)), // padding beyond the message
      FRAME_PREFIX + 'BB8', // too short for a header
      FRAME_PREFIX + '0'.repeat(4293), // longer than any QR code holds
    ];
    for (const frame of bad) expect(decoder.receive(frame)).toBe('damaged');
    expect(decoder.progress()).toEqual({ received: 0, total: 0 });
    const message = new TextEncoder().encode('hello');
    expect(decoder.receive(forgedFrame(1, 1, 5, crc32(message), message))).toBe('complete');
  });

  it('refuses a whole message that fails its checksum, and starts over', () => {
    const decoder = createMessageDecoder();
    expect(decoder.receive(forgedFrame(1, 2, 4, 1234, new Uint8Array([1, 2])))).toBe('new');
    expect(decoder.receive(forgedFrame(2, 2, 4, 1234, new Uint8Array([3, 4])))).toBe('damaged');
    expect(decoder.progress()).toEqual({ received: 0, total: 2 });
    expect(decoder.message()).toBeUndefined();
  });

  it('refuses to encode what a receiver would refuse', () => {
    expect(() => encodeMessage(new Uint8Array(1024 * 1024 + 1), { fragmentBytes: MAX_FRAGMENT_BYTES })).toThrow(RangeError);
    expect(() => encodeMessage(new Uint8Array(DEFAULT_FRAGMENT_BYTES * 1000 + 1))).toThrow(RangeError);
    for (const fragmentBytes of [0, 1.5, MAX_FRAGMENT_BYTES + 1]) expect(() => encodeMessage(new Uint8Array(1), { fragmentBytes })).toThrow(RangeError);
    expect(() => encodeMessage(new Uint8Array(1)).frame(0)).toThrow(RangeError);
    const big = encodeMessage(new Uint8Array(1024 * 1024), { fragmentBytes: MAX_FRAGMENT_BYTES });
    expect(big.frame(big.count + 1).length).toBeLessThanOrEqual(4296);
  });

  it('writes frames in the QR alphanumeric set, each a version 12 QR code at most (version 12 when full)', () => {
    const source = encodeMessage(randomBytes(20 * DEFAULT_FRAGMENT_BYTES, 8));
    const frames = Array.from({ length: 2 * source.count }, (_, i) => source.frame(i + 1));
    for (const frame of frames) {
      expect(frame).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
      expect(encode(frame, { ecc: 'M', border: 2 }).version).toBe(12);
    }
    // One byte more per fragment would not fit.
    const over = encodeMessage(randomBytes(20 * (DEFAULT_FRAGMENT_BYTES + 1), 8), { fragmentBytes: DEFAULT_FRAGMENT_BYTES + 1 });
    expect(encode(over.frame(1), { ecc: 'M', border: 2 }).version).toBe(13);
    expect(encode(encodeMessage(new Uint8Array(100)).frame(1), { ecc: 'M', border: 2 }).version).toBeLessThan(12);
  });
});

describe('packJson and unpackJson', () => {
  it('round-trip JSON, smaller than it was', () => {
    const value = { changes: Array.from({ length: 50 }, (_, i) => ({ id: `0190a3b2-${i}`, field: 'score', value: i % 5, comment: 'the branch committee meets monthly' })) };
    const packed = packJson(value);
    expect(packed.length).toBeLessThan(JSON.stringify(value).length / 4);
    expect(unpackJson(packed)).toEqual(value);
    expect(unpackJson(packJson('é ✓'))).toBe('é ✓');
    expect(() => packJson(undefined)).toThrow(TypeError);
  });

  it('returns undefined for a bomb, a truncated stream, garbage and bytes that are not UTF-8 JSON', () => {
    const bomb = deflateSync(new Uint8Array(MAX_UNPACKED_BYTES + 1).fill(0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(16_000);
    expect(unpackJson(bomb)).toBeUndefined();
    const packed = packJson({ a: 'b'.repeat(1000) });
    expect(unpackJson(packed.subarray(0, packed.length - 2))).toBeUndefined();
    expect(unpackJson(new Uint8Array(0))).toBeUndefined();
    expect(unpackJson(randomBytes(500, 9))).toBeUndefined();
    expect(unpackJson(deflateSync(new Uint8Array([0x22, 0xff, 0x22])))).toBeUndefined();
    expect(unpackJson(deflateSync(new TextEncoder().encode('{"a":')))).toBeUndefined();
  });
});
