import { createGunzip, type Gunzip } from 'node:zlib';
import type { BodyReader } from './body-reader.ts';
import { uploadDeadline, type UploadLimits } from './upload-limits.ts';

/** What reading a body came to; only `text` carries the body. */
export type BodyOutcome =
  | { kind: 'text'; text: string; bytes: number }
  /** Over the size limit on the wire, or once inflated. */
  | { kind: 'too_large' }
  /** Too slow: see `uploadDeadline`. */
  | { kind: 'timeout' }
  /** Not a gzip stream although it said so. */
  | { kind: 'bad_gzip' }
  /** The client hung up before the end. */
  | { kind: 'gone' };

/**
 * Read a request body into memory, never more than `maxBytes` on the wire nor, for a gzip body,
 * once inflated: the inflation streams, and stops as soon as it passes the limit, so a small body
 * that would inflate a thousandfold costs at most `maxBytes` of output (zlib works off the main
 * thread). Every read has a deadline (`uploadDeadline`). After `too_large` or `bad_gzip` the rest of
 * the body is still unread: the caller discards it.
 */
export async function readBody(body: BodyReader, opts: { gzip: boolean; maxBytes: number; timing: Pick<UploadLimits, 'graceMs' | 'minBytesPerSecond' | 'maxMs'> }): Promise<BodyOutcome> {
  if (!opts.gzip) {
    const read = await readBytes(body, opts);
    return read.kind === 'bytes' ? { kind: 'text', text: Buffer.from(read.data.buffer, read.data.byteOffset, read.data.byteLength).toString('utf8'), bytes: read.data.byteLength } : read;
  }
  const startedAt = performance.now();
  let wire = 0;
  const inflater = inflate(opts.maxBytes);
  try {
    for (;;) {
      const chunk = await body.next(uploadDeadline(startedAt, wire, opts.timing));
      if (chunk === 'timeout' || chunk === 'gone') return { kind: chunk };
      if (chunk === 'end') break;
      wire += chunk.byteLength;
      if (wire > opts.maxBytes) return { kind: 'too_large' };
      if (!inflater.write(chunk)) return { kind: inflater.failure() };
    }
    return await inflater.finish();
  } finally {
    inflater.stop();
  }
}

/** What reading a body of bytes (a photo) came to; only `bytes` carries the body. */
export type BytesOutcome = { kind: 'bytes'; data: Uint8Array } | { kind: 'too_large' } | { kind: 'timeout' } | { kind: 'gone' };

/**
 * Read a body's bytes into memory as they came, never more than `maxBytes`, each read with a
 * deadline (`uploadDeadline`). After `too_large` the rest of the body is still unread: the caller
 * discards it. A body cut short ends as `gone`, and nothing of it is kept.
 */
export async function readBytes(body: BodyReader, opts: { maxBytes: number; timing: Pick<UploadLimits, 'graceMs' | 'minBytesPerSecond' | 'maxMs'> }): Promise<BytesOutcome> {
  const startedAt = performance.now();
  let wire = 0;
  const parts: Buffer[] = [];
  for (;;) {
    const chunk = await body.next(uploadDeadline(startedAt, wire, opts.timing));
    if (chunk === 'timeout' || chunk === 'gone') return { kind: chunk };
    if (chunk === 'end') return { kind: 'bytes', data: Buffer.concat(parts, wire) };
    wire += chunk.byteLength;
    if (wire > opts.maxBytes) return { kind: 'too_large' };
    parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
}

/** A streaming gunzip that keeps at most `maxBytes` of output and fails past it. */
function inflate(maxBytes: number) {
  const gunzip: Gunzip = createGunzip();
  const out: Buffer[] = [];
  let size = 0;
  let failure: 'too_large' | 'bad_gzip' | undefined;
  gunzip.on('data', (piece: Buffer) => {
    if (failure) return;
    size += piece.length;
    if (size > maxBytes) {
      failure = 'too_large';
      // No more inflating: the output so far is all this body may cost.
      gunzip.destroy();
    } else out.push(piece);
  });
  gunzip.on('error', () => (failure ??= 'bad_gzip'));
  return {
    /** False once the stream has failed; its output is inflated meanwhile, off the main thread. */
    write(chunk: Uint8Array): boolean {
      if (failure) return false;
      gunzip.write(chunk);
      return true;
    },
    failure: (): 'too_large' | 'bad_gzip' => failure ?? 'bad_gzip',
    finish(): Promise<BodyOutcome> {
      return new Promise((resolve) => {
        const done = () => resolve(failure ? { kind: failure } : { kind: 'text', text: Buffer.concat(out, size).toString('utf8'), bytes: size });
        if (failure) return done();
        gunzip.once('end', done);
        gunzip.once('close', done);
        gunzip.end();
      });
    },
    stop(): void {
      if (!gunzip.destroyed) gunzip.destroy();
    },
  };
}
