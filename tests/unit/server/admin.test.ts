// The administrator's command (src/server/admin.ts), run as `npm run admin` runs it, on a temporary
// DATA_DIR that an in-process server shares.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyLink } from '../../../src/server/admin-link.ts';
import { hashKey } from '../../../src/server/auth/keys.ts';
import { createApp } from '../../../src/server/http/app.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { joinCredential, keyIdOf } from '../../../src/shared/identity/credential.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { mutation, syncInit, workshopPatch } from './sync-fixtures.ts';

let dataDir: string;
let store: ServerStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wc-admin-'));
  store = openSqliteStore(dataDir);
  await store.migrate();
  app = createApp({ store, staticDir: dataDir, version: 'test', bodyLimit: 1024 * 1024 });
});
afterAll(() => store.close());

interface Run {
  code: number;
  out: string;
  err: string;
}
/** `npm run admin -- …args` on the test's DATA_DIR. */
const admin = (args: string[], env: Record<string, string> = {}) =>
  new Promise<Run>((done) => {
    execFile(process.execPath, ['src/server/admin.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', PUBLIC_URL: '', ...env }, encoding: 'utf8' }, (err, out, errText) => {
      done({ code: err ? Number(err.code ?? 1) : 0, out, err: errText });
    });
  });
const newKey = async (command: 'add-facilitator' | 'add-coordinator', name: string) => {
  const run = await admin([command, name]);
  expect(run.code, run.err).toBe(0);
  return run.out.trim().split('\n').at(-1)!;
};

/** A sync request from a named test device; the answer's status, error code, or body. */
async function call(key: string, device: string, mutations: Mutation[] = []) {
  const res = await app.request('/api/sync', syncInit(key, device, { mutations }));
  if (res.status === 200) return { status: res.status, body: syncResponseSchema().parse(await res.json()) };
  return { status: res.status, code: apiErrorSchema().safeParse(await res.json()).data?.error.code };
}

describe('admin command: the link that sets a key', () => {
  it('is on PUBLIC_URL, else on the port the server listens on', async () => {
    const onPort = await admin(['add-facilitator', 'Awa Diop'], { PORT: '9123' });
    const key = onPort.out.trim().split('\n').at(-1)!;
    expect(onPort.out).toContain(`\nhttp://localhost:9123/settings#key=${key}\n`);
    const spaced = await admin(['add-coordinator', 'Henrik'], { PUBLIC_URL: ' https://workshops.example.org/ ' });
    expect(spaced.out).toContain(`\nhttps://workshops.example.org/settings#key=${spaced.out.trim().split('\n').at(-1)}\n`);
  }, 30_000);

  it('refuses a PUBLIC_URL no device could open, and makes no key', async () => {
    const before = (await store.listKeys()).length;
    const run = await admin(['add-facilitator', 'Awa Diop'], { PUBLIC_URL: 'workshops.example.org' });
    expect(run.code).toBe(2);
    expect(run.err).toContain('PUBLIC_URL must be an http:// or https:// address');
    expect(await store.listKeys()).toHaveLength(before);
    expect(() => keyLink('k', 'ftp://example.org', 80)).toThrow('PUBLIC_URL');
    expect(keyLink('k', undefined, 8080)).toBe('http://localhost:8080/settings#key=k');
  }, 30_000);
});

describe('admin command: keys', () => {
  it('lists keys by an id that is neither the key nor a part of its hash, with when each was made and last used', async () => {
    const awa = await newKey('add-facilitator', 'Awa Listed');
    const henrik = await newKey('add-coordinator', 'Henrik Listed');
    expect((await call(awa, 'awaTablet')).status).toBe(200);
    const run = await admin(['list-keys']);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.out.trim().split('\n');
    expect(header).toMatch(/^ID +ROLE +NAME +CREATED \(UTC\) +LAST USED \(UTC\) +SCOPES +STATUS$/);
    const today = new Date().toISOString().slice(0, 10);
    const row = (id: string) => rows.find((r) => r.startsWith(`${id} `))?.split(/ {2,}/);
    const awaId = keyIdOf(hashKey(awa));
    expect(row(awaId)).toEqual([awaId, 'facilitator', 'Awa Listed', expect.stringMatching(`^${today} `), expect.stringMatching(`^${today} `), '0', 'active']);
    expect(row(keyIdOf(hashKey(henrik)))).toEqual([keyIdOf(hashKey(henrik)), 'coordinator', 'Henrik Listed', expect.stringMatching(`^${today} `), '-', '-', 'active']);
    for (const key of [awa, henrik]) {
      expect(run.out).not.toContain(key);
      expect(run.out).not.toContain(hashKey(key).slice(0, 12));
      expect(hashKey(key).startsWith(keyIdOf(hashKey(key)))).toBe(false);
    }
  }, 30_000);

  it('revokes a key by its id; the key and its workshops’ join links then say so, until its workshops move to a new key', async () => {
    const old = await newKey('add-facilitator', 'Awa Revoked');
    const coordinator = await newKey('add-coordinator', 'Henrik Moved');
    const w = uuidv7();
    const token = 'aworkshopjointokenofawa234567abc';
    const participant = joinCredential(w, token);
    const made = await call(old, 'awaTablet', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } }, undefined, 'awaTablet')]);
    expect(made.body?.acks[0]).toMatchObject({ status: 'applied' });
    expect((await call(participant, 'phone1')).status).toBe(200);

    const oldId = keyIdOf(hashKey(old));
    const revoked = await admin(['revoke', oldId]);
    expect([revoked.code, revoked.out]).toEqual([0, expect.stringContaining('Key revoked.')]);
    expect(revoked.out).toContain(`move-workshops ${oldId} NEW_KEY_ID`);
    expect(await call(old, 'awaTablet')).toEqual({ status: 401, code: 'key_revoked' });
    expect(await call(participant, 'phone1')).toEqual({ status: 401, code: 'invitation_retired' });
    expect(await call('wcf_neverissuedneverissuedneverissu', 'awaTablet')).toEqual({ status: 401, code: 'unauthorized' });
    expect(await admin(['revoke', oldId])).toMatchObject({ code: 1, out: expect.stringContaining('No active key matches.') as unknown });

    const fresh = await newKey('add-facilitator', 'Awa New Phone');
    const freshId = keyIdOf(hashKey(fresh));
    expect((await admin(['move-workshops', oldId, keyIdOf(hashKey(coordinator))])).code).toBe(1);
    expect((await admin(['move-workshops', oldId, '0123456789ab'])).code).toBe(1);
    const moved = await admin(['move-workshops', oldId, fresh]);
    expect([moved.code, moved.out.trim()]).toEqual([0, `Moved 1 scope (workshops, and the projects and frameworks of its devices) from Awa Revoked (${oldId}) to Awa New Phone (${freshId}).`]);
    const reached = await call(fresh, 'awaNewPhone');
    expect(reached.body?.changes.map((c) => c.record.id)).toContain(w);
    expect((await call(participant, 'phone1')).status).toBe(200);

    const list = (await admin(['list-keys'])).out.split('\n');
    expect(list.find((l) => l.startsWith(oldId))).toMatch(/ 0 +revoked \d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(list.find((l) => l.startsWith(freshId))).toMatch(/ 1 +active$/);
  }, 60_000);

  it('says how to use it when a command or its argument is missing', async () => {
    for (const args of [['revoke'], ['move-workshops', 'abc']]) {
      const run = await admin(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toContain('list-keys');
    }
  }, 30_000);
});
