import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'uqr';
import { loadQrReader } from '../../../../../src/app/features/handover/camera/decoder.ts';
import { cameraProblem } from '../../../../../src/app/features/handover/camera/camera-problem.ts';

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** A hand-in frame's text: the prefix and Base45 characters, all in the QR alphanumeric mode. */
function handInText(length: number): string {
  let seed = 7;
  let body = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    body += BASE45[seed % BASE45.length];
  }
  return `WC1:${body}`;
}

/** The code as a screen shows it: black modules on white, `px` pixels each, RGBA like a canvas gives. */
function rendered(text: string, px = 4): ImageData {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const width = size * px;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < px; dy++) {
        for (let dx = 0; dx < px; dx++) {
          const at = ((y * px + dy) * width + x * px + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }),
  );
  return { data: pixels, width, height: width, colorSpace: 'srgb' } satisfies ImageData;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the QR reader without a BarcodeDetector (jsQR)', () => {
  it('reads a hand-in frame of about 350 alphanumeric characters', async () => {
    const text = handInText(346);
    expect(text).toHaveLength(350);
    const read = await loadQrReader();
    expect(await read(rendered(text))).toEqual([text]);
  });

  it('finds nothing in a blank frame', async () => {
    const read = await loadQrReader();
    const blank = new Uint8ClampedArray(200 * 200 * 4).fill(255);
    expect(await read({ data: blank, width: 200, height: 200, colorSpace: 'srgb' })).toEqual([]);
  });

  it('is used when the browser has a BarcodeDetector that cannot read QR codes', async () => {
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = () => Promise.resolve(['ean_13']);
        detect = () => Promise.reject(new Error('not this one'));
      },
    );
    const read = await loadQrReader();
    expect(await read(rendered('WC1:ABC'))).toEqual(['WC1:ABC']);
  });
});

describe('the QR reader with a BarcodeDetector that reads QR codes', () => {
  it('hands every code the browser found', async () => {
    const formats: string[][] = [];
    vi.stubGlobal(
      'BarcodeDetector',
      class {
        static getSupportedFormats = () => Promise.resolve(['qr_code', 'ean_13']);
        constructor(options: { formats: string[] }) {
          formats.push(options.formats);
        }
        detect = () => Promise.resolve([{ rawValue: 'WC1:A' }, { rawValue: 'WC1:B' }]);
      },
    );
    const read = await loadQrReader();
    expect(await read(rendered('ignored'))).toEqual(['WC1:A', 'WC1:B']);
    expect(formats).toEqual([['qr_code']]);
  });
});

describe('camera problems', () => {
  it.each([
    ['NotAllowedError', 'refused'],
    ['SecurityError', 'refused'],
    ['NotFoundError', 'missing'],
    ['OverconstrainedError', 'missing'],
    ['NotReadableError', 'busy'],
    ['AbortError', 'busy'],
    ['TypeError', 'unsupported'],
    ['SomethingNew', 'failed'],
  ])('%s reads as %s', (name, problem) => {
    expect(cameraProblem(Object.assign(new Error('camera'), { name }))).toBe(problem);
  });

  it('anything that is not an error reads as failed', () => {
    expect(cameraProblem(undefined)).toBe('failed');
  });
});
