import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { createPostgresBus, notePayload, parsePayload } from '../../../src/server/live/postgres-bus.ts';
import { concerns, type Watch } from '../../../src/server/live/watchers.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { cofacilitatorCodeHash, newCofacilitatorCode } from '../../../src/shared/identity/cofacilitator-code.ts';
import { deviceIdOf, mutation, notePatch, syncInit, workshopPatch } from './sync-fixtures.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const keys = { awa: newKey('facilitator'), bo: newKey('facilitator') };

type App = ReturnType<typeof createApp>;

/** The events of an open stream, as they come. */
function readEvents(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  // A read outlived by a deadline stays pending: the next call takes it over, so no chunk is lost.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | undefined;
  return {
    /** The next event named `name`, or undefined when none comes within `ms`. */
    async next(name: string, ms = 3000): Promise<{ seq: number } | undefined> {
      const deadline = Date.now() + ms;
      for (;;) {
        const blocks = buffer.split('\n\n');
        for (let i = 0; i < blocks.length - 1; i++) {
          const lines = blocks[i]!.split('\n');
          if (lines.includes(`event: ${name}`)) {
            buffer = blocks.slice(i + 1).join('\n\n');
            return JSON.parse(lines.find((l) => l.startsWith('data: '))!.slice(6)) as { seq: number };
          }
        }
        const left = deadline - Date.now();
        if (left <= 0) return undefined;
        pending ??= reader.read();
        const chunk = await Promise.race([pending, new Promise<'late'>((r) => setTimeout(() => r('late'), left))]);
        if (chunk === 'late') return undefined;
        pending = undefined;
        if (chunk.done) return undefined;
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

const events = (app: App, key: string | undefined, query: string) => app.request(`/api/events?${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
const push = (app: App, key: string, device: string, mutations: ReturnType<typeof mutation>[]) => app.request('/api/sync', syncInit(key, device, { mutations }));

async function openSqlite(live?: { maxWatchers: number; perKey: number; perJoin: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'wc-events-'));
  const store = openSqliteStore(dir);
  await store.migrate();
  await store.addKey({ hash: hashKey(keys.awa), role: 'facilitator', name: 'Awa' });
  await store.addKey({ hash: hashKey(keys.bo), role: 'facilitator', name: 'Bo' });
  return { store, app: createApp({ store, staticDir: dir, version: 'test', bodyLimit: 256 * 1024, ...(live ? { live } : {}) }) };
}

/** One app over a fresh store for the tests of a describe block (a proxy: the app exists once the block starts). */
function appForBlock(): App {
  let opened: Awaited<ReturnType<typeof openSqlite>> | undefined;
  beforeAll(async () => {
    opened = await openSqlite();
  });
  afterAll(async () => {
    opened?.app.stopWatching();
    await opened?.store.close();
  });
  return new Proxy({} as App, { get: (_, name) => Reflect.get(opened!.app, name) as unknown });
}

describe('GET /api/events: a stream of change events', () => {
  const app = appForBlock();

  it("tells a facilitator's other device of a push at once, and not the device that pushed", async () => {
    const w = uuidv7();
    const tablet = readEvents(await events(app, keys.awa, `device=${deviceIdOf('deviceB')}`));
    const pusher = readEvents(await events(app, keys.awa, `device=${deviceIdOf('deviceA')}`));
    const ready = await tablet.next('ready');
    expect(ready?.seq).toBeTypeOf('number');
    expect(await pusher.next('ready')).toBeDefined();
    const res = await push(app, keys.awa, 'deviceA', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })]);
    expect(res.status).toBe(200);
    const change = await tablet.next('change');
    expect(change!.seq).toBeGreaterThan(ready!.seq);
    expect(await pusher.next('change', 300)).toBeUndefined();
    await tablet.cancel();
    await pusher.cancel();
  });

  it("tells a facilitator's device of a phone's answer in a workshop its key made after the device began watching", async () => {
    const w = uuidv7();
    const token = 'laterworkshoptokenabcdefghijklm23';
    const projector = readEvents(await events(app, keys.awa, `device=${deviceIdOf('deviceB')}`));
    await projector.next('ready');
    await push(app, keys.awa, 'deviceA', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } })]);
    expect(await projector.next('change')).toBeDefined();
    const answered = await push(app, joinCredential(w, token), 'phone3', [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'a phone answers') }, undefined, 'phone3')]);
    expect(answered.status).toBe(200);
    expect(await projector.next('change')).toBeDefined();
    await projector.cancel();
  });

  it("tells a co-facilitator's open device that it was let in, then of the owner's changes to the workshop", async () => {
    const w = uuidv7();
    const code = newCofacilitatorCode();
    const cofacilitatorCode = { hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + 60_000).toISOString() };
    await push(app, keys.awa, 'deviceA', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), cofacilitatorCode } })]);
    const colleague = readEvents(await events(app, keys.bo, `device=${deviceIdOf('deviceD')}`));
    await colleague.next('ready');
    const redeemed = await app.request('/api/cofacilitators', { method: 'POST', headers: { authorization: `Bearer ${keys.bo}`, 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    expect(redeemed.status).toBe(200);
    expect(await colleague.next('change')).toBeDefined();
    await push(app, keys.awa, 'deviceA', [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'the owner writes') })]);
    expect(await colleague.next('change')).toBeDefined();
    await colleague.cancel();
  });

  it('tells nobody of a workshop they cannot read', async () => {
    const w = uuidv7();
    const other = readEvents(await events(app, keys.bo, `device=${deviceIdOf('deviceC')}`));
    await other.next('ready');
    await push(app, keys.awa, 'deviceA', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })]);
    expect(await other.next('change', 300)).toBeUndefined();
    await other.cancel();
  });

  it('tells a phone that joined the workshop of the workshop changing, not of another phone answering', async () => {
    const w = uuidv7();
    const token = 'eventstokenabcdefghijklmnopqrst23';
    await push(app, keys.awa, 'deviceA', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } })]);
    // The note of that push goes out just after its answer.
    await new Promise((r) => setTimeout(r, 20));
    const phone = readEvents(await events(app, joinCredential(w, token), `device=${deviceIdOf('phone1')}`));
    expect(await phone.next('ready')).toBeDefined();
    const other = await push(app, joinCredential(w, token), 'phone2', [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'a note of another phone') }, undefined, 'phone2')]);
    expect(other.status).toBe(200);
    expect(await phone.next('change', 300)).toBeUndefined();
    await push(app, keys.awa, 'deviceA', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { status: 'closed' } })]);
    expect(await phone.next('change')).toBeDefined();
    await phone.cancel();
  });

  it('refuses bad input with a 4xx and a stable code', async () => {
    const code = async (res: Response) => [res.status, apiErrorSchema().parse(await res.json()).error.code];
    expect(await code(await events(app, keys.awa, ''))).toEqual([400, 'invalid_request']);
    expect(await code(await events(app, keys.awa, `device=${deviceIdOf('deviceA')}&since=abc`))).toEqual([400, 'invalid_request']);
    expect(await code(await events(app, keys.awa, `device=${deviceIdOf('deviceA')}&mode=socket`))).toEqual([400, 'invalid_request']);
    expect(await code(await events(app, undefined, `device=${deviceIdOf('deviceA')}`))).toEqual([401, 'unauthorized']);
    expect(await code(await events(app, 'wcf_notakeyatallnotakeyatall', `device=${deviceIdOf('deviceA')}`))).toEqual([401, 'unauthorized']);
  });
});

describe('GET /api/events?mode=poll: long polling where streams are held back', () => {
  const app = appForBlock();
  const poll = async (query: string) => (await events(app, keys.awa, `device=${deviceIdOf('deviceB')}&mode=poll${query}`)).json() as Promise<{ seq: number; changed: boolean }>;

  it('answers the first poll at once with the feed position, then waits for a change after it', async () => {
    const w = uuidv7();
    const first = await poll('');
    expect(first.changed).toBe(false);
    const waiting = poll(`&since=${first.seq}`);
    await new Promise((r) => setTimeout(r, 100));
    await push(app, keys.awa, 'deviceA', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })]);
    const answer = await waiting;
    expect(answer.changed).toBe(true);
    expect(answer.seq).toBeGreaterThan(first.seq);
    // A change missed between two polls is answered at once.
    await push(app, keys.awa, 'deviceA', [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'between polls') })]);
    expect((await poll(`&since=${answer.seq}`)).changed).toBe(true);
  });
});

describe('GET /api/events: limits per credential', () => {
  it('refuses a watcher past the credential cap until one leaves', async () => {
    const { store, app } = await openSqlite({ maxWatchers: 100, perKey: 2, perJoin: 2 });
    const a = readEvents(await events(app, keys.awa, `device=${deviceIdOf('deviceA')}`));
    const b = readEvents(await events(app, keys.awa, `device=${deviceIdOf('deviceB')}`));
    await a.next('ready');
    await b.next('ready');
    const third = await events(app, keys.awa, `device=${deviceIdOf('deviceC')}`);
    expect(third.status).toBe(429);
    expect(apiErrorSchema().parse(await third.json()).error.code).toBe('rate_limited');
    // Another key is not held back by this one's watchers.
    const other = await events(app, keys.bo, `device=${deviceIdOf('deviceC')}`);
    expect(other.status).toBe(200);
    await other.body?.cancel();
    await a.cancel();
    const again = await events(app, keys.awa, `device=${deviceIdOf('deviceC')}`);
    expect(again.status).toBe(200);
    await again.body?.cancel();
    await b.cancel();
    app.stopWatching();
    await store.close();
  });
});

describe('change notes', () => {
  const watch = (over: Partial<Watch>): Watch => ({ device: 'me', scopes: new Set(['w1']), notify: () => undefined, ...over });
  it('concern a watcher by scope, kind, key, or everything', () => {
    expect(concerns({ seq: 1, changes: [['w1', 'note']] }, watch({}))).toBe(true);
    expect(concerns({ seq: 1, device: 'me', changes: [['w1', 'note']] }, watch({}))).toBe(false);
    expect(concerns({ seq: 1, changes: [['w2', 'note']] }, watch({}))).toBe(false);
    expect(concerns({ seq: 1, changes: [['w1', 'score']] }, watch({ kinds: new Set(['agendaItem']) }))).toBe(false);
    expect(concerns({ seq: 1, changes: [['w1', '*']] }, watch({ kinds: new Set(['agendaItem']) }))).toBe(true);
    expect(concerns({ seq: 1, changes: [['o1', 'framework']] }, watch({ alsoScopes: new Set(['o1']), alsoKinds: new Set(['framework']) }))).toBe(true);
    expect(concerns({ seq: 1, keyId: 'k1', changes: [['new', 'workshop']] }, watch({ keyId: 'k1' }))).toBe(true);
    expect(concerns({ seq: 1, changes: [], everything: true }, watch({}))).toBe(true);
  });
  it('fit a PostgreSQL notification, however large the push', () => {
    const changes = Array.from({ length: 500 }, () => [uuidv7(), 'note'] as const);
    const payload = notePayload({ seq: 9, device: 'd', changes });
    expect(payload.length).toBeLessThan(8000);
    expect(parsePayload(payload)?.everything).toBe(true);
    const few = notePayload({ seq: 9, device: 'd', changes: changes.slice(0, 3) });
    expect(parsePayload(few)?.changes).toHaveLength(3);
    expect(parsePayload('not json')).toBeUndefined();
  });
});

describe.skipIf(!pgUrl)('GET /api/events on PostgreSQL with two server processes', () => {
  it('a push through one process reaches a device watching through the other', async () => {
    const stores = [openPostgresStore(pgUrl!), openPostgresStore(pgUrl!)];
    await stores[0]!.migrate();
    for (const [name, key] of Object.entries(keys)) await stores[0]!.addKey({ hash: hashKey(key), role: 'facilitator', name }).catch(() => undefined);
    const buses = [createPostgresBus(pgUrl!), createPostgresBus(pgUrl!)];
    await Promise.all(buses.map((b) => b.ready));
    const [a, b] = stores.map((store, i) => createApp({ store, changes: buses[i], staticDir: tmpdir(), version: 'test', bodyLimit: 256 * 1024 }));
    const w = uuidv7();
    const projector = readEvents(await events(b!, keys.awa, `device=${deviceIdOf('deviceB')}`));
    await projector.next('ready');
    const started = Date.now();
    expect((await push(a!, keys.awa, 'deviceA', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })])).status).toBe(200);
    expect(await projector.next('change', 3000)).toBeDefined();
    console.log(`a change crossed from one process to the other in ${Date.now() - started} ms`);
    await projector.cancel();
    for (const app of [a!, b!]) app.stopWatching();
    await Promise.all([...buses.map((x) => x.close()), ...stores.map((s) => s.close())]);
  }, 20_000);
});
