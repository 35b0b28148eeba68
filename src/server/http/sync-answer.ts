import type { Context } from 'hono';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import type { SyncResponse } from '../../shared/sync/protocol.ts';
import { recordJson } from '../store/pull-page.ts';

const gzipInPool = promisify(gzip);

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

/** Whether an Accept-Encoding header admits gzip (by name or by `*`, with a weight above 0). */
export function acceptsGzip(header: string | undefined): boolean {
  let any = 0;
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name === 'gzip') return weight > 0;
    if (name === '*') any = weight;
  }
  return any > 0;
}

/** An answer's text gzipped: a small one at once, a large one in the thread pool. */
export async function gzipped(text: string) {
  return text.length < IN_POOL_FROM ? gzipSync(text, SMALL_ANSWER) : gzipInPool(text);
}

/**
 * A sync answer, gzipped here in one call when the device accepts it: the app-wide compression
 * (hono's, through a web stream) costs several times zlib's own work on the small answers most
 * pushes get, and leaves an answer that says its encoding alone. Otherwise the text goes as it is,
 * and the app-wide compression may still apply another encoding the device asked for.
 */
export async function syncAnswer(c: Context, answer: SyncResponse): Promise<Response> {
  const text = answerText(answer);
  if (!acceptsGzip(c.req.header('accept-encoding'))) return c.body(text, 200, { 'Content-Type': 'application/json' });
  const bytes = await gzipped(text);
  return c.body(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
}
