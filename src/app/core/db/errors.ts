/** Stable codes for storage failures; the UI turns them into words (see i18n `error.*`). */
export type StorageErrorCode = 'not_found' | 'invalid_record' | 'record_too_large' | 'quota_exceeded' | 'write_failed';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] = [],
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/**
 * Told whenever a write finds the device's storage full, whichever screen or sync made it, so the
 * app can say so once, offer the export, and keep reading.
 */
export const storageFullListeners = new Set<() => void>();

/** Wrap what IndexedDB or Dexie threw into a StorageError with a stable code. */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const names = [(err as { name?: string })?.name, (err as { inner?: { name?: string } })?.inner?.name];
  if (names.includes('QuotaExceededError')) {
    for (const listener of storageFullListeners) listener();
    return new StorageError('quota_exceeded', 'device storage is full');
  }
  return new StorageError('write_failed', err instanceof Error ? err.message : String(err));
}
