// Draws the app icons (PNG, no dependencies): a green tile with three rising white bars, the
// "capacity growing" mark. Maskable icons keep the mark inside the 80% safe zone on a full bleed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BRAND = [0x0b, 0x5d, 0x4b];
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

function icon(size, { maskable }) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const radius = maskable ? 0 : size * 0.18;
  const inset = maskable ? size * 0.2 : size * 0.14; // the mark's margin
  const area = size - 2 * inset;
  const barW = area / 5;
  const bars = [0.45, 0.7, 1].map((h, i) => ({ x0: inset + i * 2 * barW, x1: inset + i * 2 * barW + barW, y0: inset + area * (1 - h) }));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0;
    for (let x = 0; x < size; x++) {
      const i = row + 1 + x * 4;
      const cx = Math.max(radius - x, x - (size - 1 - radius), 0);
      const cy = Math.max(radius - y, y - (size - 1 - radius), 0);
      const inside = radius === 0 || cx * cx + cy * cy <= radius * radius;
      const onBar = bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < inset + area);
      const [r, g, bl] = onBar ? [255, 255, 255] : BRAND;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = bl;
      raw[i + 3] = inside ? 255 : 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, { maskable: false }));
writeFileSync('public/icons/icon-512.png', icon(512, { maskable: false }));
writeFileSync('public/icons/maskable-512.png', icon(512, { maskable: true }));
writeFileSync(
  'public/favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#0b5d4b"/><g fill="#fff"><rect x="14" y="48" width="14" height="38"/><rect x="43" y="30" width="14" height="56"/><rect x="72" y="14" width="14" height="72"/></g></svg>\n`,
);
console.log('icons written to public/');
