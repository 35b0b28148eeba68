import Dexie, { type Table } from 'dexie';
import type { RecordKind } from '../../../shared/schemas/kinds.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import type { PhotoFileRow } from './photo-files.ts';
import { SCHEMA_VERSIONS } from './schema-versions.ts';
import { liveKindMiddleware } from './live-kinds.ts';

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** A record as stored: its kind's schema gives the rest of its shape. */
export type StoredRecord = Record<string, unknown> & { id: string; deleted: boolean };

export class AppDb extends Dexie {
  outbox!: Table<Mutation, number>;
  meta!: Table<MetaEntry, string>;
  /** The bytes of photos on this device, by content hash (photo-files.ts). */
  photoFile!: Table<PhotoFileRow, string>;

  constructor(name: string) {
    super(name);
    this.use(liveKindMiddleware(this));
    // Every version ever shipped stays declared, so data written by an older build opens here.
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }

  /** The table of a record kind, typed loosely: repositories validate with the kind's schema. */
  recordTable(kind: RecordKind): Table<StoredRecord, string> {
    return this.table(kind);
  }
}

export const DEFAULT_DB_NAME = 'workshop-companion';
