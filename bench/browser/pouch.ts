// PouchDB in Chromium, for bench/peer-browser.ts: pouchdb-core with its IndexedDB adapter (what a
// PouchDB web app uses), HTTP and replication, bundled by esbuild and driven through `globalThis.pouchBench`.
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { gzipRequests } from '../gzip-requests.ts';

const Pouch = PouchDB.plugin(idb).plugin(http).plugin(replication);
const local = () => new Pouch('bench-device', { adapter: 'idb' });
/** The server's database; `gzip`: request bodies gzipped through PouchDB's `fetch` option (PouchDB sends them plain). */
const remote = (url: string, gzip: boolean) => new Pouch(url, gzip ? { fetch: gzipRequests((input, init) => fetch(input, init)) } : {});

const pouchBench = {
  async load(docs: ({ _id: string } & Record<string, unknown>)[]): Promise<void> {
    await local().bulkDocs(docs);
  },
  async push(url: string, batchSize: number, gzip: boolean): Promise<number> {
    return (await local().replicate.to(remote(url, gzip), { batch_size: batchSize })).docs_written;
  },
  async pull(url: string, batchSize: number, gzip: boolean): Promise<number> {
    const db = local();
    await db.replicate.from(remote(url, gzip), { batch_size: batchSize });
    return (await db.info()).doc_count;
  },
};
(globalThis as { pouchBench?: typeof pouchBench }).pouchBench = pouchBench;
export type PouchInBrowser = typeof pouchBench;
