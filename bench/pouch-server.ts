// A CouchDB-protocol server from npm: express-pouchdb over PouchDB's LevelDB adapter (leveldown, its
// prebuilt binary), its databases on disk in DATA_DIR as our server keeps its SQLite file: the server
// half of PouchDB's own Node setup. It runs as its own process, as our server does, so neither side
// of bench/peer.ts shares the benchmark's event loop with its clients.
// Usage: node --import tsx bench/pouch-server.ts PORT DATA_DIR
import { createServer } from 'node:http';
import { join } from 'node:path';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import leveldb from 'pouchdb-adapter-leveldb';

const port = Number(process.argv[2]);
const dataDir = process.argv[3];
if (!Number.isInteger(port) || !dataDir) throw new Error('usage: pouch-server.ts PORT DATA_DIR');
const ServerPouch = PouchDB.plugin(leveldb).defaults({ adapter: 'leveldb', prefix: `${dataDir}/` });
// The "minimum for PouchDB" mode serves what replication needs; compression (gzip, brotli) stays on.
const app = expressPouchdb(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: join(dataDir, 'log.txt') });
createServer(app).listen(port, '127.0.0.1', () => console.log(`pouchdb-server listening on ${port}`));
