import { strToU8, zipSync } from 'fflate';

/**
 * CSV files in one zip, and other files as they are (photos, already compressed, are stored, not
 * deflated again). Synchronous on purpose: it runs in the export worker, where blocking is
 * harmless and a single buffer is what gets transferred back.
 */
export function zipCsv(files: readonly { name: string; text: string }[], stored: readonly { name: string; bytes: Uint8Array }[] = []): Uint8Array {
  return zipSync(
    {
      ...Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])),
      ...Object.fromEntries(stored.map((f) => [f.name, [f.bytes, { level: 0 }] as const])),
    },
    { level: 6 },
  );
}
