import { INPUT_MAX_BYTES, INPUT_MAX_PIXELS, INPUT_MAX_SIDE, STORED_MAX_SIDE, type PhotoType } from './photo-limits.ts';

/**
 * What a file's bytes say it is, read from its structure, never from its name or declared type:
 * the device checks a camera or gallery file before decoding it, and the server checks every
 * stored photo before keeping it. Nothing here decodes pixels, so a 20,000 x 20,000 image or a
 * decompression bomb is refused from its header alone.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif';

export interface ImageFacts {
  format: ImageFormat;
  width: number;
  height: number;
  /** Bytes after the image's own end (a polyglot hides another file there). */
  trailing: number;
  /** Where the trailing bytes start. */
  end: number;
  /** Personal metadata is present: EXIF (location, camera), XMP, comments, text chunks. */
  metadata: boolean;
  /** Parts a stored photo never has (chunks or segments other than the image's own). */
  foreign: boolean;
}

/**
 * Why a file is refused: not an image (an SVG, a page, anything else), cut short, too many
 * pixels, another file hidden inside, or (stored photos only) metadata left in.
 */
export type ImageProblem = 'not_an_image' | 'truncated' | 'too_large' | 'hidden_content' | 'metadata';

export type Inspection = { ok: true; facts: ImageFacts } | { ok: false; problem: 'not_an_image' | 'truncated' };

const ascii = (b: Uint8Array, at: number, text: string) => {
  if (at + text.length > b.length) return false;
  for (let i = 0; i < text.length; i++) if (b[at + i] !== text.charCodeAt(i)) return false;
  return true;
};
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
const u32le = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + ((b[at + 3]! << 24) >>> 0);

const TRUNCATED = { ok: false, problem: 'truncated' } as const;

/** Start-of-frame markers: baseline, extended, progressive, lossless, arithmetic. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
/** Segments an image needs, besides frames and scans: tables, restart interval, JFIF, colour profile, Adobe colour transform. */
const JPEG_IMAGE_SEGMENTS = new Set([0xdb, 0xc4, 0xcc, 0xdd, 0xe0, 0xe2, 0xee]);

