import { strToU8, zipSync } from 'fflate';

/**
 * CSV files in one zip. Synchronous on purpose: it runs in the export worker, where blocking is
 * harmless and a single buffer is what gets transferred back.
 */
export function zipCsv(files: readonly { name: string; text: string }[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])), { level: 6 });
}
