// PouchDB in Chromium, for bench/peer-browser.ts: pouchdb-core with its IndexedDB adapter (what a
// PouchDB web app uses), HTTP and replication, bundled by esbuild and driven through `globalThis.pouchBench`.
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

const Pouch = PouchDB.plugin(idb).plugin(http).plugin(replication);
const local = () => new Pouch('bench-device', { adapter: 'idb' });

const pouchBench = {
  async load(docs: ({ _id: string } & Record<string, unknown>)[]): Promise<void> {
    await local().bulkDocs(docs);
  },
  async push(url: string, batchSize: number): Promise<number> {
    return (await local().replicate.to(new Pouch(url), { batch_size: batchSize })).docs_written;
  },
  async pull(url: string, batchSize: number): Promise<number> {
    const db = local();
    await db.replicate.from(new Pouch(url), { batch_size: batchSize });
    return (await db.info()).doc_count;
  },
};
(globalThis as { pouchBench?: typeof pouchBench }).pouchBench = pouchBench;
export type PouchInBrowser = typeof pouchBench;
