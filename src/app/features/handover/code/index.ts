/**
 * Moving a message between devices with no network, as an animated QR code: packed JSON cut into
 * fountain-coded frames that any camera-read subset, in any order, rebuilds.
 */
export { FRAME_PREFIX, createMessageDecoder, encodeMessage, type FrameSource, type MessageDecoder, type ReceiveOutcome } from './frames.ts';
export { packJson, unpackJson } from './pack.ts';
