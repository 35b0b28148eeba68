import { base45Decode, base45Encode } from './base45.ts';
import { crc32 } from './crc32.ts';
import { createFountainDecoder, fountainPart, fragmentCount, fragmentLength, splitMessage, type FountainDecoder, type MessageShape } from './fountain.ts';

/**
 * One frame of an animated QR code: `WC1:` + Base45 of
 *
 *   seqNum u32 | seqLen u16 | message length u24 | message CRC-32 u32 | fragment | frame CRC-32 u32
 *
 * (big-endian). The header repeats in every frame so that any frame can start a reception; the frame
 * CRC catches what the QR code's own error correction let through (and text that only looks like ours).
 */
export const FRAME_PREFIX = 'WC1:';

/**
 * Default fragment: the most a frame can carry and stay a version 12 QR code at error correction M,
 * which holds 419 alphanumeric characters: 415 after the prefix, so 276 bytes of Base45, less 17 of
 * header and CRC. Version 12 is 65 modules across, 69 with the app's quiet zone: drawn 55–60 mm wide
 * on a 360 px phone, a module is about 0.85 mm. A camera with a 65° field sees 0.33 mm a pixel at
 * half a metre in a 1920×1080 stream (2.6 pixels a module, which decoders read well) and 0.66 mm at a
 * metre (1.3: too few; a metre needs a 4K stream, or version 5 or less, with three times the frames).
 * Larger codes would need fewer frames but smaller modules; the fountain code makes a missed frame
 * cost about one frame, not a pass. A few KB of packed answers make about 10 frames.
 */
export const DEFAULT_FRAGMENT_BYTES = 259;
export const MAX_SEQ_LEN = 1000;
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** The most alphanumeric characters any QR code holds (version 40, error correction L): longer text cannot come from one. */
const MAX_FRAME_CHARS = 4296;
const HEADER_BYTES = 13;
const CRC_BYTES = 4;
const MAX_FRAME_BYTES = Math.floor((MAX_FRAME_CHARS - FRAME_PREFIX.length) / 3) * 2 + ((MAX_FRAME_CHARS - FRAME_PREFIX.length) % 3 === 2 ? 1 : 0);
export const MAX_FRAGMENT_BYTES = MAX_FRAME_BYTES - HEADER_BYTES - CRC_BYTES;
const MAX_SEQ_NUM = 0xffffffff;

export interface FrameSource {
  /** seqLen: the frames of one full pass. */
  readonly count: number;
  /** Frame `n` (n ≥ 1); beyond `count`, fountain mixes, endlessly. */
  frame(n: number): string;
}

/** The frames that carry `bytes`. Throws a RangeError for a message or fragment size the receiver would refuse. */
export function encodeMessage(bytes: Uint8Array, opts?: { fragmentBytes?: number }): FrameSource {
  const maxFragment = opts?.fragmentBytes ?? DEFAULT_FRAGMENT_BYTES;
  if (!Number.isInteger(maxFragment) || maxFragment < 1 || maxFragment > MAX_FRAGMENT_BYTES) throw new RangeError(`fragmentBytes must be an integer from 1 to ${MAX_FRAGMENT_BYTES}`);
  if (bytes.length > MAX_MESSAGE_BYTES) throw new RangeError(`a message holds at most ${MAX_MESSAGE_BYTES} bytes`);
  const fragLen = fragmentLength(bytes.length, maxFragment);
  const fragments = splitMessage(bytes, fragLen);
  if (fragments.length > MAX_SEQ_LEN) throw new RangeError(`a message makes at most ${MAX_SEQ_LEN} fragments; use larger fragments`);
  const shape: MessageShape = { seqLen: fragments.length, fragLen, messageLength: bytes.length, checksum: crc32(bytes) };
  return {
    count: shape.seqLen,
    frame(n) {
      if (!Number.isInteger(n) || n < 1 || n > MAX_SEQ_NUM) throw new RangeError(`frame number must be an integer from 1 to ${MAX_SEQ_NUM}`);
      return FRAME_PREFIX + base45Encode(frameBytes(n, shape, fountainPart(fragments, n, shape.checksum)));
    },
  };
}

