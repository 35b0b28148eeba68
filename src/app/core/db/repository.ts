import Dexie, { type Table } from 'dexie';
import type * as z from 'zod/mini';
import { committedScopeIdAsync } from '../../../shared/identity/scope-id.ts';
import { uuidv7 } from '../../../shared/ids.ts';
import { RECORD_KINDS, type EditableOf, type RecordKind, type RecordOf } from '../../../shared/schemas/kinds.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import { isTooLarge } from '../../../shared/schemas/record-size.ts';
import { UNSET } from '../../../shared/sync/unset.ts';
import type { AppDb, StoredRecord } from './db.ts';
import { deviceIdOf, nextStamp, provisionalStamp } from './clock.ts';
import { StorageError } from './errors.ts';
import { beginOwnWrite } from './own-writes.ts';
import { writeTransaction } from './write.ts';

type AnyRecord = StoredRecord;

/**
 * The only way records are written. Each write validates the whole record with the shared schema,
 * then saves it and appends its mutation to the outbox in one IndexedDB transaction: either both
 * land or neither does. Deletes are tombstones, so a delete syncs like any other change.
 */
export class Repository<K extends RecordKind> {
  /** The kind's validator, built on first use: opening the store builds none. */
  private readonly schema: () => z.ZodMiniType<RecordOf<K>>;
  private readonly scopeField: 'workshopId' | 'ownerId';

  constructor(
    private readonly db: AppDb,
    readonly kind: K,
    private readonly now: () => number = Date.now,
  ) {
    const def = RECORD_KINDS[kind];
    this.schema = def.schema as unknown as () => z.ZodMiniType<RecordOf<K>>;
    this.scopeField = def.scope;
  }

  private get table(): Table<AnyRecord, string> {
    return this.db.recordTable(this.kind);
  }

  /** Create a record. `scope` is the workshop (or owner) it belongs to; a workshop scopes itself. */
  async create(fields: EditableOf<K>, scope?: string): Promise<RecordOf<K>> {
    // A workshop scopes itself, under an id that commits to this device (see scope-commitment.ts).
    const id = this.kind === 'workshop' ? await committedScopeIdAsync(await deviceIdOf(this.db), this.now()) : uuidv7(this.now());
    const scopeId = this.kind === 'workshop' ? id : scope;
    if (!scopeId) throw new StorageError('invalid_record', `${this.kind} needs a ${this.scopeField}`);
    // A workshop's id is public before its first change may have reached the server (a join link
    // carries it), and the server takes a change id once, from whoever sends it first: its first
    // change keeps an id of its own, which nobody else can know.
    const made = { ...fields, [this.scopeField]: scopeId };
    return this.write(
      id,
      'upsert',
      made,
      () => made,
      this.kind !== 'workshop',
      () => this.provisional(id, made),
    );
  }

  /**
   * A new record as it will be stored, for the screens to show before its transaction ends; its
   * stamps are this tab's guess (the transaction takes the device clock's next). Undefined when the
   * clock is not known yet or the record would be refused: then it shows once stored.
   */
  private provisional(id: string, fields: Record<string, unknown>): AnyRecord | undefined {
    const stamp = provisionalStamp(this.db, this.now());
    if (!stamp) return undefined;
    const parsed = this.schema().safeParse({ deleted: false, createdAt: stamp.hlc, ...fields, id, updatedAt: stamp.hlc, deviceId: stamp.deviceId });
    if (!parsed.success || isTooLarge(this.kind, parsed.data)) return undefined;
    return parsed.data;
  }

  /**
   * Write a record at an id that follows from what it is about (shared/identity/derived-id.ts: a
   * phone's ballot in a vote, an organisation's agreed score for an item): created when absent,
   * changed (and brought back, if deleted) when present. Only the fields given travel.
   */
  async put(id: string, fields: Partial<EditableOf<K>>, scope: string): Promise<RecordOf<K>> {
    const patch = { ...fields, [this.scopeField]: scope };
    return this.write(id, 'upsert', { ...patch, deleted: false }, (current) => ({ ...(current ?? {}), ...patch, deleted: false }));
  }

  /**
   * Change some fields of a record; only those fields travel in the mutation. A patch of no field
   * (a form saved unchanged) writes nothing: a change of nothing would only take a place in the
   * outbox, and a coordinator's would come back refused.
   */
  async update(id: string, patch: Partial<EditableOf<K>>): Promise<RecordOf<K>> {
    if (Object.keys(patch).length === 0) {
      const current = await this.get(id);
      if (!current) throw new StorageError('not_found', `${this.kind} ${id} not found`);
      return current;
    }
    return this.write(id, 'upsert', patch, (current) => {
      if (!current || current.deleted) throw new StorageError('not_found', `${this.kind} ${id} not found`);
      return { ...current, ...patch };
    });
  }

  /** Delete by tombstone: the record stays, marked deleted, so the delete can sync and merge. */
  async remove(id: string): Promise<void> {
    await this.write(id, 'delete', {}, (current) => {
      if (!current) throw new StorageError('not_found', `${this.kind} ${id} not found`);
      return { ...current, deleted: true };
    });
  }

  /** Undo a delete: the tombstone is lifted by a new change, so the undo syncs too. */
  async restore(id: string): Promise<RecordOf<K>> {
    return this.write(id, 'upsert', { deleted: false }, (current) => {
      if (!current) throw new StorageError('not_found', `${this.kind} ${id} not found`);
      return { ...current, deleted: false };
    });
  }

  async get(id: string): Promise<RecordOf<K> | undefined> {
    const raw = await this.table.get(id);
    return raw && !raw.deleted ? this.parseStored(raw) : undefined;
  }

