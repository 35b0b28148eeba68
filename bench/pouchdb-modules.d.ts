// The few parts of PouchDB and express-pouchdb that bench/peer.ts uses. The packages ship no types,
// and @types/pouchdb-* would add five packages for these dozen lines.
declare module 'pouchdb-core' {
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
  }
  export interface ReplicateOptions {
    /** Documents per batch (PouchDB's default is 100). */
    batch_size?: number;
  }
  export interface Database {
    bulkDocs(docs: ReadonlyArray<{ _id: string } & Record<string, unknown>>): Promise<unknown[]>;
    info(): Promise<{ doc_count: number }>;
    close(): Promise<void>;
    replicate: {
      to(target: Database, opts?: ReplicateOptions): Promise<ReplicationResult>;
      from(source: Database, opts?: ReplicateOptions): Promise<ReplicationResult>;
    };
  }
  export interface DatabaseOptions {
    adapter?: string;
    fetch?: typeof fetch;
    /** The LevelDB adapter's folder for its databases, ending in a slash. */
    prefix?: string;
  }
  export interface PouchStatic {
    new (name: string, opts?: DatabaseOptions): Database;
    plugin(plugin: PouchPlugin): PouchStatic;
    defaults(opts: DatabaseOptions): PouchStatic;
  }
  export type PouchPlugin = { readonly __pouchPlugin: unique symbol };
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-leveldb' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}
declare module 'express-pouchdb' {
  /** An express app: a plain Node request listener. */
  export default function expressPouchdb(
    pouch: import('pouchdb-core').PouchStatic,
    opts?: { mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom'; inMemoryConfig?: boolean; logPath?: string },
  ): import('node:http').RequestListener;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: import('pouchdb-core').PouchPlugin;
  export default plugin;
}
