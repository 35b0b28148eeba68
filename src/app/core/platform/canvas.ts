/** A canvas the app draws on: an OffscreenCanvas where the browser has one, else a canvas element. */
export type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

/**
 * A canvas's 2D context, whichever kind of canvas it is. Each kind is asked on its own: asked of
 * the union, TypeScript's type for `getContext` came out differently from one lint run to another,
 * so a cast was needed in one and "unnecessary" in the next.
 */
export function context2d(canvas: AnyCanvas, options?: CanvasRenderingContext2DSettings): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  return 'convertToBlob' in canvas ? canvas.getContext('2d', options) : canvas.getContext('2d', options);
}
