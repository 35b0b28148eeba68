import { downloadBlob } from './download.ts';

/**
 * Hand a file to the system's share sheet (Bluetooth, Nearby Share, a messenger) where the browser
 * can share files, else save it on the device. A share the person closed is 'cancelled'.
 */
export async function shareOrSave(blob: Blob, fileName: string, title: string): Promise<'shared' | 'saved' | 'cancelled'> {
  const file = new File([blob], fileName, { type: blob.type });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return 'cancelled';
      // Not allowed here (no user gesture left, a policy): save it instead.
    }
  }
  downloadBlob(blob, fileName);
  return 'saved';
}
