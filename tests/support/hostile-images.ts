/**
 * Crafted image files an attacker would send as a stored photo: each is built from the small
 * files a browser's canvas writes (image-bytes.ts), changed in one place.
 */
import { ascii, concat, tinyJpeg, tinyWebp } from './image-bytes.ts';

/** A page that runs a script, once a browser takes the file for HTML. */
export const PAGE = ascii('<html><body><script>fetch("/api/sync")</script></body></html>');

/** A JPEG segment: its marker and its payload. */
export const segment = (marker: number, payload: Uint8Array) => concat(Uint8Array.of(0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff), payload);

/** Where each segment of a JPEG starts, by marker, up to its first scan. */
function jpegSegments(jpeg: Uint8Array): { marker: number; at: number; length: number }[] {
  const out = [];
  let at = 2;
  while (at + 4 <= jpeg.length) {
    const marker = jpeg[at + 1]!;
    const length = (jpeg[at + 2]! << 8) | jpeg[at + 3]!;
    out.push({ marker, at, length });
    if (marker === 0xda) break;
    at += 2 + length;
  }
  return out;
}
const first = (jpeg: Uint8Array, marker: number) => jpegSegments(jpeg).find((s) => s.marker === marker)!;

/** The tiny JPEG with one more segment right after its start. */
export const jpegWithSegment = (marker: number, payload: Uint8Array) => {
  const jpeg = tinyJpeg();
  return concat(jpeg.subarray(0, 2), segment(marker, payload), jpeg.subarray(2));
};

/** The tiny JPEG's tables and frame, and its end, without any scan: no image data at all. */
export const jpegWithoutScan = () => {
  const jpeg = tinyJpeg();
  return concat(jpeg.subarray(0, first(jpeg, 0xda).at), Uint8Array.of(0xff, 0xd9));
};

/** The tiny JPEG whose frame header (SOF) claims `width` x `height`. */
export const jpegClaiming = (width: number, height: number) => {
  const jpeg = tinyJpeg();
  const sof = first(jpeg, 0xc0).at;
  jpeg.set([height >> 8, height & 0xff, width >> 8, width & 0xff], sof + 5);
  return jpeg;
};

/** The tiny JPEG with a second frame header before its own, claiming `width` x `height`: a decoder reads the first. */
export const jpegWithTwoFrames = (width: number, height: number) => {
  const jpeg = tinyJpeg();
  const sof = first(jpeg, 0xc0);
  const big = jpeg.slice(sof.at, sof.at + 2 + sof.length);
  big.set([height >> 8, height & 0xff, width >> 8, width & 0xff], 5);
  return concat(jpeg.subarray(0, sof.at), big, jpeg.subarray(sof.at));
};

const u32le = (n: number) => Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
/** A RIFF chunk, padded to an even size. */
export const chunk = (type: string, data: Uint8Array) => concat(ascii(type), u32le(data.length), data, data.length & 1 ? Uint8Array.of(0) : new Uint8Array(0));
/** A WebP file of these chunks; `size` is the RIFF size it declares (the true one unless given). */
export const riff = (chunks: Uint8Array, size = chunks.length + 4) => concat(ascii('RIFF'), u32le(size), ascii('WEBP'), chunks);

/** The tiny WebP's chunks (VP8X, ICCP, VP8), each whole. */
export function webpChunks(): { vp8x: Uint8Array; iccp: Uint8Array; vp8: Uint8Array } {
  const webp = tinyWebp();
  const parts: Uint8Array[] = [];
  let at = 12;
  while (at + 8 <= webp.length) {
    const size = webp[at + 4]! | (webp[at + 5]! << 8) | (webp[at + 6]! << 16);
    const end = at + 8 + size + (size & 1);
    parts.push(webp.slice(at, end));
    at = end;
  }
  const [vp8x, iccp, vp8] = parts as [Uint8Array, Uint8Array, Uint8Array];
  return { vp8x, iccp, vp8 };
}

/** The tiny WebP's VP8 chunk with its key frame claiming `width` x `height`. */
export const vp8Claiming = (width: number, height: number) => {
  const vp8 = webpChunks().vp8.slice();
  vp8.set([width & 0xff, (width >> 8) & 0x3f, height & 0xff, (height >> 8) & 0x3f], 8 + 6);
  return vp8;
};

/** A GIF's header claiming `width` x `height`, an empty body and its trailer. */
export const gifOfSize = (width: number, height: number) =>
  concat(ascii('GIF89a'), Uint8Array.of(width & 0xff, width >> 8, height & 0xff, height >> 8, 0, 0, 0), new Uint8Array(8), Uint8Array.of(0x3b));
