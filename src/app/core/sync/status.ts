/** What the person sees about sync; the engine publishes it, the UI only reads it. */
export type SyncErrorCode =
  | 'offline'
  | 'unauthorized'
  | 'protocol_outdated'
  | 'server_error'
  | 'rate_limited'
  | 'server_busy'
  | 'rejected'
  | 'no_key'
  /** No WebCrypto here (a plain-http address): the device has no key to prove who it is. */
  | 'insecure_origin'
  /** An administrator revoked the access key. */
  | 'key_revoked'
  /** A participant's join link no longer opens its workshop (a new invitation replaced it). */
  | 'invitation_retired'
  /** The server could not verify this device's proof of its identity. */
  | 'device_unproven'
  /** The request body came too slowly and the server stopped waiting. */
  | 'request_timeout'
  /** A workshop's owner removed this device's key from its co-facilitators: its changes there were refused. */
  | 'cofacilitator_removed';

export interface SyncStatus {
  state: 'idle' | 'syncing' | 'error';
  /** Epoch ms of the last successful round trip. */
  lastSuccess?: number | undefined;
  error?: SyncErrorCode | undefined;
  /** Changes the server refused, kept aside on the device. */
  rejected: number;
  /** Of those, the changes to workshops this device's key no longer co-facilitates. */
  removed?: number | undefined;
  /** During a large push: changes sent so far out of those waiting when it started. */
  progress?: { done: number; total: number } | undefined;
}

/** A value the engine publishes and the UI reads: the sync's status, or the photos'. */
export function createStatus<T extends object = SyncStatus>(initial: T) {
  type Listener = (s: T) => void;
  let current = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    set(patch: Partial<T>) {
      current = { ...current, ...patch };
      for (const l of listeners) l(current);
    },
    subscribe(l: Listener): () => void {
      listeners.add(l);
      l(current);
      return () => listeners.delete(l);
    },
  };
}
