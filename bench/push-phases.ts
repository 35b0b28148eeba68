// Where a push's CPU goes: the route's steps taken one by one, outside the route, on a fresh
// database, with the very functions the route calls, so that a figure beside the route's total says
// which part is SQLite's (the statements, their transaction) and which is ours (parsing,
// validation, signatures, merging, answering). What the steps leave of the route's total is the
// HTTP layer's and the credential's (hono, the body's reading, the budgets, the key's lookup).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey } from '../src/server/auth/keys.ts';
import { accessFor } from '../src/server/auth/access.ts';
import { judgeAuthors, senderIsProven } from '../src/server/auth/proofs.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../src/server/http/json-depth.ts';
import { answerEncoding, answerText, compressed } from '../src/server/http/sync-answer.ts';
import { CHROMIUM_ACCEPT_ENCODING } from './load-device.ts';
import type { Db } from '../src/server/store/db.ts';
import { openSqliteDb } from '../src/server/store/sqlite.ts';
import { createStore } from '../src/server/store/store.ts';
import { DEVICE_SIGNATURE_HEADER } from '../src/shared/identity/device-proof.ts';
import { PROTOCOL_VERSION } from '../src/shared/protocol.ts';
import { pullCursorParts } from '../src/shared/sync/pull-cursor.ts';
import { MAX_CHANGES_PER_PULL, REJECTED_ACKS_ONLY, shownAcks, syncRequestSchema } from '../src/shared/sync/protocol.ts';

/** CPU (µs, user + system) of each step, per mutation pushed. */
export interface Phases {
  /** Depth guard and JSON.parse. */
  parse: number;
  /** The request's schema. */
  schema: number;
  /** The sender's signature (and the relayed authors', with their rights). */
  signature: number;
  /** store.push, but for `sql`: merging, each record's validation, the rules, building statements. */
  memory: number;
  /** store.push's statements and transaction, inside SQLite. */
  sql: number;
  /** The answer's pull. */
  pull: number;
  /** The answer's text, and its gzip. */
  answer: number;
}

const cpuMicros = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return u.user + u.system;
};

/** What reading the CPU around a statement costs: `inside` falls between the two readings, `whole` is all of it. */
function readingCost(): { inside: number; whole: number } {
  const n = 20_000;
  let inside = 0;
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) inside += cpuMicros(process.cpuUsage());
  return { inside: inside / n, whole: cpuMicros(t) / n };
}

/**
 * A Db that adds the CPU of every statement, and of its transactions' BEGIN and COMMIT, to
 * `spent.sql`, and counts its readings of the CPU in `spent.readings`: a reading costs about 2 µs,
 * which a push of single-row statements pays a thousand times, so the caller takes their cost off.
 */
function timedDb(db: Db, spent: { sql: number; readings: number }): Db {
  const timed =
    <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const t = process.cpuUsage();
      try {
        return await f(...args);
      } finally {
        spent.sql += cpuMicros(t);
        spent.readings++;
      }
    };
  return {
    kind: db.kind,
    all: timed((sql, params) => db.all(sql, params)),
    run: timed((sql, params) => db.run(sql, params)),
    exec: timed((sql) => db.exec(sql)),
    close: () => db.close(),
    transaction: async (fn) => {
      let t = process.cpuUsage();
      try {
        return await db.transaction(async (inner) => {
          spent.sql += cpuMicros(t);
          spent.readings++;
          try {
            return await fn(timedDb(inner, spent));
          } finally {
            t = process.cpuUsage();
          }
        });
      } finally {
        spent.sql += cpuMicros(t);
        spent.readings++;
      }
    },
  };
}

/** The steps of each request (sent with `key`, as the route would take them) on a fresh database, per mutation. */
export async function pushPhases(key: string, requests: readonly { headers: Record<string, string>; body: string }[]): Promise<Phases> {
  const dir = mkdtempSync(join(tmpdir(), 'wc-push-phases-'));
  const spent = { sql: 0, readings: 0 };
  const reading = readingCost();
  const store = createStore(timedDb(openSqliteDb(dir), spent));
  const phases: Phases = { parse: 0, schema: 0, signature: 0, memory: 0, sql: 0, pull: 0, answer: 0 };
  try {
    await store.migrate();
    await store.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Bench' });
    const caller = (await accessFor(store, { kind: 'key', hash: hashKey(key) }))!;
    let mutations = 0;
    for (const r of requests) {
      let t = process.cpuUsage();
      if (nestsDeeperThan(r.body, MAX_JSON_DEPTH)) throw new Error('too deep');
      const body: unknown = JSON.parse(r.body);
      phases.parse += cpuMicros(t);

      t = process.cpuUsage();
      const req = syncRequestSchema().parse(body);
      phases.schema += cpuMicros(t);
      mutations += req.mutations.length;

      t = process.cpuUsage();
      if (!senderIsProven(r.body, r.headers[DEVICE_SIGNATURE_HEADER], req)) throw new Error('unproven');
      const access = caller(req.deviceId);
      const verdicts = await judgeAuthors(store, req, access);
      phases.signature += cpuMicros(t);

      spent.sql = 0;
      spent.readings = 0;
      t = process.cpuUsage();
      const { acks, known } = await store.push(
        req.mutations,
        (m, creator, view) => {
          const v = verdicts.get(m);
          return v === undefined ? 'forbidden' : typeof v === 'string' ? v : v.denies(m, creator, view);
        },
        req.deviceId,
        (m) => {
          const v = verdicts.get(m);
          return typeof v === 'object' ? v.claimFor : undefined;
        },
      );
      const pushed = cpuMicros(t);
      const sql = spent.sql - spent.readings * reading.inside;
      phases.sql += sql;
      phases.memory += pushed - spent.readings * reading.whole - sql;

      t = process.cpuUsage();
      const held = new Set(known);
      let cursor = pullCursorParts(req.cursor ?? '0')?.last ?? 0;
      while (held.has(cursor + 1)) cursor++;
      const page = await store.pull(cursor, await access.scopes(), MAX_CHANGES_PER_PULL, access.filter, held, true);
      phases.pull += cpuMicros(t);

      t = process.cpuUsage();
      // As the app asks (Sync-Acks: rejected), in the encoding Chromium gets.
      await compressed(answerText({ protocolVersion: PROTOCOL_VERSION, acks: shownAcks(acks, REJECTED_ACKS_ONLY), ...page }), answerEncoding(CHROMIUM_ACCEPT_ENCODING)!);
      phases.answer += cpuMicros(t);
    }
    for (const k of Object.keys(phases) as (keyof Phases)[]) phases[k] /= mutations;
    return phases;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
