// The photo benchmark's page (bench/photos.ts): camera-like JPEGs made on an OffscreenCanvas, the
// app's own shrinking (src/app/core/photos/shrink.ts) timed on them, and the floor the browser
// itself sets for the same work. Bundled by esbuild and driven through `globalThis.photoBench`.
import { PHOTO_LONG_SIDE } from '../../src/shared/photos/photo-limits.ts';
import { shrinkPhoto } from '../../src/app/core/photos/shrink.ts';

/** Images made in this page, by name: the JPEG a camera would hand over. */
const made = new Map<string, Blob>();
const now = () => performance.now();

/** A fixed sequence of numbers in [0, 1) per seed (xorshift32), so that runs are alike and images differ. */
function generator(seed: number) {
  let s = seed * 2_654_435_761 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const WORDS = [
  'Organise',
  'informal',
  'workers',
  'mutual fund',
  'dues by mobile money',
  'women',
  'youth',
  'negotiate',
  'municipality',
  'social protection',
  'members',
  'training',
  'leaders',
  'recruit',
  'campaign',
  'OSH',
  'collective bargaining',
  'strengths',
  'weaknesses',
  'threats',
];
const INKS = ['#1a2a8a', '#101010', '#b0181c', '#1b6b2a'];

/**
 * A photographed flipchart, as a phone's camera hands it over: a wall and a sheet of paper lit
 * unevenly (smooth areas), marker writing, underlines, boxes and sticky notes (text and lines),
 * then sensor noise on every pixel, encoded as JPEG at quality 0.92. Kept in the page as `name`.
 */
async function camera(name: string, width: number, height: number, seed: number): Promise<{ bytes: number; makeMs: number }> {
  const t = now();
  const random = generator(seed);
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d')!;
  const u = width / 4000;
  // The wall, then the sheet, a little turned, with the light falling from one side.
  const wall = g.createLinearGradient(0, 0, width, height);
  wall.addColorStop(0, '#8d8473');
  wall.addColorStop(1, '#5e574c');
  g.fillStyle = wall;
  g.fillRect(0, 0, width, height);
  g.save();
  g.translate(width / 2, height / 2);
  g.rotate((random() - 0.5) * 0.06);
  const sheet = { w: 2900 * u, h: 2800 * u };
  const light = g.createRadialGradient(-600 * u, -700 * u, 200 * u, 0, 0, 2600 * u);
  light.addColorStop(0, '#f7f5ee');
  light.addColorStop(1, '#c9c4b6');
  g.fillStyle = light;
  g.fillRect(-sheet.w / 2, -sheet.h / 2, sheet.w, sheet.h);
  g.translate(-sheet.w / 2, -sheet.h / 2);
  // Marker writing: a heading, then lines of words, each a little crooked.
  g.lineCap = 'round';
  let y = 260 * u;
  for (let line = 0; y < sheet.h - 200 * u; line++) {
    const size = (line === 0 ? 170 : 95 + random() * 40) * u;
    const ink = INKS[Math.floor(random() * INKS.length)]!;
    const words = Array.from({ length: 2 + Math.floor(random() * 4) }, () => WORDS[Math.floor(random() * WORDS.length)]!).join(' ');
    g.save();
    g.translate(180 * u + random() * 120 * u, y);
    g.rotate((random() - 0.5) * 0.05);
    g.fillStyle = ink;
    g.font = `${line === 0 ? 'bold ' : ''}${Math.round(size)}px "Comic Sans MS", "DejaVu Sans", sans-serif`;
    g.fillText(`${line === 0 ? '' : '• '}${words}`, 0, 0);
    if (random() < 0.35) {
      g.strokeStyle = ink;
      g.lineWidth = 12 * u;
      g.beginPath();
      g.moveTo(0, 25 * u);
      g.lineTo(g.measureText(words).width, 30 * u);
      g.stroke();
    }
    g.restore();
    y += size * 1.45;
  }
  // Sticky notes with a word or two, and a box drawn round a column.
  for (let i = 0; i < 7; i++) {
    const x = 1700 * u + random() * 1000 * u;
    const top = 300 * u + random() * 2200 * u;
    g.save();
    g.translate(x, top);
    g.rotate((random() - 0.5) * 0.2);
    g.fillStyle = ['#f5e15a', '#f59ac0', '#8fd3f0'][i % 3]!;
    g.fillRect(0, 0, 380 * u, 380 * u);
    g.fillStyle = '#202020';
    g.font = `${Math.round(70 * u)}px "DejaVu Sans", sans-serif`;
    g.fillText(WORDS[Math.floor(random() * WORDS.length)]!, 25 * u, 150 * u, 330 * u);
    g.fillText(WORDS[Math.floor(random() * WORDS.length)]!, 25 * u, 260 * u, 330 * u);
    g.restore();
  }
  g.strokeStyle = '#b0181c';
  g.lineWidth = 14 * u;
  g.strokeRect(1600 * u, 200 * u, 1200 * u, 2450 * u);
  g.restore();
  // Sensor noise, stronger in the dark: what makes a camera's file large and its shrinking honest.
  const image = g.getImageData(0, 0, width, height);
  const px = image.data;
  let s = seed * 747_796_405 + 1;
  for (let i = 0; i < px.length; i += 4) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const luma = ((s & 0xff) + ((s >>> 8) & 0xff) - 255) / 16;
    const amp = 1.6 - px[i + 1]! / 255;
    px[i] = px[i]! + luma * amp + (((s >>> 16) & 0xf) - 7.5) * 0.5;
    px[i + 1] = px[i + 1]! + luma * amp;
    px[i + 2] = px[i + 2]! + luma * amp + (((s >>> 20) & 0xf) - 7.5) * 0.5;
  }
  g.putImageData(image, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  made.set(name, blob);
  return { bytes: blob.size, makeMs: now() - t };
}

const blobOf = (name: string): Blob => {
  const blob = made.get(name);
  if (!blob) throw new Error(`no image ${name} in the page`);
  return blob;
};

const photoBench = {
  camera,
  /** The app's shrinking of image `name`, timed from the file to both files ready to store. */
  async shrink(name: string) {
    const t = now();
    const result = await shrinkPhoto(blobOf(name));
    const ms = now() - t;
    if ('problem' in result) throw new Error(`the app refused ${name}: ${result.problem}`);
    return { ms, file: result.file.meta, thumb: result.thumb.meta };
  },
  /**
   * The floor of that work, in the browser itself: decoding the same file once, drawing it on a
   * canvas of the photo's size as the app does (so the encoder has the same pixels) and encoding that once, as the
   * app's first try does (WebP at 0.8).
   */
  async floor(name: string) {
    const t = now();
    const bitmap = await createImageBitmap(blobOf(name));
    const decodeMs = now() - t;
    const ratio = Math.min(1, PHOTO_LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = new OffscreenCanvas(Math.round(bitmap.width * ratio), Math.round(bitmap.height * ratio));
    const g = canvas.getContext('2d')!;
    g.imageSmoothingQuality = 'high';
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
    return { ms: now() - t, decodeMs, bytes: blob.size };
  },
  /** The bytes of image `name`, in base64, for a file input. */
  async base64(name: string): Promise<string> {
    const bytes = new Uint8Array(await blobOf(name).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  },
  forget: (name: string) => void made.delete(name),
};
(globalThis as { photoBench?: typeof photoBench }).photoBench = photoBench;
export type PhotoBench = typeof photoBench;
