// Draws the app icons (PNG, no dependencies): a green tile with three rising white bars, the
// "capacity growing" mark. Run `node scripts/make-icons.mjs` after changing a shape; the PNGs are
// committed. tests/unit/app/pwa/manifest.test.ts checks what the manifest promises about them.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BRAND = [0x0b, 0x5d, 0x4b];
const WHITE = [255, 255, 255];
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Samples per pixel side: edges are smoothed by averaging SS x SS points of each pixel. */
const SS = 4;

/**
 * A PNG of `size` x `size` pixels. `shape(u, v)` tells, for a point in 0..1 coordinates, whether it
 * is on the tile (`tile`) and on the white mark (`mark`). With `opaque`, the tile fills every pixel.
 */
function png(size, { shape, opaque }) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0;
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const s = shape((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (opaque || s.tile) tile++;
          if (s.mark) mark++;
        }
      const m = mark / (SS * SS);
      const i = row + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[i + c] = Math.round(BRAND[c] * (1 - m) + WHITE[c] * m);
      raw[i + 3] = Math.round((255 * tile) / (SS * SS));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A tile with rounded corners (radius `r`), or a full square when `r` is 0. */
const roundedTile = (r) => (u, v) => {
  const cx = Math.max(r - u, u - (1 - r), 0);
  const cy = Math.max(r - v, v - (1 - r), 0);
  return r === 0 || cx * cx + cy * cy <= r * r;
};

/** The three rising bars inside a margin of `inset` on each side. */
const bars = (inset) => (u, v) => {
  const area = 1 - 2 * inset;
  const w = area / 5;
  return [0.45, 0.7, 1].some((h, i) => u >= inset + i * 2 * w && u < inset + i * 2 * w + w && v >= inset + area * (1 - h) && v < 1 - inset);
};

const appIcon = (size) => png(size, { shape: (u, v) => ({ tile: roundedTile(0.18)(u, v), mark: bars(0.14)(u, v) }) });
// Maskable: the launcher crops to its own shape, anything outside the central circle of 80% may be
// cut off. The bars' outer corners sit at 0.25 * sqrt(2) = 0.354 of the side from the centre, inside 0.4.
const maskable = (size) => png(size, { opaque: true, shape: (u, v) => ({ tile: true, mark: bars(0.25)(u, v) }) });
// iOS rounds the corners itself and shows transparency as black: a full, opaque square.
const appleTouch = (size) => png(size, { opaque: true, shape: (u, v) => ({ tile: true, mark: bars(0.18)(u, v) }) });

// Shortcut icons: a white sign on the full tile, well inside the circle a launcher may crop to.
const dist = (u, v) => Math.hypot(u - 0.5, v - 0.5);
const plus = (u, v) => (Math.abs(u - 0.5) < 0.06 && Math.abs(v - 0.5) < 0.24) || (Math.abs(v - 0.5) < 0.06 && Math.abs(u - 0.5) < 0.24);
const lines = (u, v) => u > 0.28 && u < 0.72 && [0.32, 0.5, 0.68].some((y) => Math.abs(v - y) < 0.045);
const gear = (u, v) => {
  const r = dist(u, v);
  const tooth = Math.floor(((Math.atan2(v - 0.5, u - 0.5) + Math.PI) / (2 * Math.PI)) * 16) % 2 === 0;
  return r > 0.1 && r < (tooth ? 0.3 : 0.24);
};
const shortcut = (sign) => png(96, { opaque: true, shape: (u, v) => ({ tile: true, mark: sign(u, v) }) });

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', appIcon(192));
writeFileSync('public/icons/icon-512.png', appIcon(512));
writeFileSync('public/icons/maskable-512.png', maskable(512));
writeFileSync('public/apple-touch-icon.png', appleTouch(180));
writeFileSync('public/icons/shortcut-new-96.png', shortcut(plus));
writeFileSync('public/icons/shortcut-compendium-96.png', shortcut(lines));
writeFileSync('public/icons/shortcut-settings-96.png', shortcut(gear));
writeFileSync(
  'public/favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#0b5d4b"/><g fill="#fff"><rect x="14" y="48" width="14" height="38"/><rect x="43" y="30" width="14" height="56"/><rect x="72" y="14" width="14" height="72"/></g></svg>\n`,
);
console.log('icons written to public/');
