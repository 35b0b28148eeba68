import { describe, expect, it } from 'vitest';
import { inputImageProblem, storedPhotoProblem } from '../../../../src/shared/photos/inspect-image.ts';
import { jpegWithExif, pngOfSize, svgWithScript, tinyJpeg, tinyPng, tinyWebp, truncated, withHtmlAppended, withZipAppended } from '../../../support/image-bytes.ts';

describe('inspecting an image from its bytes', () => {
  it('takes what a browser writes, whole', () => {
    for (const bytes of [tinyJpeg(), tinyWebp(), tinyPng()]) expect(inputImageProblem(bytes)).toBeUndefined();
  });

  it('says a cut file is truncated, at any cut', () => {
    for (const image of [tinyJpeg(), tinyWebp(), tinyPng()]) {
      for (const fraction of [0.2, 0.5, 0.9, 0.99]) expect(inputImageProblem(truncated(image, fraction)), `${fraction}`).toBe('truncated');
    }
  });

  it('refuses what is not an image', () => {
    for (const bytes of [svgWithScript(), new TextEncoder().encode('<html><script>1</script></html>'), new Uint8Array(0), Uint8Array.of(0xff, 0xd8)]) {
      expect(inputImageProblem(bytes)).toMatch(/not_an_image|truncated/);
    }
    expect(inputImageProblem(svgWithScript())).toBe('not_an_image');
  });
});

describe('a file from the camera or the gallery', () => {
  it('is taken with its metadata, which shrinking removes', () => {
    expect(inputImageProblem(tinyJpeg())).toBeUndefined();
    expect(inputImageProblem(jpegWithExif())).toBeUndefined();
    expect(inputImageProblem(tinyPng())).toBeUndefined();
  });

  it('is refused from its header when it has too many pixels, before anything is decoded', () => {
    expect(inputImageProblem(pngOfSize(20_000, 20_000))).toBe('too_large');
    expect(inputImageProblem(pngOfSize(12_001, 10))).toBe('too_large');
    expect(inputImageProblem(pngOfSize(4000, 3000))).toBeUndefined();
  });

  it('is refused when another file hides after the image', () => {
    expect(inputImageProblem(withHtmlAppended(tinyJpeg()))).toBe('hidden_content');
    expect(inputImageProblem(withZipAppended(tinyJpeg()))).toBe('hidden_content');
    expect(inputImageProblem(withHtmlAppended(tinyPng()))).toBe('hidden_content');
  });
});

describe('a stored photo, as the server checks it', () => {
  it('takes what the app writes, of its declared type', () => {
    expect(storedPhotoProblem(tinyWebp(), 'image/webp')).toBeUndefined();
    expect(storedPhotoProblem(tinyJpeg(), 'image/jpeg')).toBeUndefined();
    expect(storedPhotoProblem(tinyJpeg(), 'image/webp')).toBe('not_an_image');
  });

  it('refuses metadata, trailing bytes, other formats and oversized images', () => {
    expect(storedPhotoProblem(jpegWithExif(), 'image/jpeg')).toBe('metadata');
    expect(storedPhotoProblem(withHtmlAppended(tinyJpeg()), 'image/jpeg')).toBe('hidden_content');
    expect(storedPhotoProblem(Uint8Array.of(...tinyJpeg(), 0), 'image/jpeg')).toBe('hidden_content');
    expect(storedPhotoProblem(tinyPng(), 'image/jpeg')).toBe('not_an_image');
    expect(storedPhotoProblem(svgWithScript(), 'image/webp')).toBe('not_an_image');
    expect(storedPhotoProblem(truncated(tinyWebp()), 'image/webp')).toBe('truncated');
  });
});
