import { inputImageProblem, storedPhotoProblem, type ImageProblem } from '../../../shared/photos/inspect-image.ts';
import { PHOTO_LONG_SIDE, PHOTO_MAX_BYTES, THUMB_LONG_SIDE, THUMB_MAX_BYTES, type PhotoType } from '../../../shared/photos/photo-limits.ts';
import type { PhotoFile } from '../../../shared/schemas/photo-records.ts';
import { context2d, type AnyCanvas } from '../platform/canvas.ts';
import { sha256Hex } from '../platform/digest.ts';

/** A file ready to store: its bytes and what the record says of them. */
export interface ShrunkFile {
  blob: Blob;
  meta: PhotoFile;
}
export type ShrinkResult = { file: ShrunkFile; thumb: ShrunkFile } | { problem: ImageProblem | 'unreadable' };

/** Qualities tried in turn until the file fits its limit: a busy flipchart at 1,600 px is 150–400 KB at the first. */
const QUALITIES = [0.8, 0.65, 0.5] as const;

type Surface = AnyCanvas;

function surface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function encode(canvas: Surface, type: PhotoType, quality: number): Promise<Blob | null> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

/** Draw `source` at most `longSide` pixels on its longest side. */
function scaled(source: CanvasImageSource & { width: number; height: number }, longSide: number): Surface {
  const ratio = Math.min(1, longSide / Math.max(source.width, source.height));
  const canvas = surface(Math.max(1, Math.round(source.width * ratio)), Math.max(1, Math.round(source.height * ratio)));
  const g = context2d(canvas);
  if (!g) throw new Error('no 2d canvas');
  g.imageSmoothingQuality = 'high';
  g.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/**
 * Encode a canvas as WebP (JPEG where the browser writes no WebP) at the best quality that fits
 * `maxBytes`. Drawing on a canvas keeps the pixels only: EXIF (location, camera, time), XMP and
 * comments are gone; the server checks it again.
 */
async function encodeFitting(canvas: Surface, maxBytes: number): Promise<ShrunkFile | undefined> {
  for (const type of ['image/webp', 'image/jpeg'] as const) {
    for (const quality of QUALITIES) {
      const blob = await encode(canvas, type, quality);
      // A browser that cannot write WebP writes PNG instead: try JPEG.
      if (!blob || blob.type !== type) break;
      if (blob.size > maxBytes) continue;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      if (storedPhotoProblem(bytes, type)) break;
      return { blob, meta: { hash: await sha256Hex(bytes), type, bytes: blob.size, width: canvas.width, height: canvas.height } };
    }
  }
  return undefined;
}

/**
 * Check a file from the camera or the gallery from its bytes (never its name or type), then shrink
 * it to a photo of at most 1,600 px and a thumbnail of 320 px. The header is read before anything
 * is decoded, so an image too large to decode is refused without trying.
 */
export async function shrinkPhoto(input: Blob): Promise<ShrinkResult> {
  const bytes = new Uint8Array(await input.arrayBuffer());
  const problem = inputImageProblem(bytes);
  if (problem) return { problem };
  let bitmap: ImageBitmap;
  try {
    // The camera's orientation is applied now, since the EXIF that says it is dropped.
    bitmap = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'from-image' });
  } catch {
    return { problem: 'unreadable' };
  }
  try {
    const full = scaled(bitmap, PHOTO_LONG_SIDE);
    const file = await encodeFitting(full, PHOTO_MAX_BYTES);
    const thumb = await encodeFitting(scaled(full, THUMB_LONG_SIDE), THUMB_MAX_BYTES);
    return file && thumb ? { file, thumb } : { problem: 'unreadable' };
  } catch {
    return { problem: 'unreadable' };
  } finally {
    bitmap.close();
  }
}
