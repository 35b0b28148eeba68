// The QR handover code: for packed messages of 2 to 24 KB, the frames of one pass, the QR version
// each frame needs (error correction M, as the app draws them), the frames a phone must show until
// the tablet has the message when the camera misses frames at random, and the time to encode and
// decode a frame. Messages are random bytes, as packed (deflated) answers nearly are.
import { encode } from 'uqr';
import { createMessageDecoder, encodeMessage, packJson } from '../src/app/features/handover/code/index.ts';
import { percentile } from './stats.ts';
import { seeded } from '../tests/support/seeded.ts';

const SIZES_KB = [2, 6, 12, 24];
const LOSSES = [0, 0.2, 0.4];
const SEEDS = 50;

const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** One reception: frames 1, 2, 3... each missed with probability `loss`, timed on both sides. */
function receive(message: Uint8Array, loss: number, seed: number) {
  const random = seeded(seed);
  const decoder = createMessageDecoder();
  let encodeMs = 0;
  let decodeMs = 0;
  let received = 0;
  const t0 = performance.now();
  const source = encodeMessage(message);
  encodeMs += performance.now() - t0;
  for (let n = 1; n <= 20 * source.count + 100; n++) {
    const t1 = performance.now();
    const frame = source.frame(n);
    const t2 = performance.now();
    encodeMs += t2 - t1;
    if (random() < loss) continue;
    received++;
    const outcome = decoder.receive(frame);
    decodeMs += performance.now() - t2;
    if (outcome === 'complete') {
      if (decoder.message()?.length !== message.length) throw new Error('wrong message');
      return { shown: n, received, msPerFrame: (encodeMs + decodeMs) / received };
    }
  }
  throw new Error(`no message after ${20 * source.count + 100} frames`);
}

const started = performance.now();
// Signatures are random: they are most of what deflate cannot shrink in a file of signed changes.
const signature = (seed: number) => {
  const random = seeded(seed);
  return Buffer.from(Uint8Array.from({ length: 64 }, () => Math.floor(random() * 256))).toString('base64url');
};
const sample = {
  changes: Array.from({ length: 40 }, (_, i) => ({
    id: `0190a3b2-7c1d-7e2f-9a3b-${String(i).padStart(12, '0')}`,
    kind: 'score',
    item: `cap-${i % 12}`,
    value: (i % 5) + 1,
    comment: i % 3 ? '' : 'Our branch committee meets every month.',
    hlc: `000001733400000-${String(i).padStart(6, '0')}-dev_a1b2c3`,
    sig: signature(i),
  })),
};
const json = JSON.stringify(sample).length;
console.log(`packJson: ${(json / 1024).toFixed(1)} KB of signed-change JSON packs to ${(packJson(sample).length / 1024).toFixed(1)} KB\n`);
console.log(
  `${'message'.padEnd(8)} ${'frames/pass'.padStart(11)} ${'QR version'.padStart(10)}   ${LOSSES.map((l) => `shown@${l * 100}%`.padStart(10)).join(' ')}   ${LOSSES.map((l) => `recv@${l * 100}%`.padStart(9)).join(' ')} ${'ms/frame'.padStart(9)}`,
);
for (const kb of SIZES_KB) {
  const random = seeded(kb);
  const message = Uint8Array.from({ length: kb * 1024 }, () => Math.floor(random() * 256));
  const source = encodeMessage(message);
  const versions = new Set(Array.from({ length: source.count + 10 }, (_, i) => encode(source.frame(i + 1), { ecc: 'M', border: 2 }).version));
  const runs = LOSSES.map((loss) => Array.from({ length: SEEDS }, (_, seed) => receive(message, loss, 1000 * kb + seed)));
  const shown = runs.map((r) => String(median(r.map((x) => x.shown))).padStart(10)).join(' ');
  const received = runs.map((r) => String(median(r.map((x) => x.received))).padStart(9)).join(' ');
  const ms = median(runs.flat().map((x) => x.msPerFrame));
  console.log(`${`${kb} KB`.padEnd(8)} ${String(source.count).padStart(11)} ${[...versions].join(',').padStart(10)}   ${shown}   ${received} ${ms.toFixed(3).padStart(9)}`);
}
console.log(`\nmedians over ${SEEDS} seeds; shown: frames the phone showed until the tablet had the message; recv: of those, frames the camera read`);
console.log(`ms/frame: encode + decode per frame read, median; total ${((performance.now() - started) / 1000).toFixed(1)} s`);
