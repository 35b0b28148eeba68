import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_PRECACHED, WEB_MANIFEST } from '../../../../scripts/web-manifest.ts';
import { parseRoute } from '../../../../src/shared/routes.ts';
import { decodePng, type Pixels } from '../../../support/png.ts';

const PUBLIC = join(import.meta.dirname, '../../../../public');
const png = (src: string): Pixels => decodePng(readFileSync(join(PUBLIC, src)));
const sizeOf = (p: Pixels) => `${p.width}x${p.height}`;
const pixel = (p: Pixels, x: number, y: number) => Array.from(p.rgba.subarray((y * p.width + x) * 4, (y * p.width + x) * 4 + 4));

describe('the web app manifest', () => {
  it('declares icons whose files have the declared sizes, for any shape and for masking', () => {
    for (const icon of WEB_MANIFEST.icons) expect(sizeOf(png(icon.src)), icon.src).toBe(icon.sizes);
    expect(WEB_MANIFEST.icons.filter((i) => i.purpose === 'any').length).toBeGreaterThanOrEqual(2);
    expect(WEB_MANIFEST.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('keeps the maskable icon’s mark inside the safe zone, on an opaque background', () => {
    for (const icon of WEB_MANIFEST.icons.filter((i) => i.purpose === 'maskable')) {
      const p = png(icon.src);
      const background = pixel(p, 0, 0);
      expect(background[3]).toBe(255);
      // The safe zone is the central circle whose diameter is 80% of the icon's side.
      const radius = 0.4 * p.width;
      let outside = 0;
      let marked = 0;
      let seeThrough = 0;
      for (let y = 0; y < p.height; y++)
        for (let x = 0; x < p.width; x++) {
          const px = pixel(p, x, y);
          if (px[3] !== 255) seeThrough++;
          if (px.every((v, i) => v === background[i])) continue;
          marked++;
          // The farthest corner of the pixel from the centre must be inside.
          const dx = Math.max(Math.abs(x - p.width / 2), Math.abs(x + 1 - p.width / 2));
          const dy = Math.max(Math.abs(y - p.height / 2), Math.abs(y + 1 - p.height / 2));
          if (Math.hypot(dx, dy) > radius) outside++;
        }
      expect(marked).toBeGreaterThan(0.05 * p.width * p.height);
      expect(outside).toBe(0);
      expect(seeThrough).toBe(0);
    }
  });

  it('has an opaque 180 x 180 Apple touch icon, linked from the page', () => {
    const p = png('apple-touch-icon.png');
    expect(sizeOf(p)).toBe('180x180');
    expect(p.rgba.filter((v, i) => i % 4 === 3 && v !== 255).length).toBe(0);
    const html = readFileSync(join(PUBLIC, '../index.html'), 'utf8');
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png" />');
    expect(html).toMatch(/<meta name="apple-mobile-web-app-capable" content="yes" \/>/);
    expect(html).toMatch(/<meta name="apple-mobile-web-app-title" content="[^"]+" \/>/);
  });

  it('has a narrow and a wide screenshot of the declared sizes, small enough for the install sheet, kept out of the precache', () => {
    expect(WEB_MANIFEST.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const shot of WEB_MANIFEST.screenshots) {
      const p = png(shot.src);
      expect(sizeOf(p), shot.src).toBe(shot.sizes);
      expect(p.width < p.height, shot.src).toBe(shot.form_factor === 'narrow');
      expect(statSync(join(PUBLIC, shot.src)).size, shot.src).toBeLessThan(150 * 1024);
      expect(shot.src.startsWith('/screenshots/')).toBe(true);
    }
    expect(NOT_PRECACHED).toContain('screenshots/**');
  });

  it('has shortcuts to screens of the route table, each with a 96 px icon', () => {
    expect(WEB_MANIFEST.shortcuts.length).toBeGreaterThanOrEqual(3);
    for (const s of WEB_MANIFEST.shortcuts) {
      expect(parseRoute(s.url).name, s.url).not.toBe('notFound');
      for (const icon of s.icons) expect(sizeOf(png(icon.src)), icon.src).toBe(icon.sizes);
      expect(s.icons[0]?.sizes).toBe('96x96');
    }
  });
});
