/**
 * Small image files for tests, as a browser's canvas writes them (8 x 6 pixels, with the colour
 * profile Chromium adds), and builders of hostile files from them.
 */
const fromBase64 = (b64: string) => Uint8Array.from(Buffer.from(b64, 'base64'));
export const ascii = (text: string) => new TextEncoder().encode(text);
export const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** An 8 x 6 JPEG as Chromium's canvas encodes it (JFIF, ICC profile, no EXIF). */
export const tinyJpeg = () =>
  fromBase64(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAGAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAcEAABBAMBAAAAAAAAAAAAAAABAAIDBBIiUfD/xAAVAQEBAAAAAAAAAAAAAAAAAAADBv/EABoRAAIDAQEAAAAAAAAAAAAAAAEDAAIRITH/2gAMAwEAAhEDEQA/AIUqjKcRjiLi0uy2PuIiIQM4JCudd9yxh2x9M//Z',
  );
/** An 8 x 6 lossy WebP as Chromium's canvas encodes it (VP8X, ICC profile, VP8). */
export const tinyWebp = () =>
  fromBase64(
    'UklGRiQCAABXRUJQVlA4WAoAAAAgAAAABwAABQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggNgAAAHABAJ0BKggABgABQCYlsAJ0ACFAAP7eAowvJzoWmmT9L3/5V9pEP/2yRwH/8aR//TSPlNAAAA==',
  );
/** An 8 x 6 PNG as Chromium's canvas encodes it. */
export const tinyPng = () =>
  fromBase64('iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAYAAAD+Bd/7AAAANElEQVR4AYSMsQ0AQAgCiSuxwu/kDL+KS2ploTHhkmsIYEFmy/DcGgS68P2hxYF+OEYjKgAAAP//LCXCIAAAAAZJREFUAwD4DxWlb+WjaAAAAABJRU5ErkJggg==');

/** A JPEG with an EXIF segment (APP1) right after its start, naming a place. */
export function jpegWithExif(): Uint8Array {
  const jpeg = tinyJpeg();
  const payload = ascii('Exif\0\0MM\0*GPS 14.6928N 17.4467W');
  const segment = concat(Uint8Array.of(0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff), payload);
  return concat(jpeg.subarray(0, 2), segment, jpeg.subarray(2));
}

/** A PNG's signature and header claiming `width` x `height`, with one empty data chunk and its end. */
export function pngOfSize(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const head = new Uint8Array(8);
    new DataView(head.buffer).setUint32(0, data.length);
    head.set(ascii(type), 4);
    return concat(head, data, new Uint8Array(4));
  };
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array(0)), chunk('IEND', new Uint8Array(0)));
}

/** An SVG that runs a script when opened. */
export const svgWithScript = () => ascii('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>');
/** A file cut after `fraction` of its bytes. */
export const truncated = (bytes: Uint8Array, fraction = 0.6) => bytes.slice(0, Math.floor(bytes.length * fraction));
/** An image with a page appended after its end: opened as HTML, the script runs. */
export const withHtmlAppended = (bytes: Uint8Array) => concat(bytes, ascii('<html><body><script>alert(1)</script></body></html>'));
/** An image with a ZIP archive's local header appended after its end. */
export const withZipAppended = (bytes: Uint8Array) => concat(bytes, Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0), ascii('evil.js'));
