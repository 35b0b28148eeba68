import { Inflate, deflateSync } from 'fflate';

/** A packed value inflates to at most this: a small code must not be able to fill a phone's memory. */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
/** Input fed to the inflater at a time; DEFLATE expands at most about 1032 times, so the cap is overshot by 1 MB at most before it trips. */
const INFLATE_STEP = 1024;

/** `value` as JSON, UTF-8, raw DEFLATE at level 9. Throws a TypeError for a value JSON cannot hold. */
export function packJson(value: unknown): Uint8Array {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('value has no JSON form');
  return deflateSync(new TextEncoder().encode(json), { level: 9 });
}

/** The value `bytes` packs, or undefined when they are not a whole DEFLATE stream of UTF-8 JSON within MAX_UNPACKED_BYTES. */
export function unpackJson(bytes: Uint8Array): unknown {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  try {
    const inflate = new Inflate((chunk, final) => {
      size += chunk.length;
      if (size > MAX_UNPACKED_BYTES) throw new RangeError('unpacked value too large');
      chunks.push(chunk);
      done ||= final;
    });
    let offset = 0;
    do {
      inflate.push(bytes.subarray(offset, offset + INFLATE_STEP), offset + INFLATE_STEP >= bytes.length);
      offset += INFLATE_STEP;
    } while (offset < bytes.length);
    if (!done) return undefined;
    const json = new Uint8Array(size);
    for (let i = 0, at = 0; i < chunks.length; at += chunks[i]!.length, i++) json.set(chunks[i]!, at);
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown;
  } catch {
    return undefined;
  }
}
