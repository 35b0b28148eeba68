// A CouchDB-protocol server from npm: express-pouchdb over in-memory PouchDB (memdown), the server
// half of PouchDB's own test setup. It runs as its own process, as our server does, so neither
// side of bench/peer.ts shares the benchmark's event loop with its clients.
// Usage: node --import tsx bench/pouch-server.ts PORT LOG_DIR
import { createServer } from 'node:http';
import { join } from 'node:path';
import expressPouchdb from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';

const port = Number(process.argv[2]);
const logDir = process.argv[3];
if (!Number.isInteger(port) || !logDir) throw new Error('usage: pouch-server.ts PORT LOG_DIR');
const ServerPouch = PouchDB.plugin(memory).defaults({ adapter: 'memory' });
// The "minimum for PouchDB" mode serves what replication needs; compression (gzip, brotli) stays on.
const app = expressPouchdb(ServerPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: join(logDir, 'log.txt') });
createServer(app).listen(port, '127.0.0.1', () => console.log(`pouchdb-server listening on ${port}`));
