import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { MAX_DRIFT_MS } from '../../../src/shared/hlc.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import { pushAcks, REJECTED_ACKS_ONLY, SYNC_ACKS_HEADER, syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { authorEntry, deviceIdOf, mutation, notePatch, signedBy, syncInit, syncRequest, workshopPatch } from './sync-fixtures.ts';
import type { SyncBody } from '../../support/test-devices.ts';

let store: ServerStore;
let app: ReturnType<typeof createApp>;
let dataDir: string;
const keys = { awa: newKey('facilitator'), bo: newKey('facilitator'), coord: newKey('coordinator') };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wc-sync-'));
  store = openSqliteStore(dataDir);
  await store.migrate();
  await store.addKey({ hash: hashKey(keys.awa), role: 'facilitator', name: 'Awa' });
  await store.addKey({ hash: hashKey(keys.bo), role: 'facilitator', name: 'Bo' });
  await store.addKey({ hash: hashKey(keys.coord), role: 'coordinator', name: 'Henrik' });
  app = createApp({ store, staticDir: dataDir, version: 'test', bodyLimit: 256 * 1024 });
});
afterAll(() => store.close());

/** A sync request signed by a named test device (`deviceId` in the body names the device); a string body is sent as it is. */
const sync = async (key: string | undefined, body: unknown, device = 'deviceA'): Promise<Response> => {
  if (typeof body === 'string') return app.request('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body });
  const { deviceId, ...rest } = body as { deviceId?: string } & SyncBody;
  return app.request('/api/sync', syncInit(key, deviceId ?? device, rest));
};
const errorCode = async (res: Response) => apiErrorSchema().parse(await res.json()).error.code;

describe('POST /api/sync: bad input gets a 4xx with a stable code', () => {
  it.each([
    ['no key', undefined, {}, 401, 'unauthorized'],
    ['an unknown key', 'wcf_notakeyatallnotakeyatall', {}, 401, 'unauthorized'],
    // the key is settled before the body is read: a stranger's body is never parsed nor inflated
    ['an unknown key with a broken body', 'wcf_notakeyatallnotakeyatall', '{"protocolVersion": 1,', 401, 'unauthorized'],
    ['malformed JSON', 'awa', '{"protocolVersion": 1,', 400, 'invalid_json'],
    ['an old protocol', 'awa', { protocolVersion: 0 }, 426, 'protocol_outdated'],
    ['a wrong shape', 'awa', { cursor: 12 }, 400, 'invalid_request'],
    ['an unknown record kind', 'awa', { mutations: [{ ...mutation({ kind: 'note', recordId: uuidv7(), scope: uuidv7(), patch: {} }), kind: 'salary' }] }, 400, 'invalid_request'],
    ['too many mutations', 'awa', { mutations: Array.from({ length: 501 }, () => mutation({ kind: 'note', recordId: uuidv7(), scope: uuidv7(), patch: {} })) }, 413, 'too_many_mutations'],
    ['a body over the size limit', 'awa', { mutations: [mutation({ kind: 'note', recordId: uuidv7(), scope: uuidv7(), patch: { text: 'x'.repeat(300_000) } })] }, 413, 'payload_too_large'],
    [
      'a mutation with a malformed device id',
      'awa',
      { mutations: [{ ...mutation({ kind: 'note', recordId: uuidv7(), scope: uuidv7(), patch: {} }), deviceId: 'not a device' }] },
      400,
      'invalid_request',
    ],
  ] as const)('%s', async (_name, who, body, status, code) => {
    const key = who === undefined ? undefined : who in keys ? keys[who as keyof typeof keys] : who;
    const res = await sync(key, body);
    expect(res.status).toBe(status);
    expect(await errorCode(res)).toBe(code);
  });
});

describe('POST /api/sync: gzip request bodies', () => {
  const gz = (text: string) => gzipSync(Buffer.from(text));
  const post = (bytes: Uint8Array) =>
    app.request('/api/sync', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${keys.awa}` },
      body: new Blob([new Uint8Array(bytes)]),
    });

  it('are accepted', async () => {
    const req = syncRequest(keys.awa, 'gzipDevice');
    const res = await app.request('/api/sync', { method: 'POST', headers: { ...req.headers, 'content-encoding': 'gzip' }, body: new Blob([new Uint8Array(gz(req.body))]) });
    expect(res.status).toBe(200);
  });

  it('that are not gzip, or inflate past the limit, get a 4xx', async () => {
    expect(await errorCode(await post(new TextEncoder().encode('{"not":"gzip"}')))).toBe('invalid_json');
    const bomb = gz(' '.repeat(40 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const res = await post(bomb);
    expect(res.status).toBe(413);
    expect(await errorCode(res)).toBe('payload_too_large');
  });
});

describe('POST /api/sync: roles and scope', () => {
  const w = uuidv7();
  const push = (key: string, mutations: Mutation[], cursor: string | null = null) =>
    sync(key, { mutations, cursor }).then(async (r) => ({ status: r.status, body: syncResponseSchema().parse(await r.json()) }));

  it('a facilitator registers the workshop it created offline and reads it back', async () => {
    const res = await push(keys.awa, [
      mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }),
      mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'hello') }),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.acks.map((a) => a.status)).toEqual(['applied', 'applied']);
    // The device holds exactly what it created: the answer does not echo it back…
    expect(res.body.changes).toEqual([]);
    expect(Number(res.body.cursor)).toBeGreaterThan(0);
    // …but the same device starting over (cursor null, its data wiped) reads everything back.
    const again = await push(keys.awa, []);
    expect(again.body.changes.map((c) => c.kind)).toEqual(['workshop', 'note']);
  });

  it('a device that had read everything gets, after two pushes at once, every change of the other device once and none of its own', async () => {
    const start = await push(keys.awa, []);
    const texts = (page: { changes: { record: Record<string, unknown> }[] }) => page.changes.map((c) => String(c.record.text));
    const mine = [1, 2, 3].map((i) => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `tablet ${i}`) }));
    const theirs = [1, 2].map((i) => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `laptop ${i}`) }, undefined, 'deviceLaptop'));
    const answer = async (r: Promise<Response>) => syncResponseSchema().parse(await (await r).json());
    const [a, b] = await Promise.all([
      answer(sync(keys.awa, { mutations: mine, cursor: start.body.cursor })),
      answer(sync(keys.awa, { mutations: theirs, cursor: start.body.cursor }, 'deviceLaptop')),
    ]);
    // What a push's answer did not bring (the other push was not stored yet), the next sync does.
    const aNext = await answer(sync(keys.awa, { mutations: [], cursor: a.cursor }));
    const bNext = await answer(sync(keys.awa, { mutations: [], cursor: b.cursor }, 'deviceLaptop'));
    expect([...texts(a), ...texts(aNext)].sort()).toEqual(['laptop 1', 'laptop 2']);
    expect([...texts(b), ...texts(bNext)].sort()).toEqual(['tablet 1', 'tablet 2', 'tablet 3']);
    expect(aNext.cursor).toBe(bNext.cursor);
  });

  it('a push from a device that had read everything reads none of what it wrote back', async () => {
    const start = await push(keys.awa, []);
    const froms: number[] = [];
    const pull = store.pull.bind(store);
    store.pull = (from, ...rest) => (froms.push(from), pull(from, ...rest));
    try {
      const notes = [1, 2, 3].map((i) => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `read back ${i}`) }));
      const res = await push(keys.awa, notes, start.body.cursor);
      expect(res.body.changes).toEqual([]);
      // The pull began after the push's own positions, where the answer's cursor stands.
      expect(froms).toEqual([Number(res.body.cursor)]);
      expect(Number(res.body.cursor)).toBe(Number(start.body.cursor) + 3);
    } finally {
      store.pull = pull;
    }
  });

  it("echoes what the device does not hold exactly: an edit merged with others', a relayed change, a value that lost", async () => {
    const note = uuidv7();
    const created = await push(keys.awa, [mutation({ kind: 'note', recordId: note, scope: w, patch: notePatch(w, 'first words') })]);
    const t = Date.UTC(2026, 2, 11);
    // The tablet edits the text; the phone's older concurrent edit loses and is kept for review.
    const edit = mutation({ kind: 'note', recordId: note, scope: w, patch: { text: 'tablet words' } }, t + 10);
    const late = signedBy(mutation({ kind: 'note', recordId: note, scope: w, patch: { text: 'phone words' } }, t, 'devicePhone'));
    const phone = { [deviceIdOf('devicePhone')]: authorEntry('devicePhone', keys.awa) };
    const res = await sync(keys.awa, { mutations: [edit, late], cursor: created.body.cursor, authors: phone }).then(async (r) => ({ body: syncResponseSchema().parse(await r.json()) }));
    expect(res.body.acks.map((a) => a.status)).toEqual(['applied', 'applied']);
    expect(res.body.changes.map((c) => [c.kind, c.record.text ?? c.record.value])).toEqual([
      ['note', 'tablet words'],
      ['lostValue', 'phone words'],
    ]);
    // A new record relayed for another device (a file carried over) comes back to the relaying device.
    const carried = signedBy(mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'carried over') }, t, 'devicePhone'));
    const relayed = await sync(keys.awa, { mutations: [carried], cursor: res.body.cursor, authors: { [deviceIdOf('devicePhone')]: authorEntry('devicePhone', keys.awa) } }).then(async (r) =>
      syncResponseSchema().parse(await r.json()),
    );
    expect(relayed.acks[0]).toMatchObject({ status: 'applied' });
    expect(relayed.changes.map((c) => c.record.text)).toEqual(['carried over']);
  });

  it('another facilitator can neither write to it nor read it', async () => {
    const res = await sync(keys.bo, { mutations: [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'intrusion') }, undefined, 'deviceB')] }, 'deviceB').then(async (r) => ({
      body: syncResponseSchema().parse(await r.json()),
    }));
    expect(res.body.acks).toEqual([{ mutationId: expect.any(String) as unknown, status: 'rejected', code: 'forbidden' }]);
    expect(res.body.changes).toEqual([]);
  });

  it('a refused write claims nothing: the workshop stays free for the facilitator who really creates it', async () => {
    const free = uuidv7();
    const refused = await push(keys.bo, [mutation({ kind: 'workshop', recordId: free, scope: free, patch: { ...workshopPatch(free), status: 'imaginary' } })]);
    expect(refused.body.acks[0]).toMatchObject({ status: 'rejected', code: 'invalid_record' });
    const created = await push(keys.awa, [mutation({ kind: 'workshop', recordId: free, scope: free, patch: workshopPatch(free) })]);
    expect(created.body.acks[0]).toMatchObject({ status: 'applied' });
    // Now it is Awa's: Bo may no longer write there, and reads nothing of it.
    const late = await push(keys.bo, [mutation({ kind: 'note', recordId: uuidv7(), scope: free, patch: notePatch(free, 'late') })]);
    expect(late.body.acks[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(late.body.changes.filter((c) => c.record.workshopId === free)).toEqual([]);
  });

  it('a coordinator reads every workshop and writes no notes', async () => {
    const res = await push(keys.coord, [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'x') })]);
    expect(res.body.acks[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    const owners = await push(keys.awa, []);
    expect(res.body.changes.filter((c) => c.record.workshopId === w)).toEqual(owners.body.changes.filter((c) => c.record.workshopId === w));
    expect(owners.body.changes.length).toBeGreaterThan(1);
  });

  it('a revoked key stops working at once', async () => {
    const key = newKey('facilitator');
    await store.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Temp' });
    expect((await sync(key, {})).status).toBe(200);
    await store.revokeKey(hashKey(key));
    expect((await sync(key, {})).status).toBe(401);
  });
});

describe("POST /api/sync: the server's clock", () => {
  it('refuses a change stamped more than a day ahead of it, and nothing of it is stored', async () => {
    const w = uuidv7();
    const created = mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, Date.now(), 'clockDevice');
    const ahead = mutation({ kind: 'workshop', recordId: w, scope: w, patch: { title: 'Set in 2099' } }, Date.now() + MAX_DRIFT_MS + 60_000, 'clockDevice');
    const res = syncResponseSchema().parse(await (await sync(keys.awa, { mutations: [created, ahead] }, 'clockDevice')).json());
    expect(res.acks).toEqual([
      { mutationId: created.mutationId, status: 'applied' },
      { mutationId: ahead.mutationId, status: 'rejected', code: 'clock_ahead' },
    ]);
    // the refused change's record comes back as stored, so the device can show it as it is
    expect(res.changes.find((c) => c.record.id === w)?.record.title).toBe('Social protection');
  });
});

describe('POST /api/sync: a device that asks for the refused acks only', () => {
  it('is told of its refused changes alone, and reads the same outcome as from every ack', async () => {
    const w = uuidv7();
    const created = mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, Date.now(), 'shortAcks');
    const note = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'taken') }, Date.now(), 'shortAcks');
    const ahead = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'from 2099') }, Date.now() + MAX_DRIFT_MS + 60_000, 'shortAcks');
    const sent = [created, note, ahead];
    const answer = async (headers: Record<string, string>) =>
      syncResponseSchema().parse(await (await app.request('/api/sync', syncInit(keys.awa, 'shortAcks', { mutations: sent, cursor: null }, headers))).json());
    const short = await answer({ [SYNC_ACKS_HEADER]: REJECTED_ACKS_ONLY });
    expect(short.acks).toEqual([{ mutationId: ahead.mutationId, status: 'rejected', code: 'clock_ahead' }]);
    // sent again, every ack: the two taken are known by now
    const full = await answer({});
    expect(full.acks.map((a) => a.status)).toEqual(['duplicate', 'duplicate', 'rejected']);
    const outcome = (acks: { mutationId: string; status: string }[]) => new Map(acks.map((a) => [a.mutationId, a.status === 'rejected' ? 'refused' : 'taken']));
    expect(outcome(pushAcks(sent, short.acks))).toEqual(outcome(full.acks));
    // an older server lists every ack: nothing is added to them
    expect(pushAcks(sent, full.acks)).toEqual(full.acks);
  });
});

describe('admin command', () => {
  it('prints a new facilitator key on its last line, stored hashed, and revokes it', async () => {
    const run = (...args: string[]) =>
      execFileSync(process.execPath, ['src/server/admin.ts', ...args], {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PUBLIC_URL: 'https://workshops.example.org/' },
        encoding: 'utf8',
      });
    const out = run('add-facilitator', 'Awa Diop').trim().split('\n');
    const key = out.at(-1)!;
    expect(key).toMatch(/^wcf_[a-z2-7]{32}$/);
    expect(out).toContain(`https://workshops.example.org/settings#key=${key}`);
    expect(await store.findKey(hashKey(key))).toMatchObject({ role: 'facilitator', name: 'Awa Diop' });
    expect((await sync(key, {})).status).toBe(200);
    expect(run('revoke', key)).toContain('Key revoked.');
    expect(await store.findKey(hashKey(key))).toBeUndefined();
  }, 30_000);
});

