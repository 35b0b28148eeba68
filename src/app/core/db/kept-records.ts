import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { RecordKind, RecordOf } from '../../../shared/schemas/kinds.ts';
import { changedKeys, onCommitted } from './changed-keys.ts';
import { applyChanges, reuseUnchanged, type Compare } from './kept-list.ts';
import { onOwnWrite, ownWriteInFlight } from './own-writes.ts';
import type { LocalStore } from './store.ts';

/**
 * What a list shows before its records are read (a long list's first page): the first read waits
 * until it is in (`ready`), so the database serves it first, and keeps the objects it shows then
 * (`shown`) where their value is unchanged.
 */
export interface Provisional<R> {
  ready: () => Promise<void>;
  shown: () => readonly R[] | undefined;
}

/**
 * The live records of one kind in one scope (a workshop's notes, say), kept by the screen that
 * shows them. They are read once; after that, each committed change (this tab's writes, another
 * tab's, a sync) is applied by reading only the records it names, and records that did not change
 * keep their object identity, so saving into a 20,000-note workshop costs what saving into an
 * empty one does. This tab's own writes are applied with the record as stored, not read back
 * (own-writes.ts). A change that names no records one by one (a bulk write of 50 or more, a clear)
 * re-reads the scope, still keeping the objects of records whose value is unchanged.
 * Undefined until the first read. `provisional`: what shows until then (a long list's first page).
 */
export function keptRecords<K extends RecordKind>(
  store: LocalStore,
  kind: K,
  scope: string,
  order?: Compare<RecordOf<K>>,
  provisional?: Provisional<RecordOf<K>>,
): Accessor<RecordOf<K>[] | undefined> {
  type R = RecordOf<K>;
  const repo = store.repos[kind];
  const scopeOf = (r: R) => (r as { workshopId?: string; ownerId?: string }).workshopId ?? (r as { ownerId?: string }).ownerId;
  const sorted: Compare<R> | undefined = order && ((a, b) => order(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const [records, setRecords] = createSignal<R[]>();
  // Changes wait here while a read is under way, then go in one step: no update is lost or applied twice.
  let pending: Set<string> | 'all' | undefined = 'all';
  let running = false;
  let closed = false;

  /** Records to read (or all of them): a change announced, or what a failed read was applying, tried again. */
  function enqueue(work: Iterable<string> | 'all') {
    if (work === 'all' || pending === 'all') pending = 'all';
    else pending = new Set([...(pending ?? []), ...work]);
  }

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (pending !== undefined && !closed) {
        const work = pending;
        pending = undefined;
        try {
          await apply(work);
        } catch (err) {
          enqueue(work);
          console.error(`reading ${kind} failed`, err);
          return;
        }
      }
    } finally {
      running = false;
    }
  }

  async function apply(work: Set<string> | 'all'): Promise<void> {
    const current = records();
    if (work === 'all' || current === undefined) {
      if (current === undefined && provisional) {
        // One that could not be read is not waited for; the whole list is read all the same.
        await provisional.ready().catch(() => undefined);
        // The screen may have closed meanwhile: then nothing more is read.
        if (closed) return;
      }
      const fresh = await repo.list(scope);
      if (!closed) setRecords(() => reuseUnchanged(records() ?? provisional?.shown() ?? [], fresh, sorted));
      return;
    }
    const ids = [...work];
    const found = await repo.getMany(ids);
    applyRead(ids.map((id, i) => [id, found[i]]));
  }

  /**
   * Records as read, each with its id (undefined: absent or deleted), applied to the list: one of
   * another scope, or absent, that the list never held changes nothing.
   */
  function applyRead(read: [string, R | undefined][]) {
    const latest = records() ?? [];
    const changed = new Map<string, R | undefined>();
    for (const [id, r] of read) {
      const mine = r && scopeOf(r) === scope ? r : undefined;
      if (mine !== undefined || latest.some((x) => x.id === id)) changed.set(id, mine);
    }
    if (!closed && changed.size > 0) setRecords(() => applyChanges(latest, changed, sorted));
  }

  const stop = onCommitted((parts) => {
    const keys = changedKeys(parts, store.db.name, kind);
    if (keys === undefined) return;
    // This tab's own writes are told with their records (onOwnWrite): not read back.
    const others = keys === 'all' ? keys : keys.filter((k) => !ownWriteInFlight(store.db.name, kind, k));
    if (others !== 'all' && others.length === 0) return;
    enqueue(others);
    void drain();
  });
  const stopOwn = onOwnWrite(store.db.name, kind, (write) => {
    // A record shown before it was stored, whose write failed, is in no database: off at once.
    if (write.withdrawn) applyRead([[write.id, undefined]]);
    // Not read yet (the first read may have begun before this write), or a failed write: read it.
    if (records() === undefined || write.record === undefined) {
      enqueue([write.id]);
      void drain();
      return;
    }
    applyRead([[write.id, write.record.deleted ? undefined : (write.record as R)]]);
  });
  onCleanup(() => {
    closed = true;
    stop();
    stopOwn();
  });
  void drain();
  return records;
}
