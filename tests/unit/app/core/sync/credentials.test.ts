import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveJoinCredential } from '../../../../../src/app/core/credentials/credentials.ts';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { rejectedChanges } from '../../../../../src/app/core/db/sync-state.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../../../src/server/store/types.ts';
import { joinCredential } from '../../../../../src/shared/identity/credential.ts';
import { sha256Hex } from '../../../../../src/shared/identity/sha256.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

/**
 * A device whose credential changes (a new access key, a second workshop joined) receives everything
 * the new credential may read, and what it wrote under the old one still reaches the server.
 */
let server: ServerStore;
let link: typeof fetch;
beforeAll(async () => {
  server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-credentials-')));
  await server.migrate();
  const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
  link = async (url, init) => app.request(url, init);
});
afterAll(async () => server?.close());

async function facilitatorKey(name: string): Promise<string> {
  const key = newKey('facilitator');
  await server.addKey({ hash: hashKey(key), role: 'facilitator', name });
  return key;
}

async function sync(store: LocalStore) {
  const engine = createSyncEngine(store, '/api/sync', link);
  await engine.syncNow();
  engine.stop();
  return engine.status.get();
}

async function device(name: string, key?: string): Promise<LocalStore> {
  const store = await openLocalStore(`${name}-${Math.random()}`);
  if (key) await setSetting(store.db, ACCESS_KEY, key);
  return store;
}

describe('a change of credential', () => {
  it('a new access key receives what it may read, though the old key had pulled past it', async () => {
    const awa = await facilitatorKey('Awa');
    const lars = await facilitatorKey('Lars');
    // Awa's workshop reaches the server first: early in the change feed.
    const awasTablet = await device('awa-tablet', awa);
    const early = await awasTablet.repos.workshop.create(workshopFields('Early workshop'));
    for (let i = 0; i < 3; i++) await awasTablet.repos.note.create({ kind: 'lesson', text: `early ${i}`, capacities: [] }, early.id);
    expect((await sync(awasTablet)).error).toBeUndefined();

    // A shared laptop syncs with Lars's key: its cursor moves past Awa's records.
    const laptop = await device('laptop', lars);
    await laptop.repos.workshop.create(workshopFields('Later workshop'));
    expect((await sync(laptop)).error).toBeUndefined();
    expect(await laptop.repos.workshop.get(early.id)).toBeUndefined();

    // Awa enters her key on the laptop: it receives her workshop and its notes.
    await setSetting(laptop.db, ACCESS_KEY, awa);
    expect((await sync(laptop)).error).toBeUndefined();
    expect((await laptop.repos.workshop.get(early.id))?.title).toBe('Early workshop');
    expect((await laptop.repos.note.list(early.id)).map((n) => n.text).sort()).toEqual(['early 0', 'early 1', 'early 2']);
    awasTablet.close();
    laptop.close();
  });

  it('a phone that joins a second workshop receives it, and its unsynced answers to the first reach the first', async () => {
    const key = await facilitatorKey('Amina');
    const tablet = await device('amina-tablet', key);
    const tokens = { a: 'firstworkshoptokenabcdefghijklmn', b: 'secondworkshoptokenabcdefghijklm' };
    const a = await tablet.repos.workshop.create(workshopFields('Workshop A'));
    await tablet.repos.workshop.update(a.id, { joinTokenHash: sha256Hex(tokens.a) });
    const orgA = await tablet.repos.organisation.create({ name: 'CNTS', acronym: '', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, a.id);
    expect((await sync(tablet)).error).toBeUndefined();

    // The phone joins A and syncs, then answers with no connection.
    const phone = await device('phone');
    await saveJoinCredential(phone.db, a.id, joinCredential(a.id, tokens.a));
    expect((await sync(phone)).error).toBeUndefined();
    expect((await phone.repos.workshop.get(a.id))?.title).toBe('Workshop A');
    const answers = await phone.repos.assessment.create({ organisationId: orgA.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true }, a.id);
    await phone.repos.score.create({ assessmentId: answers.id, itemId: 'autonomy', value: 4, comment: 'We decide alone' }, a.id);

    // Workshop B reaches the server after the phone's last pull.
    const b = await tablet.repos.workshop.create(workshopFields('Workshop B'));
    await tablet.repos.workshop.update(b.id, { joinTokenHash: sha256Hex(tokens.b) });
    await tablet.repos.organisation.create({ name: 'YWU', acronym: '', country: 'KE', kind: 'sectoral-federation', partnerRole: 'receiving' }, b.id);
    expect((await sync(tablet)).error).toBeUndefined();

    // The phone joins B: it receives B, and A's answers go with A's link, none refused.
    await saveJoinCredential(phone.db, b.id, joinCredential(b.id, tokens.b));
    const status = await sync(phone);
    expect(status).toMatchObject({ state: 'idle', rejected: 0 });
    expect((await phone.repos.workshop.get(b.id))?.title).toBe('Workshop B');
    expect(await phone.repos.organisation.list(b.id)).toHaveLength(1);
    expect(await phone.pendingCount()).toBe(0);
    expect(await rejectedChanges(phone.db)).toEqual([]);

    // The facilitator receives the answers in A.
    expect((await sync(tablet)).error).toBeUndefined();
    expect((await tablet.repos.score.list(a.id)).map((s) => s.comment)).toEqual(['We decide alone']);
    tablet.close();
    phone.close();
  });
});
