/**
 * How the sending of photos' files goes, apart from the records' changes. How many photos wait
 * ("3 photos waiting") is read from the device's storage (`photosWaiting`), not kept here.
 */
export interface PhotoStatus {
  sending: boolean;
  /** Why the last pass stopped early (the next sync tries again). */
  error?: 'offline' | 'rate_limited' | 'server_busy' | undefined;
  /** Files the server refused; they stay on this device. */
  refused: number;
}
