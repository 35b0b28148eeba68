import { inflateSync } from 'node:zlib';

/** A decoded PNG: its size and its pixels as RGBA, row by row. */
export interface Pixels {
  width: number;
  height: number;
  /** Bit depth, colour type and interlace method, as the header states them. */
  depth: number;
  colourType: number;
  interlaced: boolean;
  rgba: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * Decode an 8-bit, non-interlaced greyscale, RGB or RGBA PNG (what the icon script and Chromium's
 * screenshots write) with node:zlib; any other kind throws, so a test never reads it wrongly.
 */
export function decodePng(bytes: Uint8Array): Pixels {
  const buf = Buffer.from(bytes);
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let at = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (at < buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  if (!header) throw new Error('PNG without a header');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const depth = header[8]!;
  const colourType = header[9]!;
  const interlaced = header[12] === 1;
  const channels = CHANNELS[colourType];
  if (depth !== 8 || channels === undefined || interlaced) throw new Error(`PNG kind not read here: depth ${depth}, colour type ${colourType}`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      rows[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const px = rows.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, alpha] = channels >= 3 ? [px[0]!, px[1]!, px[2]!, channels === 4 ? px[3]! : 255] : [px[0]!, px[0]!, px[0]!, channels === 2 ? px[1]! : 255];
    rgba.set([r, g, b, alpha], i * 4);
  }
  return { width, height, depth, colourType, interlaced, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
