import { describe, expect, it } from 'vitest';
import { inputImageProblem, inspectImage, storedPhotoProblem } from '../../../../src/shared/photos/inspect-image.ts';
import { concat, tinyJpeg, tinyPng, tinyWebp } from '../../../support/image-bytes.ts';
import { PAGE, chunk, gifOfSize, jpegClaiming, jpegWithSegment, jpegWithTwoFrames, jpegWithoutScan, riff, segment, vp8Claiming, webpChunks } from '../../../support/hostile-images.ts';

const ascii = (text: string) => new TextEncoder().encode(text);
const zip = concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0), ascii('evil.js'));

describe('a stored photo crafted to pass the server', () => {
  const { vp8x, iccp, vp8 } = webpChunks();
  const refused: [string, Uint8Array, 'image/jpeg' | 'image/webp', string][] = [
    ['a JPEG with a page inside its JFIF segment', jpegWithSegment(0xe0, concat(ascii('JFIF\0'), PAGE)), 'image/jpeg', 'hidden_content'],
    ['a JPEG with a page as a quantisation table', jpegWithSegment(0xdb, PAGE), 'image/jpeg', 'hidden_content'],
    ['a JPEG with a page as its colour profile', jpegWithSegment(0xe2, concat(ascii('ICC_PROFILE\0'), PAGE)), 'image/jpeg', 'hidden_content'],
    ['a JPEG with a ZIP in an Adobe segment', jpegWithSegment(0xee, concat(ascii('Adobe'), zip)), 'image/jpeg', 'hidden_content'],
    ['a JPEG without any scan (no image data)', jpegWithoutScan(), 'image/jpeg', 'not_an_image'],
    ['a JPEG with a second frame header claiming 65,535 x 65,535 before its own', jpegWithTwoFrames(65_535, 65_535), 'image/jpeg', 'not_an_image'],
    ['a JPEG whose frame claims 65,535 x 65,535', jpegClaiming(65_535, 65_535), 'image/jpeg', 'too_large'],
    ['a WebP with a header and a colour profile but no image', riff(concat(vp8x, iccp)), 'image/webp', 'not_an_image'],
    ['a WebP with a page as its colour profile', riff(concat(vp8x, chunk('ICCP', PAGE), vp8)), 'image/webp', 'hidden_content'],
    ['a WebP with bytes inside its RIFF after the last chunk', riff(concat(vp8x, iccp, vp8, ascii('<svg>'))), 'image/webp', 'hidden_content'],
    ['a WebP whose last chunk runs past the RIFF size by its padding', riff(concat(vp8x, iccp, vp8, chunk('ICCP', ascii('odd')))).subarray(0, -1), 'image/webp', 'truncated'],
    ['a WebP animation with a page as a frame', riff(concat(vp8x, chunk('ANIM', new Uint8Array(6)), chunk('ANMF', PAGE), vp8)), 'image/webp', 'hidden_content'],
    ['a WebP whose frame claims 16,000 x 16,000 under a header of 8 x 6', riff(concat(vp8x, iccp, vp8Claiming(16_000, 16_000))), 'image/webp', 'not_an_image'],
    ['a WebP with two images', riff(concat(vp8x, iccp, vp8, vp8)), 'image/webp', 'hidden_content'],
    ['a PNG labelled JPEG', tinyPng(), 'image/jpeg', 'not_an_image'],
    ['a PNG labelled WebP', tinyPng(), 'image/webp', 'not_an_image'],
    ['a GIF labelled JPEG', gifOfSize(8, 6), 'image/jpeg', 'not_an_image'],
    ['a JPEG labelled WebP', tinyJpeg(), 'image/webp', 'not_an_image'],
  ];
  for (const [what, bytes, type, problem] of refused) {
    it(`refuses ${what}: ${problem}`, () => {
      expect(storedPhotoProblem(bytes, type)).toBe(problem);
    });
  }

  it('still takes what a browser writes, and a JPEG with a second JFIF extension segment', () => {
    expect(storedPhotoProblem(tinyJpeg(), 'image/jpeg')).toBeUndefined();
    expect(storedPhotoProblem(tinyWebp(), 'image/webp')).toBeUndefined();
    expect(storedPhotoProblem(jpegWithSegment(0xe0, ascii('JFXX file 1')), 'image/jpeg')).toBeUndefined();
    // An empty segment is odd, not hostile: it is read past, never looped on.
    expect(inspectImage(jpegWithSegment(0xe0, new Uint8Array(0))).ok).toBe(true);
    expect(inspectImage(concat(tinyJpeg().subarray(0, 2), Uint8Array.of(0xff, 0xe0, 0, 0), tinyJpeg().subarray(2)))).toEqual({ ok: false, problem: 'not_an_image' });
  });
});

describe('the inspector on 2 MiB of adversarial bytes', () => {
  const MiB2 = 2 * 1024 * 1024;
  const filled = (head: Uint8Array, pattern: number[], tail: Uint8Array = new Uint8Array(0)) => {
    const body = new Uint8Array(MiB2 - head.length - tail.length);
    for (let i = 0; i < body.length; i++) body[i] = pattern[i % pattern.length]!;
    return concat(head, body, tail);
  };
  const jpeg = tinyJpeg();
  const sos = jpeg.findIndex((byte, i) => byte === 0xff && jpeg[i + 1] === 0xda);
  const markupSegments = concat(...Array.from({ length: 32 }, () => segment(0xe0, filled(new Uint8Array(0), [0x3c, 0x20, 0x20, 0x73], new Uint8Array(0)).subarray(0, 65_000))));
  const cases: [string, Uint8Array][] = [
    ['a JPEG start and fill bytes', filled(Uint8Array.of(0xff, 0xd8), [0xff])],
    ['a JPEG of restart markers', filled(Uint8Array.of(0xff, 0xd8), [0xff, 0xd0])],
    ['a JPEG scan of stuffed and fill bytes', filled(jpeg.subarray(0, sos + 14), [0xff, 0x00, 0xff, 0xff, 0xd3], Uint8Array.of(0xff, 0xd9))],
    ['a JPEG of segments of "<" and spaces', concat(jpeg.subarray(0, sos), markupSegments, jpeg.subarray(sos))],
    ['a JPEG of empty segments', filled(Uint8Array.of(0xff, 0xd8), [0xff, 0xe0, 0, 2])],
    ['a WebP of empty chunks', riff(filled(new Uint8Array(0), [0x4a, 0x55, 0x4e, 0x4b, 0, 0, 0, 0]).subarray(0, MiB2 - 12))],
    ['a PNG of empty chunks', filled(tinyPng().subarray(0, 33), [0, 0, 0, 0, 0x74, 0x45, 0x58, 0x74, 0, 0, 0, 0])],
    ['a JPEG followed by "<" and spaces', filled(jpeg, [0x3c, 0x20, 0x09, 0x20])],
  ];
  for (const [what, bytes] of cases) {
    // Each read is one pass over the bytes; a parse that looped would end in the test's own timeout
    // rather than in a verdict. How long a read takes is for a benchmark, not a test.
    it(`reads ${what} to a verdict without throwing`, () => {
      expect(() => [inspectImage(bytes), inputImageProblem(bytes), storedPhotoProblem(bytes, 'image/jpeg'), storedPhotoProblem(bytes, 'image/webp')]).not.toThrow();
    });
  }
});
