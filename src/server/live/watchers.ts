import type { ChangeBus, ChangeNote } from './change-note.ts';

/** What one open device reads, so that it is told only of changes it would pull. */
export interface Watch {
  /** The device watching: its own pushes need no telling. Not proven: a device that lies only mutes itself. */
  device: string;
  /** Scopes read (null: every scope, a coordinator); those its key claims while it watches are added. */
  scopes: Set<string> | null;
  /** Kinds read in `scopes` (undefined: all); a participant reads some kinds of its workshop. */
  kinds?: ReadonlySet<string> | undefined;
  /** Scopes read only for `alsoKinds` (a participant reads its facilitator's frameworks). */
  alsoScopes?: ReadonlySet<string> | undefined;
  alsoKinds?: ReadonlySet<string> | undefined;
  /** A facilitator key's public id: what its other devices push is read too, in scopes claimed after the watch began. */
  keyId?: string | undefined;
  notify(seq: number): void;
}

/** How many recent notes are kept to answer "anything since position N?" of a device that polls. */
const RECENT = 1024;

/** Whether a note concerns what a watcher reads. */
export function concerns(note: ChangeNote, w: Watch): boolean {
  if (note.device !== undefined && note.device === w.device) return false;
  if (note.everything || w.scopes === null) return true;
  if (w.keyId !== undefined && note.keyId === w.keyId) return true;
  return note.changes.some(
    ([scope, kind]) =>
      (w.scopes!.has(scope) && (w.kinds === undefined || kind === '*' || w.kinds.has(kind))) || (w.alsoScopes?.has(scope) === true && (kind === '*' || w.alsoKinds?.has(kind) === true)),
  );
}

/**
 * The devices watching through this process, indexed by the scopes they read so that a note
 * reaches its watchers without a look at the others. Recent notes are kept (a bounded ring) to
 * answer a poll that names the position it last heard of.
 */
export function createWatchers(bus: ChangeBus, startSeq: () => Promise<number>) {
  const byScope = new Map<string, Set<Watch>>();
  const everyScope = new Set<Watch>();
  const byKey = new Map<string, Set<Watch>>();
  const recent: ChangeNote[] = [];
  let latest: number | undefined;
  let horizon: number | undefined;
  let count = 0;
  const known = startSeq().then((seq) => {
    horizon ??= seq;
    latest = Math.max(latest ?? 0, seq);
  });

  const add = <K>(index: Map<K, Set<Watch>>, k: K, w: Watch) => {
    let set = index.get(k);
    if (!set) index.set(k, (set = new Set()));
    set.add(w);
  };
  const remove = <K>(index: Map<K, Set<Watch>>, k: K, w: Watch) => {
    const set = index.get(k);
    set?.delete(w);
    if (set?.size === 0) index.delete(k);
  };
  const keysOf = (w: Watch) => [...(w.scopes ?? []), ...(w.alsoScopes ?? [])];

  function heard(note: ChangeNote): void {
    latest = Math.max(latest ?? 0, note.seq);
    recent.push(note);
    if (recent.length > RECENT) horizon = Math.max(horizon ?? 0, recent.shift()!.seq);
    const told = new Set<Watch>();
    const tell = (w: Watch) => {
      if (told.has(w) || !concerns(note, w)) return;
      told.add(w);
      w.notify(note.seq);
    };
    if (note.everything) {
      for (const set of [everyScope, ...byScope.values(), ...byKey.values()]) for (const w of set) tell(w);
      return;
    }
    for (const w of everyScope) tell(w);
    if (note.keyId !== undefined) {
      for (const w of byKey.get(note.keyId) ?? []) {
        // What a facilitator's key stored is its own (a push claims the scopes it writes first):
        // its other devices read those scopes from now on, a workshop made after they began watching too.
        for (const [scope] of note.changes) {
          if (w.scopes === null || w.scopes.has(scope)) continue;
          w.scopes.add(scope);
          add(byScope, scope, w);
        }
        tell(w);
      }
    }
    for (const [scope] of note.changes) for (const w of byScope.get(scope) ?? []) tell(w);
  }
  const unsubscribe = bus.subscribe(heard);

  return {
    /** Start telling a device of the changes it reads; the returned function stops it. */
    watch(w: Watch): () => void {
      count++;
      if (w.scopes === null) everyScope.add(w);
      for (const s of keysOf(w)) add(byScope, s, w);
      if (w.keyId !== undefined) add(byKey, w.keyId, w);
      let open = true;
      return () => {
        if (!open) return;
        open = false;
        count--;
        everyScope.delete(w);
        for (const s of keysOf(w)) remove(byScope, s, w);
        if (w.keyId !== undefined) remove(byKey, w.keyId, w);
      };
    },
    /**
     * Whether a change the watcher reads came after position `since`: true as well when this
     * process cannot tell (it started after `since`, or the notes since are no longer kept).
     */
    async changedSince(w: Watch, since: number): Promise<boolean> {
      await known;
      if (since < (horizon ?? 0)) return true;
      return recent.some((n) => n.seq > since && concerns(n, w));
    },
    /** The latest feed position this process knows of. */
    async latest(): Promise<number> {
      await known;
      return latest ?? 0;
    },
    get count() {
      return count;
    },
    close: unsubscribe,
  };
}
export type Watchers = ReturnType<typeof createWatchers>;