  /** Live records of one scope (a workshop's notes, say); for workshops, every workshop. */
  async list(scope?: string): Promise<RecordOf<K>[]> {
    if (scope !== undefined) return this.listBy(this.scopeField, scope);
    const rows = await this.table.toArray();
    return rows.flatMap((raw) => (raw.deleted ? [] : (this.parseStored(raw) ?? [])));
  }

  /**
   * At most `count` live records of one scope, the latest made first (ids are made in time order),
   * read from the end of the scope's index: a long list's first page without reading the rest.
   * One request where the browser reads an index backwards in one (`getAll` with a direction),
   * else a cursor: no filter in the query, which would make it a cursor step by step. Deleted
   * records among the latest are left out of those read, so a page may hold fewer.
   */
  async newest(scope: string, count: number): Promise<RecordOf<K>[]> {
    const rows = await this.table
      .where(this.scopeField)
      .equals(scope)
      .reverse()
      .limit(count * 2)
      .toArray();
    return rows
      .filter((raw) => !raw.deleted)
      .slice(0, count)
      .flatMap((raw) => this.parseStored(raw) ?? []);
  }

  /** Live records whose indexed field equals a value (e.g. the scores of one assessment). */
  async listBy(index: string, value: string): Promise<RecordOf<K>[]> {
    const rows = await this.table.where(index).equals(value).toArray();
    return rows.flatMap((raw) => (raw.deleted ? [] : (this.parseStored(raw) ?? [])));
  }

  /** The live records with these ids, in their order (undefined where absent, deleted or unreadable). */
  async getMany(ids: readonly string[]): Promise<(RecordOf<K> | undefined)[]> {
    const rows = await this.table.bulkGet([...ids]);
    return rows.map((raw) => (raw && !raw.deleted ? this.parseStored(raw) : undefined));
  }

  /**
   * `creating`: the id was made just now for this record and nobody else knows it yet, so its first
   * change takes the same id as its mutation id (ids are unique, and a change is a record's first
   * once only): the push then carries one random id for both, about a tenth fewer bytes gzipped.
   * Never for an id that follows from what the record is about (`put`): two devices may make that
   * record, each with a change of its own.
   */
  private async write(
    id: string,
    op: Mutation['op'],
    patch: Record<string, unknown>,
    next: (current: AnyRecord | undefined) => Record<string, unknown>,
    creating = false,
    provisional?: () => AnyRecord | undefined,
  ): Promise<RecordOf<K>> {
    // Inside a caller's transaction the write is stored only if that one commits: the screens
    // learn of it from the commit, as of a change from another tab.
    if (Dexie.currentTransaction) return this.transact(id, op, patch, next, creating);
    // The screens keeping this kind take the record from here, not from a read after the commit.
    const told = beginOwnWrite(this.db.name, this.kind, id);
    let stored: (RecordOf<K> & AnyRecord) | undefined;
    try {
      // The transaction's first requests are on their way while the record to show is built.
      const written = this.transact(id, op, patch, next, creating);
      let shown: AnyRecord | undefined;
      try {
        shown = provisional?.();
      } catch {
        // Not shown early (an unreadable clock, say): it shows once stored, or the write says why not.
      }
      if (shown) told.show(shown);
      stored = await written;
      return stored;
    } finally {
      told.done(stored);
    }
  }

  private transact(
    id: string,
    op: Mutation['op'],
    patch: Record<string, unknown>,
    next: (current: AnyRecord | undefined) => Record<string, unknown>,
    creating: boolean,
  ): Promise<RecordOf<K> & AnyRecord> {
    return writeTransaction(this.db, [this.table, this.db.outbox, this.db.meta], async () => {
      // Two round trips, not five: the reads go together, and so do the writes.
      const [current, { deviceId, hlc, seq, written }] = await Promise.all([this.table.get(id), nextStamp(this.db, this.now())]);
      const candidate = {
        deleted: false,
        createdAt: current?.createdAt ?? hlc,
        ...next(current),
        id,
        updatedAt: hlc,
        deviceId,
      };
      const parsed = this.schema().safeParse(candidate);
      if (!parsed.success) {
        throw new StorageError('invalid_record', `invalid ${this.kind}`, parsed.error.issues);
      }
      const record = parsed.data as RecordOf<K> & AnyRecord;
      // Every device that reads the record receives it whole: the server would refuse it anyway.
      if (isTooLarge(this.kind, record)) {
        throw new StorageError('record_too_large', `${this.kind} is larger than ${RECORD_KINDS[this.kind].maxBytes} bytes`);
      }
      await Promise.all([
        written,
        this.table.put(record),
        this.db.outbox.add({
          mutationId: creating && current === undefined ? id : uuidv7(this.now()),
          deviceId,
          seq,
          kind: this.kind,
          recordId: id,
          scope: String(record[this.scopeField]),
          op,
          hlc,
          ...(current ? { base: String(current.updatedAt) } : {}),
          patch: pick(record, Object.keys(patch), current === undefined),
        }),
      ]);
      return record;
    });
  }

  /** Records are parsed on the way out too: IndexedDB is an edge (older builds, other tabs). */
  private parseStored(raw: AnyRecord): RecordOf<K> | undefined {
    const parsed = this.schema().safeParse(raw);
    if (parsed.success) return parsed.data;
    console.warn(`skipping unreadable ${this.kind} ${raw.id}`, parsed.error.issues);
    return undefined;
  }
}

/**
 * The patch carries the parsed (trimmed, normalised) values, not what the caller passed.
 * A field left empty on creation is simply absent; one cleared later travels as UNSET, since JSON
 * drops undefined and the clear must sync.
 */
function pick(record: Record<string, unknown>, keys: string[], creating: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (record[k] !== undefined) out[k] = record[k];
    else if (!creating) out[k] = UNSET;
  }
  return out;
}
