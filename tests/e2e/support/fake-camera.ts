/**
 * A camera for end-to-end tests: Chromium plays a file to getUserMedia in place of a real camera.
 *
 * What Debian's Chromium 150 does here, headless under Playwright (measured, not documented):
 * - Flags: `--use-fake-device-for-media-stream --use-fake-ui-for-media-stream
 *   --use-file-for-fake-video-capture=<file>.mjpeg`. The page must be a secure context
 *   (http://127.0.0.1 or localhost will do; about:blank has no navigator.mediaDevices).
 * - Format: JPEG files one after another, nothing in between (no multipart boundaries, no header).
 *   The first frame sets the track's size; keep every frame the same size (even numbers, for the
 *   YUV conversion). Playwright's `screenshot({ type: 'jpeg', clip })` makes suitable frames.
 * - Rate: 30 frames a second, whatever the file; `track.getSettings().frameRate` says 30. A frame
 *   is one picture for 1/30 s, so a picture meant to stay on screen is written several times.
 * - Timing: the file is read each time a page opens the camera, not at launch: it can be written
 *   after the browser started, and rewritten between two getUserMedia calls.
 * - Loop: at the end the file starts again from its first frame, for as long as the track lives.
 * - Pictures: Chromium decodes the file with a fast, fixed-point JPEG decoder that overflows on
 *   full-range black and white in a 2x2 checker of 4-pixel squares (a QR code drawn at exactly 4 px
 *   a module, aligned on the 8x8 JPEG blocks): scattered blocks come out scrambled and no code is
 *   read, at any JPEG quality. 3, 5, 6 or 8 px a module are fine. `jpegFrameOf` therefore films at
 *   80% contrast, as a real camera sees a screen anyway (never pure black, never pure white).
 * - Reading: jsQR reads a clean 350-character code from one frame in well under 1/30 s on this
 *   machine, but a scanner reads at most ~10 frames a second, so each picture must be held for at
 *   least 3 frames (100 ms) to be seen on every pass; 6 (200 ms) leaves room for a busy machine.
 *   Because the file loops, a picture held too briefly is still read on a later pass, just later.
 */
import { writeFileSync } from 'node:fs';
import { chromium, test, type Browser, type BrowserContext, type LaunchOptions, type Locator } from '@playwright/test';

/** Frames a second Chromium plays a fake-camera MJPEG file at. */
export const FAKE_CAMERA_FPS = 30;

/**
 * A JPEG picture of one element, for a fake camera's frame: clipped to the element's box rounded
 * up to even pixels (keep a light margin inside the element: that is the code's quiet zone), at
 * `contrast` (default 0.8; see above why not 1).
 */
export async function jpegFrameOf(element: Locator, opts: { quality?: number; contrast?: number; box?: { x: number; y: number; width: number; height: number } } = {}): Promise<Buffer> {
  const { quality = 90, contrast = 0.8 } = opts;
  // A box given once for a whole film keeps every frame the same size, as the fake camera needs.
  const box = opts.box ?? (await element.boundingBox());
  if (!box) throw new Error('The element to film is not on screen.');
  const even = (n: number) => Math.ceil(n / 2) * 2;
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: even(box.width), height: even(box.height) };
  return element.page().screenshot({ type: 'jpeg', quality, clip, style: `html { filter: contrast(${contrast}) }` });
}

/**
 * Write pictures as a fake camera's MJPEG file: each is held for `hold` camera frames (default 6,
 * 200 ms at 30 frames a second), in order; Chromium loops the whole file.
 */
export function writeFakeVideo(path: string, jpegFrames: Buffer[], opts: { hold?: number } = {}): void {
  const hold = opts.hold ?? 6;
  if (jpegFrames.length === 0) throw new Error('A fake video needs at least one frame.');
  for (const frame of jpegFrames) {
    // A JPEG starts with SOI (FF D8) and ends with EOI (FF D9); Chromium splits the file on them.
    if (frame[0] !== 0xff || frame[1] !== 0xd8 || frame.at(-2) !== 0xff || frame.at(-1) !== 0xd9) throw new Error('A fake video frame must be a JPEG.');
  }
  writeFileSync(path, Buffer.concat(jpegFrames.flatMap((frame) => Array.from({ length: hold }, () => frame))));
}

/**
 * A second Chromium whose camera plays `videoPath`, launched as the project's own (same executable
 * and flags). The file may be written, or rewritten, after this: it is read when a page opens the camera.
 */
export function launchWithFakeCamera(videoPath: string, launchOptions: LaunchOptions = test.info().project.use.launchOptions ?? {}): Promise<Browser> {
  return chromium.launch({
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${videoPath}`],
  });
}

/** A context of that browser in which pages may open the camera without asking. */
export async function cameraContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.grantPermissions(['camera']);
  return context;
}
