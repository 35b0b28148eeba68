import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
export { parseCsv } from '../../support/csv.ts';

/** Click a button that starts a download and return the saved file's name and bytes. */
export async function download(page: Page, start: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Pages in a PDF Chromium printed (each page object says `/Type /Page`). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}
