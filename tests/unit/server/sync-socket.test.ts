import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { mutation, notePatch, syncRequest, workshopPatch } from './sync-fixtures.ts';
import { codeOf, serverWithKeys, slowUpload, trickle, type TestServer } from './socket-client.ts';

// The sync endpoint against the real server process, where these behaviours live: at the socket.

const UNKNOWN = 'wcf_notakeyatallnotakeyatallnotakeyat';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A device's first push: its workshop and a note, signed. */
function push(key: string, device: string) {
  const w = uuidv7();
  return syncRequest(key, device, {
    mutations: [
      mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, undefined, device),
      mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, device) }, undefined, device),
    ],
  });
}

async function post(server: TestServer, req: { headers: Record<string, string>; body: BodyInit }): Promise<{ status: number; code?: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/api/sync`, { method: 'POST', ...req, duplex: 'half' } as RequestInit);
  const text = await res.text();
  return { status: res.status, code: codeOf(text), ms: performance.now() - started };
}

describe('POST /api/sync at the socket: slow bodies and keyless requests hold no processing slot', () => {
  let server: TestServer;
  let keys: Record<string, string>;
  beforeAll(async () => {
    // One request processed at a time and none waiting: any slot held by a body in transit shows at once.
    ({ server, keys } = await serverWithKeys(['awa', 'bo', 'cy', 'di'], {
      SYNC_MAX_ACTIVE: '1',
      SYNC_MAX_QUEUED: '0',
      SYNC_BODY_GRACE_SECONDS: '1',
      SYNC_BODY_MIN_BYTES_PER_SECOND: '1000',
      SYNC_BODY_MAX_SECONDS: '3',
      SYNC_UPLOADS_PER_CREDENTIAL: '2',
      SYNC_MAX_UPLOADS: '3',
      // This suite is about slots; failed authentications are limited in sync-limits.test.ts.
      SYNC_AUTH_FAILURES: '100000/100000',
    }));
  }, 30_000);
  afterAll(() => server?.stop());

  it('seventy slow sockets without a key never block a device with a key', async () => {
    const strangers = Array.from({ length: 70 }, (_, i) => trickle(server.port, i % 2 ? { authorization: `Bearer ${UNKNOWN}` } : {}, { everyMs: 400, chunked: true }));
    try {
      await sleep(500);
      const res = await post(server, push(keys.awa!, 'awaTablet'));
      expect(res.status).toBe(200);
      expect(res.ms).toBeLessThan(2000);
      // Each stranger is refused as its status and code, once its trickle falls below the minimum rate.
      const answers = await Promise.all(strangers.slice(0, 4).map((s) => s.answer));
      expect(answers.map((a) => [a.status, codeOf(a.body)])).toEqual([
        [401, 'unauthorized'],
        [401, 'unauthorized'],
        [401, 'unauthorized'],
        [401, 'unauthorized'],
      ]);
    } finally {
      for (const s of strangers) s.socket.destroy();
    }
  }, 15_000);

  it('a body that trickles from a valid key is cut off with 408 request_timeout, and others are served meanwhile', async () => {
    const slow = trickle(server.port, { authorization: `Bearer ${keys.bo}` }, { everyMs: 200 });
    await sleep(300);
    const other = await post(server, push(keys.cy!, 'cyTablet'));
    expect(other.status).toBe(200);
    const cut = await slow.answer;
    // The minimum average rate applies after a grace of one second: cut off within about two.
    expect(cut.ms).toBeGreaterThan(900);
    expect(cut.ms).toBeLessThan(3500);
    expect([cut.status, codeOf(cut.body)]).toEqual([408, 'request_timeout']);
  }, 15_000);

  it('bodies in transit are capped per credential (429) and in all (503), and the cap frees as they end', async () => {
    const held = [trickle(server.port, { authorization: `Bearer ${keys.di}` }, { everyMs: 100 }), trickle(server.port, { authorization: `Bearer ${keys.di}` }, { everyMs: 100 })];
    await sleep(300);
    const third = await post(server, push(keys.di!, 'diTablet'));
    expect([third.status, third.code]).toEqual([429, 'rate_limited']);
    const oneMore = trickle(server.port, { authorization: `Bearer ${keys.bo}` }, { everyMs: 100 });
    await sleep(300);
    const full = await post(server, push(keys.awa!, 'awaPhone'));
    expect([full.status, full.code]).toEqual([503, 'server_busy']);
    for (const t of [...held, oneMore]) t.socket.destroy();
    await sleep(200);
    expect((await post(server, push(keys.di!, 'diTablet'))).status).toBe(200);
  }, 15_000);

  it('a client that hangs up in the middle of its body costs one line in the log, not a stack trace', async () => {
    // The sockets the test before cut log as they close: on a busy machine, later. Wait for quiet.
    for (let n = -1, waited = 0; n !== server.output().length && waited < 5000; waited += 300) {
      n = server.output().length;
      await sleep(300);
    }
    const before = server.output().length;
    const gone = trickle(server.port, { authorization: `Bearer ${keys.awa}` }, { everyMs: 50, chunked: true });
    await sleep(300);
    gone.socket.destroy();
    await sleep(500);
    const logged = server.output().slice(before);
    expect(logged.trim().split('\n')).toHaveLength(1);
    expect(logged).toContain('closed the connection before its body arrived');
    expect(logged).not.toMatch(/^\s+at /m);
  }, 10_000);
});

describe('POST /api/sync at the socket: every refusal reaches the client as its status and code', () => {
  let server: TestServer;
  let keys: Record<string, string>;
  beforeAll(async () => {
    ({ server, keys } = await serverWithKeys(['awa']));
  }, 30_000);
  afterAll(() => server?.stop());

  const MiB = 1024 * 1024;

  it('to a client that reads the answer only after sending its whole body, as browsers do', async () => {
    const unknown = await slowUpload(server.port, {
      headers: { authorization: `Bearer ${UNKNOWN}`, 'content-type': 'application/json' },
      body: Buffer.alloc(1.5 * MiB, 32),
      bytesPerSecond: 1.5 * MiB,
    });
    expect([unknown.status, codeOf(unknown.body), unknown.error]).toEqual([401, 'unauthorized', undefined]);
    const tooLarge = await slowUpload(server.port, { headers: { authorization: `Bearer ${keys.awa}`, 'content-type': 'application/json' }, body: Buffer.alloc(3 * MiB, 32), bytesPerSecond: 3 * MiB });
    expect([tooLarge.status, codeOf(tooLarge.body), tooLarge.error]).toEqual([413, 'payload_too_large', undefined]);
  }, 20_000);

  it("to Node's fetch, for multi-megabyte bodies with an unknown key, a declared length over the limit, or no declared length", async () => {
    const big = new Uint8Array(8 * MiB).fill(32);
    expect(await post(server, { headers: { authorization: `Bearer ${UNKNOWN}` }, body: big })).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(await post(server, { headers: { authorization: `Bearer ${keys.awa}` }, body: big })).toMatchObject({ status: 413, code: 'payload_too_large' });
    // Sent in pieces without a length: the limit is found while reading, and the rest is discarded.
    const pieces = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 64; i++) c.enqueue(new Uint8Array(64 * 1024).fill(32));
        c.close();
      },
    });
    expect(await post(server, { headers: { authorization: `Bearer ${keys.awa}` }, body: pieces })).toMatchObject({ status: 413, code: 'payload_too_large' });
  }, 20_000);

  it('a gzip bomb is refused as soon as it inflates past the limit, and /api/health stays quick meanwhile', async () => {
    // About 30 MiB of JSON from about 30 KB: an object the schema would refuse, once parsed whole.
    const inflated = `{"protocolVersion":2,"deviceId":"bomb","cursor":null,"mutations":[],"pad":[${'0,'.repeat(15 * MiB)}0]}`;
    const bomb = new Uint8Array(gzipSync(inflated, { level: 9 }));
    expect(bomb.length).toBeLessThan(64 * 1024);
    let slowestHealth = 0;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const started = performance.now();
        await fetch(`${server.url}/api/health`);
        slowestHealth = Math.max(slowestHealth, performance.now() - started);
        await sleep(20);
      }
    })();
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => post(server, { headers: { authorization: `Bearer ${keys.awa}`, 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: bomb })),
    );
    const took = performance.now() - started;
    polling = false;
    await poll;
    for (const a of answers) expect([a.status, a.code]).toEqual([413, 'payload_too_large']);
    expect(took).toBeLessThan(2000);
    expect(slowestHealth).toBeLessThan(500);
    // A plain body of the same JSON is refused on its declared length, unread.
    const plain = await post(server, { headers: { authorization: `Bearer ${keys.awa}`, 'content-type': 'application/json' }, body: inflated });
    expect([plain.status, plain.code]).toEqual([413, 'payload_too_large']);
  }, 30_000);
});
