import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admission, createAdmissionGate } from '../../../src/server/http/admission.ts';
import { createApp } from '../../../src/server/http/app.ts';
import { DEFAULT_UPLOAD_LIMITS } from '../../../src/server/http/upload-limits.ts';
import { readConfig } from '../../../src/server/config.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { mutation, notePatch, syncRequest, workshopPatch } from './sync-fixtures.ts';

const ticks = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};
/** Until `done` holds, or 10 s: a request's signature is checked off the main thread, which a busy machine slows. */
const until = async (done: () => boolean) => {
  for (const end = Date.now() + 10_000; !done() && Date.now() < end;) await new Promise((r) => setTimeout(r, 5));
};

describe('admission gate', () => {
  it('serves up to maxActive, queues up to maxQueued, refuses the rest at once', async () => {
    const gate = createAdmissionGate({ maxActive: 2, maxQueued: 2 });
    const a = await gate.enter();
    const b = await gate.enter();
    const order: string[] = [];
    const c = gate.enter()!.then((r) => (order.push('c'), r));
    const d = gate.enter()!.then((r) => (order.push('d'), r));
    expect(gate.enter()).toBeUndefined();
    expect([gate.active, gate.queued]).toEqual([2, 2]);
    a!();
    await ticks();
    expect(order).toEqual(['c']);
    expect([gate.active, gate.queued]).toEqual([2, 1]);
    // the freed queue place takes one more; nothing overtakes the queue
    const e = gate.enter();
    expect(e).toBeDefined();
    expect(gate.enter()).toBeUndefined();
    b!();
    (await c)();
    (await d)();
    (await e!)();
    expect(order).toEqual(['c', 'd']);
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });

  it('frees a slot once however often it is released', async () => {
    const gate = createAdmissionGate({ maxActive: 1, maxQueued: 0 });
    const release = (await gate.enter())!;
    release();
    release();
    expect(gate.active).toBe(0);
    await gate.enter();
    expect(gate.active).toBe(1);
    expect(gate.enter()).toBeUndefined();
  });

  it('drops a queued request whose caller gave up', async () => {
    const gate = createAdmissionGate({ maxActive: 1, maxQueued: 1 });
    const first = (await gate.enter())!;
    const gone = new AbortController();
    const waiting = gate.enter(gone.signal)!;
    expect(gate.queued).toBe(1);
    gone.abort(new Error('client closed'));
    await expect(waiting).rejects.toThrow('client closed');
    expect(gate.queued).toBe(0);
    const next = gate.enter()!;
    first();
    (await next)();
    expect(gate.active).toBe(0);
    // a caller that has already gone never joins the queue
    const blocker = (await gate.enter())!;
    await expect(gate.enter(AbortSignal.abort())!).rejects.toBeDefined();
    expect(gate.queued).toBe(0);
    blocker();
  });

  it('queues no more bytes of bodies than it may hold, and counts them out as requests leave the queue', async () => {
    const gate = createAdmissionGate({ maxActive: 1, maxQueued: 10, maxQueuedBytes: 1000 });
    const held = (await gate.enter(undefined, 5000))!; // served at once: the limit is on waiting bodies
    const first = gate.enter(undefined, 600)!;
    expect(gate.enter(undefined, 500)).toBeUndefined(); // 1,100 bytes would wait
    const abort = new AbortController();
    const second = gate.enter(abort.signal, 400)!;
    expect(gate.queued).toBe(2);
    abort.abort();
    await expect(second).rejects.toThrow();
    const third = gate.enter(undefined, 400)!; // the cancelled one's bytes were counted out
    expect(gate.enter(undefined, 1)).toBeUndefined();
    held();
    const releaseFirst = await first; // its 600 bytes leave the queue with it
    const fourth = gate.enter(undefined, 600)!;
    expect(gate.queued).toBe(2);
    releaseFirst();
    (await third)();
    (await fourth)();
    expect(gate.active).toBe(0);
  });

  it('estimates Retry-After from the queue and a moving average of service times, within 1–60 s', async () => {
    let t = 0;
    const gate = createAdmissionGate({ maxActive: 2, maxQueued: 10 }, () => t);
    expect(gate.retryAfterSeconds()).toBe(1);
    // a long stream of 4 s requests brings the average to about 4 s
    for (let i = 0; i < 60; i++) {
      const release = (await gate.enter())!;
      t += 4000;
      release();
    }
    const held = [(await gate.enter())!, (await gate.enter())!];
    const queued = Array.from({ length: 10 }, () => gate.enter()!);
    expect(gate.enter()).toBeUndefined();
    // 10 waiting plus this one, at 4 s each over two slots
    expect(gate.retryAfterSeconds()).toBe(Math.ceil((11 * 4) / 2));
    for (const r of held) r();
    for (const q of queued) (await q)();
    // twelve instant answers bring the average down: an empty queue at the recent pace is the minimum
    expect(gate.retryAfterSeconds()).toBe(1);
    // slow service is capped at a minute
    const slow = (await gate.enter())!;
    t += 10 * 60_000;
    slow();
    expect(gate.retryAfterSeconds()).toBe(60);
  });

  it('as middleware: releases its slot when the handler throws or answers 4xx, and names the wait', async () => {
    const gate = createAdmissionGate({ maxActive: 1, maxQueued: 0 });
    const app = new Hono();
    let hold: Promise<void> = Promise.resolve();
    app.post('/x', admission(gate), async (c) => {
      await hold;
      const what = c.req.query('do');
      if (what === 'throw') throw new Error('boom');
      return c.json({ ok: what !== 'refuse' }, what === 'refuse' ? 400 : 200);
    });
    app.onError((_err, c) => c.json({ failed: true }, 500));
    expect((await app.request('/x?do=throw', { method: 'POST' })).status).toBe(500);
    expect((await app.request('/x?do=refuse', { method: 'POST' })).status).toBe(400);
    expect(gate.active).toBe(0);
    let open!: () => void;
    hold = new Promise((r) => (open = r));
    const busy = app.request('/x', { method: 'POST' });
    const refused = await app.request('/x', { method: 'POST' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(apiErrorSchema().parse(await refused.json()).error.code).toBe('server_busy');
    open();
    expect((await busy).status).toBe(200);
    expect(gate.active).toBe(0);
  });
});

describe('admission limits from the environment', () => {
  it('default to 8 active and 64 waiting, take whole numbers, and stop the server on anything else', () => {
    expect(readConfig({}).admission).toEqual({ maxActive: 8, maxQueued: 1024, maxQueuedBytes: 64 * 1024 * 1024 });
    expect(readConfig({ SYNC_MAX_ACTIVE: '1000000', SYNC_MAX_QUEUED: '0', SYNC_MAX_QUEUED_BYTES: '0' }).admission).toEqual({ maxActive: 1_000_000, maxQueued: 0, maxQueuedBytes: 0 });
    for (const bad of [{ SYNC_MAX_ACTIVE: '0' }, { SYNC_MAX_ACTIVE: 'eight' }, { SYNC_MAX_QUEUED: '-1' }, { SYNC_MAX_QUEUED: '2.5' }]) {
      expect(() => readConfig(bad), JSON.stringify(bad)).toThrow(/SYNC_MAX_/);
    }
  });
});

describe('POST /api/sync behind the admission gate', () => {
  const key = newKey('facilitator');
  let base: ServerStore;
  beforeAll(async () => {
    base = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-admission-')));
    await base.migrate();
    await base.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
  });
  afterAll(() => base.close());

  /** The real store, but every push waits until the test opens the latch. */
  function slowStore() {
    let open!: () => void;
    const latch = new Promise<void>((r) => (open = r));
    let pushing = 0;
    const store: ServerStore = {
      ...base,
      push: async (...args: Parameters<ServerStore['push']>) => {
        pushing++;
        await latch;
        return base.push(...args);
      },
    };
    return { store, open, pushing: () => pushing };
  }

  /** One device's first push: its workshop and a note, signed by the device. */
  function devicePush(device: string) {
    const w = uuidv7();
    const { headers, body } = syncRequest(key, device, {
      mutations: [
        mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, undefined, device),
        mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, device) }, undefined, device),
      ],
    });
    return { workshopId: w, body, headers };
  }
  const post = async (app: Hono, body: BodyInit, extra: RequestInit = {}) =>
    app.request('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body, ...extra });
  const send = (app: Hono, push: ReturnType<typeof devicePush>) => post(app, push.body, { headers: push.headers });
  const written = async (workshopId: string) => (await base.pull(0, null, 10_000)).changes.filter((c) => c.record.workshopId === workshopId).length;

  it('refuses requests beyond the limits at once with 503 server_busy and Retry-After, writes nothing of them, and takes them on retry', async () => {
    const slow = slowStore();
    const app = createApp({ store: slow.store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, admission: { maxActive: 2, maxQueued: 1 } });
    const devices = ['busyA', 'busyB', 'busyC', 'busyD', 'busyE'].map(devicePush);
    const admitted = devices.slice(0, 3).map((d) => send(app, d));
    await until(() => slow.pushing() >= 2);
    expect(slow.pushing()).toBe(2);

    // while two pushes are stuck in the database and one waits, the next two are answered at once
    const refused = await Promise.all(devices.slice(3).map((d) => send(app, d)));
    for (const res of refused) {
      expect(res.status).toBe(503);
      expect(apiErrorSchema().parse(await res.json()).error.code).toBe('server_busy');
      const wait = Number(res.headers.get('retry-after'));
      expect(Number.isInteger(wait) && wait >= 1 && wait <= 60).toBe(true);
    }
    expect(slow.pushing()).toBe(2);

    slow.open();
    for (const res of await Promise.all(admitted)) {
      expect(res.status).toBe(200);
      expect(
        syncResponseSchema()
          .parse(await res.json())
          .acks.map((a) => a.status),
      ).toEqual(['applied', 'applied']);
    }
    expect(await Promise.all(devices.map((d) => written(d.workshopId)))).toEqual([2, 2, 2, 0, 0]);

    const retried = await send(app, devices[3]!);
    expect(retried.status).toBe(200);
    expect(await written(devices[3]!.workshopId)).toBe(2);
  });

  it('refuses without keeping the body: a body that never ends gets its 503 once its trickle is given up on, and the connection closes', async () => {
    const slow = slowStore();
    // The rest of a refused body is discarded before the answer (so that a browser still sending
    // sees it), within the deadline of any body: here a grace of 0.2 s.
    const uploads = { ...DEFAULT_UPLOAD_LIMITS, graceMs: 200, maxMs: 1000 };
    const app = createApp({ store: slow.store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, admission: { maxActive: 1, maxQueued: 0 }, uploads });
    const first = devicePush('endlessA');
    const holding = send(app, first);
    await until(() => slow.pushing() >= 1);
    const endless = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"protocolVersion":1,')) });
    const started = performance.now();
    const res = await post(app, endless, { duplex: 'half' } as RequestInit);
    expect(res.status).toBe(503);
    expect(res.headers.get('connection')).toBe('close');
    expect(performance.now() - started).toBeLessThan(1500);
    expect(slow.pushing()).toBe(1);
    slow.open();
    expect((await holding).status).toBe(200);
  });

  it('frees the slot after a 4xx answer and after a server fault', async () => {
    let failPull = true;
    const store: ServerStore = {
      ...base,
      pull: async (...args: Parameters<ServerStore['pull']>) => {
        if (failPull) {
          failPull = false;
          throw new Error('database went away');
        }
        return base.pull(...args);
      },
    };
    const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, admission: { maxActive: 1, maxQueued: 0 } });
    const quiet = console.error;
    console.error = () => undefined;
    try {
      expect((await post(app, '{"protocolVersion":1,')).status).toBe(400);
      expect((await app.request('/api/sync', { method: 'POST', body: devicePush('noKey').body })).status).toBe(401);
      expect((await send(app, devicePush('faultA'))).status).toBe(500);
    } finally {
      console.error = quiet;
    }
    expect((await send(app, devicePush('faultB'))).status).toBe(200);
  });
});
