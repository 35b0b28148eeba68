import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Ack } from '../../shared/sync/protocol.ts';

/**
 * What the server tells open devices after a push stored something: the feed position it reached,
 * the device that pushed (it needs no telling), the key that pushed (a facilitator's other devices
 * follow everything it writes, new workshops included) and the scopes and kinds it wrote.
 * `everything`: a note too large to list, or a gap after a lost connection: every watcher pulls.
 */
export interface ChangeNote {
  seq: number;
  device?: string | undefined;
  keyId?: string | undefined;
  changes: readonly (readonly [scope: string, kind: string])[];
  everything?: boolean | undefined;
}

/** Carries notes between the pushes of this process (or of every process, on PostgreSQL) and its watchers. */
export interface ChangeBus {
  /** Settled once the bus hears notes (a listening connection is open). */
  readonly ready: Promise<void>;
  publish(note: ChangeNote): void;
  subscribe(listener: (note: ChangeNote) => void): () => void;
  close(): Promise<void>;
}

/** A bus inside one process: enough for embedded SQLite, which one process serves. */
export function createLocalBus(): ChangeBus {
  const listeners = new Set<(note: ChangeNote) => void>();
  return {
    ready: Promise.resolve(),
    publish(note) {
      for (const l of listeners) l(note);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => listeners.clear(),
  };
}

/** The note of a push that stored up to feed position `seq`: the scopes and kinds of the mutations it applied. */
export function noteOfPush(mutations: readonly Mutation[], acks: readonly Ack[], seq: number, device: string, keyId: string | undefined): ChangeNote {
  const applied = new Set(acks.filter((a) => a.status === 'applied').map((a) => a.mutationId));
  const pairs = new Map<string, readonly [string, string]>();
  for (const m of mutations) if (applied.has(m.mutationId)) pairs.set(`${m.scope}\n${m.kind}`, [m.scope, m.kind]);
  return { seq, device, keyId, changes: [...pairs.values()] };
}
