import Dexie, { type Table } from 'dexie';
import type { RecordKind, RecordOf } from '../../shared/schemas/kinds.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import { SCHEMA_VERSIONS } from './schema-versions.ts';

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** One table per record kind, named after the kind, plus the outbox and device metadata. */
export type KindTables = { [K in RecordKind]: Table<RecordOf<K>, string> };

export class AppDb extends Dexie {
  outbox!: Table<Mutation, number>;
  meta!: Table<MetaEntry, string>;

  constructor(name: string) {
    super(name);
    // Every version ever shipped stays declared, so data written by an older build opens here.
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
  }

  table<K extends RecordKind>(kind: K): KindTables[K];
  table(name: string): Table;
  override table(name: string): Table {
    return super.table(name);
  }
}

export const DEFAULT_DB_NAME = 'workshop-companion';
