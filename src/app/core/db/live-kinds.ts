import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { NOTE_KINDS } from '../../../shared/schemas/records.ts';
import type { AppDb } from './db.ts';

/**
 * A note's kind, stored beside it only while the note is live: the `[workshopId+liveKind]` index
 * then counts a workshop's notes by kind without reading one (a deleted note stays, as a tombstone
 * that syncs, but leaves this index). The field is the device's own: it is set on every write
 * that reaches the table (a save, a sync, a hand-over, an upgrade) and taken off every record read
 * from it, so no schema, screen, export or sync ever sees it.
 */
const LIVE_KIND = 'liveKind';
const TABLE = 'note';
const LIVE_KIND_INDEX = `[workshopId+${LIVE_KIND}]`;

type Stored = Record<string, unknown>;

/** A note as it is stored: with its kind in LIVE_KIND while it is live, without it once deleted. */
export function withLiveKind(note: Stored): Stored {
  const { [LIVE_KIND]: _, ...rest } = note;
  return rest.deleted === true || typeof rest.kind !== 'string' ? rest : { ...rest, [LIVE_KIND]: rest.kind };
}

/** A note as it is read: the stored field taken off (a copy: the stored object may be cached). */
function withoutLiveKind<T>(value: T): T {
  if (!value || typeof value !== 'object' || !(LIVE_KIND in value)) return value;
  const { [LIVE_KIND]: _, ...rest } = value as Stored;
  return rest as T;
}

function readCursor(cursor: DBCoreCursor | null): DBCoreCursor | null {
  if (!cursor) return cursor;
  return Object.create(cursor, { value: { get: (): unknown => withoutLiveKind<unknown>(cursor.value) } }) as DBCoreCursor;
}

function noteTable(down: DBCoreTable): DBCoreTable {
  return {
    ...down,
    mutate: (req) => (req.type === 'add' || req.type === 'put' ? down.mutate({ ...req, values: req.values.map((v) => withLiveKind(v as Stored)) }) : down.mutate(req)),
    get: (req) => down.get(req).then((row: unknown) => withoutLiveKind(row)),
    getMany: (req) => down.getMany(req).then((rows: unknown[]) => rows.map(withoutLiveKind)),
    query: (req) => down.query(req).then((res) => (req.values ? { ...res, result: res.result.map(withoutLiveKind) } : res)),
    openCursor: (req) => down.openCursor(req).then((cursor) => (req.values === false ? cursor : readCursor(cursor))),
  };
}

/** The middleware that keeps LIVE_KIND on the note table (registered by AppDb). */
export const liveKindMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LiveKind',
  create: (down) => ({ ...down, table: (name) => (name === TABLE ? noteTable(down.table(name)) : down.table(name)) }),
};

/** A workshop's live notes, counted by kind. */
export type NoteCounts = Record<(typeof NOTE_KINDS)[number], number>;

/** How many live notes of each kind a workshop has, read from the index alone. */
export async function liveNoteCounts(db: AppDb, workshopId: string): Promise<NoteCounts> {
  const index = db.table(TABLE).where(LIVE_KIND_INDEX);
  const counts = await Promise.all(NOTE_KINDS.map((kind) => index.equals([workshopId, kind]).count()));
  return Object.fromEntries(NOTE_KINDS.map((kind, i) => [kind, counts[i]!])) as NoteCounts;
}
