/** What the person sees of photos' files, apart from the records' changes: "3 photos waiting". */
export interface PhotoStatus {
  /** Photos with a file not yet on the server. */
  waiting: number;
  sending: boolean;
  /** Why the last pass stopped early (the next sync tries again). */
  error?: 'offline' | 'rate_limited' | 'server_busy' | undefined;
  /** Files the server refused; they stay on this device. */
  refused: number;
}
