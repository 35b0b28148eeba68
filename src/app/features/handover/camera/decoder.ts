import { context2d, type AnyCanvas } from '../../../core/platform/canvas.ts';

/** What a reader can look at: the live video itself, or a frame already drawn. */
export type QrSource = ImageData | HTMLVideoElement | HTMLCanvasElement | OffscreenCanvas | ImageBitmap;
/** Reads every QR code it finds in one frame; an empty list when there is none. */
export type QrReader = (source: QrSource) => Promise<string[]>;

/** Frames wider than this are scaled down before the pure-JS reader sees them: its time grows with pixels. */
const MAX_READ_WIDTH = 960;

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM library). */
interface BarcodeDetectorLike {
  detect(source: QrSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** The browser's own detector (Chrome on Android and ChromeOS, Safari) when it reads QR codes. */
async function nativeDetector(): Promise<BarcodeDetectorLike | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  try {
    const formats = await Detector.getSupportedFormats();
    return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : undefined;
  } catch {
    return undefined;
  }
}

let scratch: AnyCanvas | undefined;
function scratchCanvas(width: number, height: number): AnyCanvas {
  scratch ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : document.createElement('canvas');
  if (scratch.width !== width) scratch.width = width;
  if (scratch.height !== height) scratch.height = height;
  return scratch;
}

/** The source's pixels, at most MAX_READ_WIDTH wide; undefined while a video has no frame yet. */
function pixelsOf(source: QrSource): ImageData | undefined {
  // Only ImageData has pixels of its own (a plain { data, width, height } object does too, in tests).
  if ('data' in source) return source;
  const [w, h] = 'videoWidth' in source ? [source.videoWidth, source.videoHeight] : [source.width, source.height];
  if (!w || !h) return undefined;
  const scale = Math.min(1, MAX_READ_WIDTH / w);
  const width = Math.round(w * scale);
  const height = Math.round(h * scale);
  const canvas = scratchCanvas(width, height);
  const context = context2d(canvas, { willReadFrequently: true });
  if (!context) return undefined;
  context.drawImage(source, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

/**
 * The fastest QR reader this browser has. The pure-JS fallback (jsQR, about 45 KB gzip) is
 * fetched only here, on first use, so no other screen pays for it; the service worker precaches it,
 * so it loads offline too.
 */
export async function loadQrReader(): Promise<QrReader> {
  const detector = await nativeDetector();
  if (detector) return async (source) => (await detector.detect(source)).map((code) => code.rawValue);
  const { default: jsQR } = await import('jsqr');
  return async (source) => {
    const image = pixelsOf(source);
    if (!image) return [];
    // Our codes are dark on light; trying the inverted image as well would double the time per frame.
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
    return code ? [code.data] : [];
  };
}
