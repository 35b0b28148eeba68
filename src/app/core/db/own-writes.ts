import type { StoredRecord } from './db.ts';

/**
 * This tab's own record writes (a form's save), told to the screens that keep records with the
 * record as it was stored, so a saved note shows without reading it back from IndexedDB: the read
 * would queue behind every other query the commit wakes, and a card would miss its frame.
 *
 * While a write is under way its record is "in flight": a kept list skips that id when Dexie
 * announces the commit, and takes the record from here right after. A write that fails tells the
 * lists to read the id (a change another tab made to it meanwhile is not missed).
 *
 * A new record is shown before its transaction ends (provisional), in the frame of the key press
 * that saved it, as apps that answer at once do; the form keeps its text until the record is
 * stored, and a write that fails takes the record off the screens again.
 *
 * A write made inside a caller's transaction (a photo with its files) is stored only when that
 * transaction commits: it is not told here, and the lists learn of it from the commit.
 */
export interface OwnWrite {
  /** The database's name. */
  db: string;
  kind: string;
  id: string;
  /** The record as stored (a tombstone when deleted); undefined when the write failed: read it. */
  record: StoredRecord | undefined;
  /** Shown while its transaction is under way: the stored record, or a failure, follows. */
  provisional?: true;
  /** A failed write whose record was shown before it was stored: it is not in the database. */
  withdrawn?: true;
}

export interface OwnWriteTelling {
  /** Show the record before it is stored (a new record, checked against its schema). */
  show(record: StoredRecord): void;
  /** Once, when the write is over: the stored record, or nothing if the write failed. */
  done(record: StoredRecord | undefined): void;
}

const inFlight = new Map<string, number>();
const listeners = new Set<(write: OwnWrite) => void>();
const keyOf = (db: string, kind: string, id: string) => `${db}\u0000${kind}\u0000${id}`;

/** Whether this tab is writing this record now: its commit is told through `onOwnWrite`. */
export function ownWriteInFlight(db: string, kind: string, id: string): boolean {
  return inFlight.has(keyOf(db, kind, id));
}

/** Marks a write begun: tell the screens through the result. */
export function beginOwnWrite(db: string, kind: string, id: string): OwnWriteTelling {
  const key = keyOf(db, kind, id);
  inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
  let over = false;
  let shown = false;
  return {
    show: (record) => {
      if (over) return;
      shown = true;
      tell({ db, kind, id, record, provisional: true });
    },
    done: (record) => {
      if (over) return;
      over = true;
      const left = inFlight.get(key)! - 1;
      if (left > 0) inFlight.set(key, left);
      else inFlight.delete(key);
      tell(record === undefined && shown ? { db, kind, id, record, withdrawn: true } : { db, kind, id, record });
    },
  };
}

/** Every listener hears of the write: one that fails neither stops the others nor the save. */
function tell(write: OwnWrite): void {
  for (const listener of [...listeners]) {
    try {
      listener(write);
    } catch (err) {
      console.error('showing a saved record failed', err);
    }
  }
}

/** Calls `listener` after each of this tab's writes of one kind in one database; returns the unsubscribe. */
export function onOwnWrite(db: string, kind: string, listener: (write: OwnWrite) => void): () => void {
  const heard = (write: OwnWrite) => write.db === db && write.kind === kind && listener(write);
  listeners.add(heard);
  return () => listeners.delete(heard);
}
