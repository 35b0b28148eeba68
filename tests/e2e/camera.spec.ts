import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { encode } from 'uqr';
import { cameraContext, FAKE_CAMERA_FPS, jpegFrameOf, launchWithFakeCamera, writeFakeVideo } from './support/fake-camera.ts';

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const jsQrScript = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

/** A hand-in frame's text as a phone shows it: the prefix and about 350 Base45 characters. */
function frameText(n: number): string {
  let body = '';
  for (let i = 0; i < 346; i++) body += BASE45[(i * 7 + n * 13 + ((i * i) % 11)) % BASE45.length];
  return `WC1:${n}${body.slice(1)}`;
}

/** The code as SVG, like the app draws it (uqr, error correction M), on white with a quiet zone. */
function qrPage(text: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x},${y}h1v1h-1z`)));
  const px = size * 4;
  return `<body style="margin:0;background:#fff"><div id="code" style="display:inline-block;padding:16px;background:#fff">
    <svg width="${px}" height="${px}" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${d}" fill="#000"/></svg></div></body>`;
}

test('a page reads every code of an animated sequence that a phone shows to the camera', async ({ page }, testInfo) => {
  const texts = [0, 1, 2].map(frameText);
  // The phone: each code on screen in turn, filmed as one JPEG frame.
  const frames: Buffer[] = [];
  for (const text of texts) {
    await page.setContent(qrPage(text));
    frames.push(await jpegFrameOf(page.locator('#code')));
  }
  const video = testInfo.outputPath('phone.mjpeg');
  const browser = await launchWithFakeCamera(video);
  // Written after the launch on purpose: Chromium reads the file when a page opens the camera.
  writeFakeVideo(video, frames, { hold: 6 });
  try {
    const context = await cameraContext(browser);
    const tablet = await context.newPage();
    // Any secure origin can open the camera; this one needs no server.
    await tablet.route('http://localhost/scan', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Scan</title><body></body>' }));
    await tablet.goto('http://localhost/scan');
    await tablet.addScriptTag({ path: jsQrScript });

    // The scanner's way of reading: the rear camera, at most 10 frames a second, drawn to a canvas
    // at most 960 px wide, read with jsQR; the distinct texts are collected.
    const read = await tablet.evaluate(
      async ({ expected, timeoutMs }) => {
        type JsQr = (data: Uint8ClampedArray, w: number, h: number, o: { inversionAttempts: 'dontInvert' }) => { data: string } | null;
        const jsQR = (window as unknown as { jsQR: JsQr }).jsQR;
        const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
        const video = document.createElement('video');
        video.muted = true;
        video.playsInline = true;
        video.srcObject = stream;
        document.body.append(video);
        await video.play();
        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        const seen = new Set<string>();
        const started = performance.now();
        let last = -Infinity;
        let reads = 0;
        await new Promise<void>((done) => {
          const step = () => {
            const now = performance.now();
            if (now - last >= 100) {
              last = now;
              reads++;
              const scale = Math.min(1, 960 / video.videoWidth);
              canvas.width = Math.round(video.videoWidth * scale);
              canvas.height = Math.round(video.videoHeight * scale);
              context.drawImage(video, 0, 0, canvas.width, canvas.height);
              const image = context.getImageData(0, 0, canvas.width, canvas.height);
              const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
              if (code) seen.add(code.data);
            }
            if (seen.size >= expected || now - started > timeoutMs) done();
            else video.requestVideoFrameCallback(step);
          };
          video.requestVideoFrameCallback(step);
        });
        const settings = stream.getVideoTracks()[0]!.getSettings();
        for (const track of stream.getTracks()) track.stop();
        return { texts: [...seen], reads, ms: Math.round(performance.now() - started), frameRate: settings.frameRate, width: settings.width };
      },
      { expected: texts.length, timeoutMs: 15_000 },
    );
    testInfo.annotations.push({ type: 'camera', description: `${read.texts.length} codes in ${read.ms} ms, ${read.reads} reads, ${read.frameRate} fps, ${read.width} px wide` });
    expect(read.frameRate).toBe(FAKE_CAMERA_FPS);
    expect(read.texts.sort()).toEqual([...texts].sort());
  } finally {
    await browser.close();
  }
});
