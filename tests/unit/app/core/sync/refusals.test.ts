import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveJoinCredential } from '../../../../../src/app/core/credentials/credentials.ts';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { rejectedChanges } from '../../../../../src/app/core/db/sync-state.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { invitation, reissueInvitation } from '../../../../../src/app/core/credentials/join-link.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../../../src/server/store/types.ts';
import { joinCredential } from '../../../../../src/shared/identity/credential.ts';
import { sha256Hex } from '../../../../../src/shared/identity/sha256.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

/** Every refusal reaches the person as a stable code: of the request (the status), or of each refused change (kept with its reason). */
let server: ServerStore;
let link: typeof fetch;
beforeAll(async () => {
  server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-refusals-')));
  await server.migrate();
  const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
  link = async (url, init) => app.request(url, init);
});
afterAll(async () => server?.close());

async function device(name: string, key?: string): Promise<LocalStore> {
  const store = await openLocalStore(`${name}-${Math.random()}`);
  if (key) await setSetting(store.db, ACCESS_KEY, key);
  return store;
}

async function sync(store: LocalStore, fetchImpl: typeof fetch = link) {
  const engine = createSyncEngine(store, '/api/sync', fetchImpl);
  await engine.syncNow();
  engine.stop();
  return engine.status.get();
}

async function facilitatorKey(name: string): Promise<string> {
  const key = newKey('facilitator');
  await server.addKey({ hash: hashKey(key), role: 'facilitator', name });
  return key;
}

describe('refusals of a request', () => {
  const answer = (status: number, code: string) => async () => new Response(JSON.stringify({ error: { code, message: code } }), { status, headers: { 'content-type': 'application/json' } });

  it.each([
    [401, 'key_revoked', 'key_revoked'],
    [403, 'invitation_retired', 'invitation_retired'],
    [401, 'device_unproven', 'device_unproven'],
    [408, 'request_timeout', 'request_timeout'],
    [401, 'unauthorized', 'unauthorized'],
  ])('a %i %s reads as %s', async (status, code, shown) => {
    const store = await device(`code-${code}`, 'wcf_somekey1234567');
    expect(await sync(store, answer(status, code))).toMatchObject({ state: 'error', error: shown });
    store.close();
  });

  it('a revoked key and a retired invitation, from the real server', async () => {
    const key = await facilitatorKey('Soon revoked');
    const tablet = await device('revoked-tablet', key);
    const token = 'retiredinvitationtokenabcdefghij';
    const w = await tablet.repos.workshop.create(workshopFields('Retired'));
    await tablet.repos.workshop.update(w.id, { joinTokenHash: sha256Hex(token) });
    expect((await sync(tablet)).error).toBeUndefined();
    const phone = await device('retired-phone');
    await saveJoinCredential(phone.db, w.id, joinCredential(w.id, token));
    expect((await sync(phone)).error).toBeUndefined();

    await server.revokeKey(hashKey(key));
    await tablet.repos.note.create({ kind: 'lesson', text: 'after the key went', capacities: [] }, w.id);
    expect(await sync(tablet)).toMatchObject({ state: 'error', error: 'key_revoked' });
    expect(await sync(phone)).toMatchObject({ state: 'error', error: 'invitation_retired' });
    tablet.close();
    phone.close();
  });
});

describe('refusals of a change', () => {
  it('answers sent to a closed workshop are kept with their reason', async () => {
    const key = await facilitatorKey('Closer');
    const tablet = await device('closer', key);
    const token = 'closedworkshoptokenabcdefghijklm';
    const w = await tablet.repos.workshop.create(workshopFields('Closing'));
    await tablet.repos.workshop.update(w.id, { joinTokenHash: sha256Hex(token) });
    const org = await tablet.repos.organisation.create({ name: 'CNTS', acronym: '', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, w.id);
    expect((await sync(tablet)).error).toBeUndefined();
    const phone = await device('late-phone');
    await saveJoinCredential(phone.db, w.id, joinCredential(w.id, token));
    expect((await sync(phone)).error).toBeUndefined();
    await phone.repos.assessment.create({ organisationId: org.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true }, w.id);

    await tablet.repos.workshop.update(w.id, { status: 'closed' });
    expect((await sync(tablet)).error).toBeUndefined();
    expect(await sync(phone)).toMatchObject({ state: 'error', error: 'rejected', rejected: 1 });
    expect((await rejectedChanges(phone.db)).map((r) => [r.mutation.kind, r.code])).toEqual([['assessment', 'workshop_closed']]);
    // kept on the phone: the record is still there
    expect(await phone.repos.assessment.list(w.id)).toHaveLength(1);
    tablet.close();
    phone.close();
  });

  it('a workshop whose invitation code another workshop holds is refused, and a new invitation brings it in whole', async () => {
    const first = await device('first-owner', await facilitatorKey('First'));
    const second = await device('second-owner', await facilitatorKey('Second'));
    const shared = 'sharedinvitationtokenabcdefghijk';
    const w1 = await first.repos.workshop.create(workshopFields('First with the code'));
    await setSetting(first.db, `join:${w1.id}`, shared);
    await invitation(first, w1);
    expect((await sync(first)).error).toBeUndefined();

    // The second workshop is made offline and its invitation happens to carry the same code.
    const w2 = await second.repos.workshop.create(workshopFields('Second, refused'));
    await setSetting(second.db, `join:${w2.id}`, shared);
    await invitation(second, w2);
    expect(await sync(second)).toMatchObject({ error: 'rejected' });
    expect((await rejectedChanges(second.db)).every((r) => r.code === 'join_token_taken')).toBe(true);

    await reissueInvitation(second, w2.id);
    expect(await rejectedChanges(second.db)).toEqual([]);
    expect(await sync(second)).toMatchObject({ state: 'idle', rejected: 0 });
    expect(await second.pendingCount()).toBe(0);
    // What the refused changes wrote reached the server with the new code.
    const stored = (await server.pull(0, null, 1000)).changes.find((c) => c.kind === 'workshop' && c.record.id === w2.id);
    expect(stored?.record).toMatchObject({ title: 'Second, refused', theme: 'youth', joinTokenHash: (await second.repos.workshop.get(w2.id))!.joinTokenHash });
    expect(stored?.record.joinTokenHash).not.toBe(sha256Hex(shared));
    first.close();
    second.close();
  });
});
