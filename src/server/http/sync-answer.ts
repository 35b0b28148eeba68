import type { Context } from 'hono';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import type { SyncResponse } from '../../shared/sync/protocol.ts';
import { recordJson } from '../store/pull-page.ts';

const gzipInPool = promisify(zlib.gzip);

/**
 * Answers larger than this are compressed in libuv's thread pool, so the event loop serves others
 * meanwhile (a full pull page, some 400 KB, takes a few milliseconds); smaller ones at once, where
 * the trip to a thread would cost more than the work.
 */
const IN_POOL_FROM = 64 * 1024;

/**
 * How those smaller answers are compressed: zlib's defaults (a 32 KiB window, 64 KiB of hash
 * table) allocate about 256 KiB for each answer, which the allocator hands back to the system and
 * takes again, page by page, on the next: most of a small answer's compression. A 4 KiB window and
 * a small table cost a tenth as much, for the same size (a push's answer is its acks; the same
 * field names recur within a few hundred bytes). Any gzip reader inflates it alike.
 */
const SMALL_ANSWER = { windowBits: 12, memLevel: 4 } as const;

/**
 * The answer's JSON text, as `JSON.stringify` would write it, with each record's stored text put in
 * as it is when nothing changed it (see `recordJson`): most of a pull page is never parsed.
 */
export function answerText(answer: SyncResponse): string {
  const changes = answer.changes.map((change) => `{"kind":${JSON.stringify(change.kind)},"record":${recordJson(change)}}`).join(',');
  return `{"protocolVersion":${answer.protocolVersion},"acks":${JSON.stringify(answer.acks)},"changes":[${changes}],"cursor":${JSON.stringify(answer.cursor)},"hasMore":${answer.hasMore}}`;
}

/**
 * The encodings an answer may take, preferred first. zstd (where this Node has it; browsers ask for
 * it by name) packs a pull page of notes about 6% smaller than gzip, for about the same CPU.
 */
export type AnswerEncoding = 'zstd' | 'gzip';

/** zstd's compressor where this Node has one (22.15, 23.8 and later); without it, answers are in gzip. */
const zstd = typeof zlib.zstdCompress === 'function' ? { inPool: promisify(zlib.zstdCompress), now: zlib.zstdCompressSync } : undefined;
const SUPPORTED: readonly AnswerEncoding[] = zstd ? ['zstd', 'gzip'] : ['gzip'];

/**
 * The encoding to answer in for an Accept-Encoding header: of those this server has, the one the
 * header weighs highest (by name or by `*`, above 0; the preferred one on a tie), else none.
 */
export function answerEncoding(header: string | undefined, supported: readonly AnswerEncoding[] = SUPPORTED): AnswerEncoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name) weights.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  let best: AnswerEncoding | undefined;
  let bestWeight = 0;
  for (const encoding of supported) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

/**
 * zstd's level for answers: 6 packs a page of notes 6% smaller than gzip for about gzip's CPU;
 * 7 only 1% smaller again, and in the route it cost a pull page two to three times as much. The
 * text's size is told first, so a small answer gets small tables.
 */
const ZSTD_LEVEL = 6;

/** An answer's text compressed: a small one at once, a large one in the thread pool. */
export async function compressed(text: string, encoding: AnswerEncoding): Promise<Buffer<ArrayBuffer>> {
  const bytes = Buffer.from(text);
  const inPool = bytes.length >= IN_POOL_FROM;
  if (encoding === 'gzip') return inPool ? gzipInPool(bytes) : zlib.gzipSync(bytes, SMALL_ANSWER);
  if (!zstd) throw new Error('this Node has no zstd');
  const options: zlib.ZstdOptions = { params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL }, pledgedSrcSize: bytes.length };
  return inPool ? zstd.inPool(bytes, options) : zstd.now(bytes, options);
}

/**
 * A sync answer, compressed here in one call in the best encoding the device accepts: the app-wide
 * compression (hono's, through a web stream) costs several times zlib's own work on the small
 * answers most pushes get, and leaves an answer that says its encoding alone. Otherwise the text
 * goes as it is, and the app-wide compression may still apply another encoding the device asked for.
 */
export async function syncAnswer(c: Context, answer: SyncResponse): Promise<Response> {
  const text = answerText(answer);
  const encoding = answerEncoding(c.req.header('accept-encoding'));
  if (!encoding) return c.body(text, 200, { 'Content-Type': 'application/json' });
  const bytes = await compressed(text, encoding);
  return c.body(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), 200, { 'Content-Type': 'application/json', 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
}