describe('POST /api/sync: participants with a join token', () => {
  const w = uuidv7();
  const token = 'jointokenabcdefghijklmnopqrstuv23';
  const org = uuidv7();
  const facilitatorNote = uuidv7();
  const ownerScope = uuidv7();
  const otherWorkshop = uuidv7();
  const as = async (device: string, mutations: Mutation[], key = joinCredential(w, token)) => {
    const res = await sync(key, { mutations, deviceId: device });
    return { status: res.status, body: res.status === 200 ? syncResponseSchema().parse(await res.json()) : undefined };
  };

  it('a participant reads the workshop, its agenda and organisations, writes their own inputs, and nothing else', async () => {
    const setup = await sync(keys.awa, {
      mutations: [
        mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } }),
        mutation({ kind: 'organisation', recordId: org, scope: w, patch: { workshopId: w, name: 'CNTL', acronym: 'CNTL', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' } }),
        mutation({ kind: 'participant', recordId: uuidv7(), scope: w, patch: { workshopId: w, name: 'Aminata', role: '', gender: '', consent: true } }),
        mutation({ kind: 'note', recordId: facilitatorNote, scope: w, patch: notePatch(w, 'facilitator note') }),
        mutation({ kind: 'framework', recordId: uuidv7(), scope: ownerScope, patch: { ownerId: ownerScope, name: 'Adapted', version: 1, document: { id: 'adapted' } } }),
        mutation({
          kind: 'project',
          recordId: uuidv7(),
          scope: ownerScope,
          patch: { ownerId: ownerScope, reference: 'RAF/22/11/NOR', title: 'Private project', donor: '', partners: [], countries: [], themes: [], startDate: '', endDate: '', status: 'active' },
        }),
        mutation({ kind: 'note', recordId: uuidv7(), scope: otherWorkshop, patch: notePatch(otherWorkshop, 'another workshop of the same facilitator') }),
        mutation({ kind: 'device', recordId: uuidv7(), scope: ownerScope, patch: { ownerId: ownerScope, namedDeviceId: deviceIdOf('deviceA'), name: 'Awa’s tablet' } }),
      ],
    });
    expect(setup.status).toBe(200);

    // the facilitator's adapted frameworks come along; its projects, device names and other workshops do not
    const first = await as('phone1', []);
    expect(first.body!.changes.map((c) => c.kind).sort()).toEqual(['framework', 'organisation', 'workshop']);

    const a = uuidv7();
    const mine = [
      mutation(
        { kind: 'assessment', recordId: a, scope: w, patch: { workshopId: w, organisationId: org, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false } },
        undefined,
        'phone1',
      ),
      mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: { workshopId: w, assessmentId: a, itemId: 'autonomy', value: null, comment: '' } }, undefined, 'phone1'),
    ];
    const others = [
      mutation({ kind: 'organisation', recordId: org, scope: w, patch: { name: 'Renamed' } }, undefined, 'phone1'),
      mutation({ kind: 'note', recordId: facilitatorNote, scope: w, patch: { text: 'hijacked' } }, undefined, 'phone1'),
      mutation({ kind: 'note', recordId: uuidv7(), scope: uuidv7(), patch: notePatch(uuidv7(), 'elsewhere') }, undefined, 'phone1'),
      mutation({ kind: 'device', recordId: uuidv7(), scope: w, patch: { ownerId: w, namedDeviceId: deviceIdOf('phone1'), name: 'The facilitator’s tablet' } }, undefined, 'phone1'),
    ];
    const pushed = await as('phone1', [...mine, ...others]);
    expect(pushed.body!.acks.map((x) => x.code ?? x.status)).toEqual(['applied', 'applied', 'forbidden', 'forbidden', 'forbidden', 'forbidden']);
    // its own new inputs are not echoed back to it; a refused change is answered by the record as stored
    expect(pushed.body!.changes.map((c) => c.kind).sort()).toEqual(['framework', 'organisation', 'workshop']);
    expect(pushed.body!.changes.find((c) => c.kind === 'organisation')!.record.name).not.toBe('Renamed');

    // another phone sees neither the first phone's scores nor the facilitator's notes or people
    const second = await as('phone2', []);
    expect(second.body!.changes.map((c) => c.kind).sort()).toEqual(['framework', 'organisation', 'workshop']);
    const steal = await as('phone2', [mutation({ kind: 'assessment', recordId: a, scope: w, patch: { submitted: true } }, undefined, 'phone2')]);
    expect(steal.body!.acks[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });

    // a phone never learns which device wrote what, so it cannot pass for another device
    expect(new Set(second.body!.changes.map((c) => c.record.deviceId))).toEqual(new Set(['hidden']));

    // the facilitator sees the participant's scores
    const fac = syncResponseSchema().parse(await (await sync(keys.awa, {})).json());
    expect(fac.changes.filter((c) => c.kind === 'score')).toHaveLength(1);
    // and the names of its own devices
    expect(fac.changes.filter((c) => c.kind === 'device').map((c) => c.record.name)).toEqual(['Awa’s tablet']);
  });

  it('a wrong or replaced join token is refused', async () => {
    expect((await as('phone3', [], joinCredential(w, 'nottherighttokenatallxxxxxxxxxxx'))).status).toBe(401);
    await sync(keys.awa, { mutations: [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { joinTokenHash: hashKey('anewtokenfortheworkshop234567abc') } }, Date.UTC(2026, 5, 1))] });
    expect((await as('phone1', [])).status).toBe(401);
    expect((await as('phone1', [], joinCredential(w, 'anewtokenfortheworkshop234567abc'))).status).toBe(200);
  });
});