function inspectJpeg(b: Uint8Array): Inspection {
  let at = 2;
  let width = 0;
  let height = 0;
  let frames = 0;
  let scans = 0;
  let metadata = false;
  let foreign = false;
  // The payloads of the image's own segments, looked through once for a page or an archive at the end.
  const own = new TextCollector();
  while (at < b.length) {
    if (b[at] !== 0xff) return { ok: false, problem: 'not_an_image' };
    while (b[at] === 0xff) at++;
    if (at >= b.length) return TRUNCATED;
    const marker = b[at++]!;
    if (marker === 0xd9) {
      // One frame and at least one scan: a decoder reads the first frame header, this check the same one.
      if (!width || !height || frames !== 1 || scans === 0) return { ok: false, problem: 'not_an_image' };
      return { ok: true, facts: { format: 'jpeg', width, height, trailing: b.length - at, end: at, metadata, foreign: foreign || own.hides() } };
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (at + 2 > b.length) return TRUNCATED;
    const length = u16be(b, at);
    if (length < 2) return { ok: false, problem: 'not_an_image' };
    if (at + length > b.length) return TRUNCATED;
    const personal = marker === 0xe1 || marker === 0xfe || (marker >= 0xe3 && marker <= 0xef && marker !== 0xee);
    if (SOF.has(marker)) {
      if (length < 7) return { ok: false, problem: 'not_an_image' };
      frames++;
      height = u16be(b, at + 3);
      width = u16be(b, at + 5);
    } else if (personal) {
      // EXIF and XMP (APP1), comments, and makers' own segments: where location, camera and names live.
      metadata = true;
    } else if (marker !== 0xda && !JPEG_IMAGE_SEGMENTS.has(marker)) {
      foreign = true;
    }
    // Tables, frame and scan headers, JFIF and colour profile are the image's own, and carry no page or archive.
    if (!personal) own.add(b, at + 2, at + length);
    at += length;
    if (marker === 0xda) {
      scans++;
      at = afterScan(b, at);
    }
  }
  return TRUNCATED;
}

/** The position of the first marker after a scan's entropy-coded data (stuffed bytes and restarts are data). */
function afterScan(b: Uint8Array, from: number): number {
  let at = from;
  for (;;) {
    at = b.indexOf(0xff, at);
    if (at < 0 || at + 1 >= b.length) return b.length;
    const next = b[at + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) {
      at += next === 0xff ? 1 : 2;
      continue;
    }
    return at;
  }
}

/** PNG chunks that carry text or EXIF rather than pixels. */
const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function inspectPng(b: Uint8Array): Inspection {
  if (b.length < 33 || !ascii(b, 12, 'IHDR')) return TRUNCATED;
  const width = u32be(b, 16);
  const height = u32be(b, 20);
  let at = 8;
  let metadata = false;
  while (at + 12 <= b.length) {
    const length = u32be(b, at);
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const next = at + 12 + length;
    if (next > b.length) return TRUNCATED;
    if (PNG_METADATA.has(type)) metadata = true;
    if (type === 'IEND') return { ok: true, facts: { format: 'png', width, height, trailing: b.length - next, end: next, metadata, foreign: true } };
    at = next;
  }
  return TRUNCATED;
}

/** WebP chunks of a still image: lossy or lossless data, the extended header, alpha, a colour profile. */
const WEBP_IMAGE_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ICCP']);

function inspectWebp(b: Uint8Array): Inspection {
  if (b.length < 30) return TRUNCATED;
  const end = 8 + u32le(b, 4);
  if (end > b.length) return TRUNCATED;
  // The canvas the extended header (VP8X) declares, and the size of the image's own frame.
  let canvas: [number, number] | undefined;
  let frame: [number, number] | undefined;
  let images = 0;
  let metadata = false;
  let foreign = false;
  let at = 12;
  while (at + 8 <= end) {
    const type = String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
    const size = u32le(b, at + 4);
    const data = at + 8;
    if (data + size > end) return TRUNCATED;
    if (type === 'VP8X' && size >= 10) {
      canvas = [u24le(b, data + 4) + 1, u24le(b, data + 7) + 1];
    } else if (type === 'VP8 ' && size >= 10) {
      if (b[data + 3] !== 0x9d || b[data + 4] !== 0x01 || b[data + 5] !== 0x2a) return { ok: false, problem: 'not_an_image' };
      frame ??= [u16le(b, data + 6) & 0x3fff, u16le(b, data + 8) & 0x3fff];
      images++;
    } else if (type === 'VP8L' && size >= 5) {
      if (b[data] !== 0x2f) return { ok: false, problem: 'not_an_image' };
      const bits = u32le(b, data + 1);
      frame ??= [(bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1];
      images++;
    } else if (type === 'ANMF') {
      // An animation's frames carry their image inside: an image for the device, never a stored photo.
      images++;
      foreign = true;
    } else if (type === 'EXIF' || type === 'XMP ') {
      metadata = true;
    } else if (!WEBP_IMAGE_CHUNKS.has(type)) {
      foreign = true;
    }
    if (type === 'ICCP' && hidesContent(b, data, data + size)) foreign = true;
    at = data + size + (size & 1);
  }
  // Bytes inside the RIFF that no chunk holds, or a second image, are no part of a still image.
  if (at !== end || images > 1) foreign = true;
  const [width, height] = canvas ?? frame ?? [0, 0];
  if (!width || !height || images === 0) return { ok: false, problem: 'not_an_image' };
  // A decoder draws the frame, a size check reads the header: they must agree.
  if (canvas && frame && (canvas[0] !== frame[0] || canvas[1] !== frame[1])) return { ok: false, problem: 'not_an_image' };
  return { ok: true, facts: { format: 'webp', width, height, trailing: b.length - end, end, metadata, foreign } };
}

function inspectGif(b: Uint8Array): Inspection {
  if (b.length < 14) return TRUNCATED;
  // The trailer byte closes a GIF; a cut file lacks it (trailing bytes after it are not looked for).
  if (b[b.length - 1] !== 0x3b) return TRUNCATED;
  return { ok: true, facts: { format: 'gif', width: u16le(b, 6), height: u16le(b, 8), trailing: 0, end: b.length, metadata: false, foreign: true } };
}

/** Read an image's format, size and structure from its bytes, or say why they are not a whole image. */
export function inspectImage(bytes: Uint8Array): Inspection {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return inspectJpeg(b);
  if (ascii(b, 0, '\x89PNG\r\n\x1a\n')) return inspectPng(b);
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return inspectWebp(b);
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return inspectGif(b);
  return { ok: false, problem: 'not_an_image' };
}

/** Signatures of what a polyglot hides after an image: markup and script, archives, documents, programs. */
// eslint-disable-next-line no-control-regex -- archive and program signatures are control bytes
const HIDDEN = [/<\s*(script|html|svg|\?xml|!doctype|iframe|object|body)/i, /PK\x03\x04/, /%PDF-/, /^MZ/, /\x7fELF/];

/** Pieces of a file as text, looked through at once: thousands of small segments cost one search, not thousands. */
class TextCollector {
  private readonly pieces: string[] = [];
  add(b: Uint8Array, from: number, to: number): void {
    // Latin-1 keeps one character per byte, so the patterns see the bytes as they are.
    for (let i = from; i < to; i += 8192) this.pieces.push(String.fromCharCode(...b.subarray(i, Math.min(to, i + 8192))));
  }
  hides(): boolean {
    if (this.pieces.length === 0) return false;
    const text = this.pieces.join('');
    return HIDDEN.some((p) => p.test(text));
  }
}

function hidesContent(b: Uint8Array, from: number, to = b.length): boolean {
  const text = new TextCollector();
  text.add(b, from, to);
  return text.hides();
}

/**
 * The device's check of a file from the camera or the gallery, before decoding it. Trailing data
 * is allowed only when it hides nothing (some phones append a short video to a photo); metadata
 * is allowed, since shrinking removes it.
 */
export function inputImageProblem(bytes: Uint8Array): ImageProblem | undefined {
  if (bytes.length > INPUT_MAX_BYTES) return 'too_large';
  const seen = inspectImage(bytes);
  if (!seen.ok) return seen.problem;
  const { width, height, trailing, end } = seen.facts;
  if (!width || !height) return 'not_an_image';
  if (width > INPUT_MAX_SIDE || height > INPUT_MAX_SIDE || width * height > INPUT_MAX_PIXELS) return 'too_large';
  if (trailing > 0 && hidesContent(bytes, end)) return 'hidden_content';
  return undefined;
}

const FORMAT_OF: Record<PhotoType, ImageFormat> = { 'image/webp': 'webp', 'image/jpeg': 'jpeg' };

/**
 * The server's check of a stored photo or thumbnail, stricter than the device's: exactly what the
 * app's shrinking writes (WebP or JPEG of the declared type, at most STORED_MAX_SIDE a side), with
 * nothing after the image's end, no parts foreign to an image, and no metadata. Its facts come
 * with it, so a caller that compares them with a record reads the file once.
 */
export function inspectStoredPhoto(bytes: Uint8Array, type: PhotoType): { ok: true; facts: ImageFacts } | { ok: false; problem: ImageProblem } {
  const seen = inspectImage(bytes);
  if (!seen.ok) return seen;
  const problem = storedProblemOf(seen.facts, type);
  return problem ? { ok: false, problem } : seen;
}

function storedProblemOf(f: ImageFacts, type: PhotoType): ImageProblem | undefined {
  if (f.format !== FORMAT_OF[type]) return 'not_an_image';
  if (f.width > STORED_MAX_SIDE || f.height > STORED_MAX_SIDE) return 'too_large';
  if (f.trailing > 0 || f.foreign) return 'hidden_content';
  if (f.metadata) return 'metadata';
  return undefined;
}

/** What the server's check of a stored photo refuses in these bytes, if anything (`inspectStoredPhoto`). */
export function storedPhotoProblem(bytes: Uint8Array, type: PhotoType): ImageProblem | undefined {
  const seen = inspectStoredPhoto(bytes, type);
  return seen.ok ? undefined : seen.problem;
}
