/**
 * How much photos may take on a device before it offers to drop the originals the server holds:
 * 500 MB is some 2,000 shrunk photos, a year of workshops, and a fifth of what Chrome gives a
 * site on a 16 GB phone with half its space free.
 */
const PHOTO_BUDGET_BYTES = 500 * 1024 * 1024;

/** Share of the browser's quota in use past which space is short, whatever photos take. */
const SPACE_SHORT_SHARE = 0.8;

/** Whether to offer to drop sent originals: photos over their budget, or the device's space short, and something to drop. */
export function spaceIsShort(photos: { bytes: number; droppable: number }, storage: { usage: number; quota: number } | undefined): boolean {
  if (photos.droppable === 0) return false;
  return photos.bytes > PHOTO_BUDGET_BYTES || (storage !== undefined && storage.quota > 0 && storage.usage / storage.quota > SPACE_SHORT_SHARE);
}