/**
 * `repeat`: a frame that teaches nothing new (seen before, or all it carries is known); `complete`:
 * the message is whole (also for any later frame of it); `other-message`: a frame of another message
 * than the first one seen; `damaged`: a frame that fails its checks, or, rarely, the last frame of a
 * message that failed its checksum, which then starts over. Only `new` and `complete` change anything.
 */
export type ReceiveOutcome = 'new' | 'repeat' | 'complete' | 'other-message' | 'not-ours' | 'damaged';

export interface MessageDecoder {
  receive(text: string): ReceiveOutcome;
  /**
   * `total` is seqLen once a frame was read, else 0; `received` is how many fragments' worth the
   * frames read so far carry (frames that add nothing new do not count); it reaches `total` exactly
   * when the message is whole.
   */
  progress(): { received: number; total: number };
  message(): Uint8Array | undefined;
}

/** A receiver that locks onto the message of the first valid frame it reads. */
export function createMessageDecoder(): MessageDecoder {
  let locked: { key: string; shape: MessageShape; fountain: FountainDecoder } | undefined;
  return {
    receive(text) {
      if (!text.startsWith(FRAME_PREFIX)) return 'not-ours';
      const frame = parseFrame(text);
      if (!frame) return 'damaged';
      const { shape } = frame;
      const key = `${shape.seqLen}/${shape.messageLength}/${shape.checksum}`;
      locked ??= { key, shape, fountain: createFountainDecoder(shape) };
      if (locked.key !== key) return 'other-message';
      const outcome = locked.fountain.receive(frame.seqNum, frame.payload);
      return outcome === 'corrupt' ? 'damaged' : outcome;
    },
    progress: () => ({ received: locked?.fountain.rank() ?? 0, total: locked?.shape.seqLen ?? 0 }),
    message: () => locked?.fountain.message(),
  };
}

function frameBytes(seqNum: number, shape: MessageShape, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + payload.length + CRC_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(0, seqNum);
  view.setUint16(4, shape.seqLen);
  view.setUint8(6, shape.messageLength >>> 16);
  view.setUint16(7, shape.messageLength & 0xffff);
  view.setUint32(9, shape.checksum);
  out.set(payload, HEADER_BYTES);
  view.setUint32(out.length - CRC_BYTES, crc32(out.subarray(0, out.length - CRC_BYTES)));
  return out;
}

/** The frame `text` carries, or undefined when it fails any check; every bound is checked before use. */
function parseFrame(text: string): { seqNum: number; shape: MessageShape; payload: Uint8Array } | undefined {
  if (text.length > MAX_FRAME_CHARS) return undefined;
  const bytes = base45Decode(text.slice(FRAME_PREFIX.length));
  if (!bytes || bytes.length < HEADER_BYTES + CRC_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(bytes.length - CRC_BYTES) !== crc32(bytes.subarray(0, bytes.length - CRC_BYTES))) return undefined;
  const seqNum = view.getUint32(0);
  const seqLen = view.getUint16(4);
  const messageLength = (view.getUint8(6) << 16) | view.getUint16(7);
  const checksum = view.getUint32(9);
  const fragLen = bytes.length - HEADER_BYTES - CRC_BYTES;
  if (seqNum < 1 || seqLen < 1 || seqLen > MAX_SEQ_LEN || messageLength > MAX_MESSAGE_BYTES) return undefined;
  // The encoder's split is the only one accepted: fragments as even as possible, no empty fragment.
  const consistent = messageLength === 0 ? seqLen === 1 && fragLen === 0 : fragLen > 0 && fragLen === Math.ceil(messageLength / seqLen) && fragmentCount(messageLength, fragLen) === seqLen;
  if (!consistent) return undefined;
  return { seqNum, shape: { seqLen, fragLen, messageLength, checksum }, payload: bytes.subarray(HEADER_BYTES, HEADER_BYTES + fragLen) };
}
