/**
 * Just enough of the zip format for spreadsheets (an .xlsx is a zip of XML files): write a few
 * files, and read the ones asked for from a zip a spreadsheet program saved. The browser's own
 * (De)CompressionStream does the deflating, so no library is needed. A file from outside may be
 * a zip bomb: every size is capped, and inflating stops as soon as an entry outgrows its cap.
 */

export class ZipError extends Error {
  readonly code: 'not_zip' | 'too_big';
  constructor(code: 'not_zip' | 'too_big', message: string) {
    super(message);
    this.code = code;
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, cap: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel();
      throw new ZipError('too_big', `an entry inflates past ${cap} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const utf8 = new TextEncoder();

/** A zip of the given files, each deflated, with the CRC-32 and sizes every reader checks. */
export async function writeZip(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const f of files) {
    const name = utf8.encode(f.name);
    const data = await through(f.bytes, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
    const crc = crc32(f.bytes);
    const local = new Uint8Array(30 + name.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    l.setUint16(6, 0x0800, true); // names are UTF-8
    l.setUint16(8, 8, true); // deflate
    l.setUint32(10, 0x00210000, true); // 1980-01-01 00:00, the zip epoch: the file carries no date
    l.setUint32(14, crc, true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, f.bytes.length, true);
    l.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, 0x0800, true);
    c.setUint16(10, 8, true);
    c.setUint32(12, 0x00210000, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, f.bytes.length, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, files.length, true);
  e.setUint16(10, files.length, true);
  e.setUint32(12, centralSize, true);
  e.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export interface ZipLimits {
  /** The most one entry may hold once inflated. */
  entryBytes: number;
  /** The most all entries read may hold together. */
  totalBytes: number;
  /** The most entries the zip may list. */
  entries: number;
}

interface Entry {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The zip's table of contents, from its central directory (the local headers may leave sizes out). */
function directory(bytes: Uint8Array, limits: ZipLimits): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('not_zip', 'no end of central directory');
  const count = view.getUint16(end + 10, true);
  if (count > limits.entries) throw new ZipError('too_big', `more than ${limits.entries} entries`);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, Entry>();
  const names = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new ZipError('not_zip', 'a broken central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * The named files of a zip (those present), inflated and checked against their CRC-32. A declared
 * size is not trusted: inflating is cut off at the cap whatever the header claims.
 */
export async function readZip(bytes: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits): Promise<Map<string, Uint8Array>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const [name, entry] of directory(bytes, limits)) {
    if (!wanted(name)) continue;
    if (entry.size > limits.entryBytes) throw new ZipError('too_big', `${name} is larger than ${limits.entryBytes} bytes`);
    const at = entry.offset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ZipError('not_zip', `a broken entry ${name}`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const raw = bytes.subarray(start, start + entry.compressed);
    if (raw.length !== entry.compressed) throw new ZipError('not_zip', `${name} is cut short`);
    let data: Uint8Array;
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) {
      try {
        data = await through(raw, new DecompressionStream('deflate-raw'), limits.entryBytes);
      } catch (err) {
        if (err instanceof ZipError) throw err;
        throw new ZipError('not_zip', `${name} does not inflate`);
      }
    } else throw new ZipError('not_zip', `${name} uses compression method ${entry.method}`);
    if (data.length > limits.entryBytes) throw new ZipError('too_big', `${name} is larger than ${limits.entryBytes} bytes`);
    if (crc32(data) !== entry.crc) throw new ZipError('not_zip', `${name} fails its checksum`);
    total += data.length;
    if (total > limits.totalBytes) throw new ZipError('too_big', `the files add up to more than ${limits.totalBytes} bytes`);
    out.set(name, data);
  }
  return out;
}
