import Dexie, { type DBCore, type DBCoreCursor, type DBCoreTable, type Middleware } from 'dexie';
import { NOTE_KINDS } from '../../../shared/schemas/records.ts';
import type { AppDb } from './db.ts';
import type { LocalStore } from './store.ts';

/**
 * A note's kind, stored beside it only while the note is live: the `[workshopId+liveKind]` index
 * then counts a workshop's notes by kind without reading one (a deleted note stays, as a tombstone
 * that syncs, but leaves this index). The field is the device's own: it is set on every write
 * that reaches the table (a save, a sync, a hand-over) and taken off every record read from it, so
 * no schema, screen, export or sync ever sees it.
 *
 * Notes stored before the index (or written by a tab still running an older build) lack it: they
 * are written again in the background a page at a time (`fillLiveKinds`), and until every note
 * has been, the notes are counted by reading them (`noteCounts`). A note found without it later
 * is written again as soon as it is read.
 */
const LIVE_KIND = 'liveKind';
const TABLE = 'note';
const LIVE_KIND_INDEX = `[workshopId+${LIVE_KIND}]`;
/** Set once every note stored has been written with its live kind. */
const COMPLETE = 'liveKinds:complete';
const FILL_PAGE = 500;

type Stored = Record<string, unknown>;
/** Each database's notes read without their live kind, waiting to be written again. */
const unfilledOf = new WeakMap<AppDb, Set<string>>();

/** A note as it is stored: with its kind in LIVE_KIND while it is live, without it once deleted. */
export function withLiveKind(note: Stored): Stored {
  const { [LIVE_KIND]: _, ...rest } = note;
  return rest.deleted === true || typeof rest.kind !== 'string' ? rest : { ...rest, [LIVE_KIND]: rest.kind };
}

/** Whether a stored note should carry its live kind and does not. */
const lacksLiveKind = (value: Stored) => value.deleted !== true && typeof value.kind === 'string' && !(LIVE_KIND in value);

/**
 * The middleware that keeps LIVE_KIND on the note table (registered by AppDb): set on writes,
 * taken off reads (as a copy: the stored object may be cached), and a note read without it written
 * again soon after.
 */
export function liveKindMiddleware(db: AppDb): Middleware<DBCore> {
  const unfilled = new Set<string>();
  unfilledOf.set(db, unfilled);
  let scheduled = false;
  const heal = () => {
    scheduled = false;
    const ids = [...unfilled];
    if (!ids.length) return;
    // Read and written in one transaction: a change made meanwhile is never overwritten.
    void db
      .transaction('rw', db.table(TABLE), async () => {
        const rows = (await db.table<Stored, string>(TABLE).bulkGet(ids)).filter((r): r is Stored => r !== undefined);
        for (const id of ids) unfilled.delete(id);
        await db.table(TABLE).bulkPut(rows);
      })
      .catch((err: unknown) => console.warn('notes not indexed by kind yet', err));
  };
  const read = <T>(value: T): T => {
    if (!value || typeof value !== 'object') return value;
    const stored = value as Stored;
    if (lacksLiveKind(stored)) {
      // Nothing to take off: written again outside the reading transaction, which may be read-only.
      if (typeof stored.id === 'string' && !unfilled.has(stored.id)) {
        unfilled.add(stored.id);
        if (!scheduled) {
          scheduled = true;
          setTimeout(heal, 0);
        }
      }
      return value;
    }
    if (!(LIVE_KIND in stored)) return value;
    const { [LIVE_KIND]: _, ...rest } = stored;
    return rest as T;
  };
  const readCursor = (cursor: DBCoreCursor | null): DBCoreCursor | null =>
    cursor &&
    // The browser's own getters work only on the cursor itself: each is passed through.
    (Object.create(cursor, {
      key: { get: (): unknown => cursor.key },
      primaryKey: { get: (): unknown => cursor.primaryKey },
      value: { get: (): unknown => read<unknown>(cursor.value) },
    }) as DBCoreCursor);
  const noteTable = (down: DBCoreTable): DBCoreTable => ({
    ...down,
    mutate: (req) => (req.type === 'add' || req.type === 'put' ? down.mutate({ ...req, values: req.values.map((v) => withLiveKind(v as Stored)) }) : down.mutate(req)),
    get: (req) => down.get(req).then((row: unknown) => read(row)),
    getMany: (req) => down.getMany(req).then((rows: unknown[]) => rows.map(read)),
    query: (req) => down.query(req).then((res) => (req.values ? { ...res, result: res.result.map(read) } : res)),
    openCursor: (req) => down.openCursor(req).then((cursor) => (req.values === false ? cursor : readCursor(cursor))),
  });
  return {
    stack: 'dbcore',
    name: 'LiveKind',
    create: (down) => ({ ...down, table: (name) => (name === TABLE ? noteTable(down.table(name)) : down.table(name)) }),
  };
}

/** Whether every stored note has been written with its live kind. */
const filled = async (db: AppDb) => (await db.meta.get(COMPLETE))?.value === true;

/**
 * Writes every stored note again, a page at a time in a transaction of its own, so the index holds
 * them all; then says so. A page that fails (storage full) stops the fill: it goes on at the next
 * start, and the notes are counted by reading them until then.
 */
export async function fillLiveKinds(db: AppDb, between: () => Promise<void> = () => Promise.resolve()): Promise<void> {
  if (await filled(db)) return;
  const table = db.table<Stored, string>(TABLE);
  let after: string | undefined;
  for (;;) {
    const last = await db.transaction('rw', table, async () => {
      const page = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(FILL_PAGE).toArray();
      for (const note of page) unfilledOf.get(db)?.delete(String(note.id));
      await table.bulkPut(page);
      return page.length === FILL_PAGE ? String(page.at(-1)!.id) : undefined;
    });
    if (last === undefined) break;
    after = last;
    await between();
  }
  await db.meta.put({ key: COMPLETE, value: true });
}

/** How many live notes a workshop has, from the index alone; undefined until every note is in it. */
export async function liveNoteTotal(store: LocalStore, workshopId: string): Promise<number | undefined> {
  // Asked together, one round trip: a count of an index not yet complete is dropped.
  const [complete, total] = await Promise.all([filled(store.db), store.db.table(TABLE).where(LIVE_KIND_INDEX).between([workshopId, Dexie.minKey], [workshopId, Dexie.maxKey]).count()]);
  return complete ? total : undefined;
}

/** A workshop's live notes, counted by kind. */
export type NoteCounts = Record<(typeof NOTE_KINDS)[number], number>;

/**
 * How many live notes of each kind a workshop has: from the index alone once every note is in it,
 * by reading the notes until then.
 */
export async function noteCounts(store: LocalStore, workshopId: string): Promise<NoteCounts> {
  // Asked together, one round trip: counts of an index not yet complete are dropped.
  const index = store.db.table(TABLE).where(LIVE_KIND_INDEX);
  const [complete, ...counted] = await Promise.all([filled(store.db), ...NOTE_KINDS.map((kind) => index.equals([workshopId, kind]).count())]);
  let perKind = counted;
  if (!complete) {
    const notes = await store.repos.note.list(workshopId);
    perKind = NOTE_KINDS.map((kind) => notes.filter((n) => n.kind === kind).length);
  }
  return Object.fromEntries(NOTE_KINDS.map((kind, i) => [kind, perKind[i]!])) as NoteCounts;
}
