import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveJoinCredential } from '../../../../../src/app/core/credentials/credentials.ts';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { exportPending, importPending } from '../../../../../src/app/core/sync/transfer.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import { decodeHlc } from '../../../../../src/shared/hlc.ts';
import { joinCredential } from '../../../../../src/shared/identity/credential.ts';
import { commitsTo } from '../../../../../src/shared/identity/scope-commitment.ts';
import { sha256Hex } from '../../../../../src/shared/identity/sha256.ts';
import { pendingFileSchema } from '../../../../../src/shared/sync/pending-file.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const workshop = workshopFields('Relayed');

const token = 'relaytokenabcdefghijklmnopqrstuv';

/** A server (in this process), and a facilitator's tablet that made a workshop with an organisation and synced it. */
async function roomWithTablet(name: string) {
  const server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-relay-')));
  await server.migrate();
  const key = newKey('facilitator');
  await server.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
  const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
  const requests: number[] = [];
  const link: typeof fetch = async (url, init) => (requests.push(1), app.request(url, init));
  const sync = async (store: Awaited<ReturnType<typeof openLocalStore>>) => {
    const engine = createSyncEngine(store, '/api/sync', link);
    await engine.syncNow();
    engine.stop();
    return engine.status.get();
  };
  const tablet = await openLocalStore(name);
  expect(tablet.deviceKey?.deviceId).toBe(tablet.deviceId);
  await setSetting(tablet.db, ACCESS_KEY, key);
  const w = await tablet.repos.workshop.create(workshop);
  expect(commitsTo(w.id, tablet.deviceId)).toBe(true);
  await tablet.repos.workshop.update(w.id, { joinTokenHash: sha256Hex(token) });
  const org = await tablet.repos.organisation.create({ name: 'CNTS', acronym: '', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, w.id);
  expect((await sync(tablet)).error).toBeUndefined();
  return { server, sync, tablet, w, org, requests };
}

describe('a phone that never synced hands its answers to the tablet', () => {
  it('they reach the server once, in the phone’s name, and the phone later syncs them as its own', async () => {
    const { server, sync, tablet, w, org } = await roomWithTablet('relay-tablet');

    // The phone joined from the QR code in a room without network, and answered.
    const phone = await openLocalStore('relay-phone');
    await saveJoinCredential(phone.db, w.id, joinCredential(w.id, token));
    const a = await phone.repos.assessment.create({ organisationId: org.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true }, w.id);
    await phone.repos.score.create({ assessmentId: a.id, itemId: 'autonomy', value: 4, comment: 'Nous décidons seuls' }, w.id);

    const file = pendingFileSchema().parse(JSON.parse(JSON.stringify(await exportPending(phone))));
    expect(file.authors?.[phone.deviceId]?.credential).toEqual({ kind: 'join', workshopId: w.id });
    expect(file.mutations.every((m) => m.sig)).toBe(true);
    expect(await importPending(tablet.db, file)).toEqual({ imported: 2, skipped: 0, taken: 0 });
    const relayed = await sync(tablet);
    expect(relayed.rejected).toBe(0);
    expect(await tablet.pendingCount()).toBe(0);

    const stored = (await server.pull(0, null, 1000)).changes.filter((c) => c.kind === 'score' || c.kind === 'assessment');
    expect(stored).toHaveLength(2);
    // Written in the phone's name: its clock stamps, and its rights.
    for (const c of stored) expect(decodeHlc(String(c.record.createdAt)).node).toBe(phone.deviceId);

    // The phone syncs for itself later: its answers are acknowledged once (duplicates), and it may still change them.
    const own = await sync(phone);
    expect(own.error).toBeUndefined();
    expect(await phone.pendingCount()).toBe(0);
    await phone.repos.score.update((await phone.repos.score.list(w.id))[0]!.id, { value: 5 });
    expect((await sync(phone)).rejected).toBe(0);
    expect((await server.pull(0, null, 1000)).changes.find((c) => c.kind === 'score')!.record.value).toBe(5);

    // A file altered on the way is refused, and kept aside on the tablet.
    await phone.repos.score.update((await phone.repos.score.list(w.id))[0]!.id, { value: 1 });
    const altered = JSON.parse(JSON.stringify(await exportPending(phone))) as { mutations: { patch: Record<string, unknown> }[] };
    altered.mutations[0]!.patch.value = 2;
    await importPending(tablet.db, pendingFileSchema().parse(altered));
    expect((await sync(tablet)).rejected).toBe(1);
    tablet.close();
    phone.close();
    await server.close();
  });
});

describe('a tablet that collected the answers of a large room', () => {
  it('relays them in requests that name at most 200 phones each, and every answer arrives', async () => {
    const { server, sync, tablet, w, org, requests } = await roomWithTablet('relay-large-room');
    // 205 phones, one change each (an assessment started, as a ballot would be): one batch by count
    for (let i = 0; i < 205; i++) {
      const phone = await openLocalStore(`relay-room-phone-${i}`);
      await saveJoinCredential(phone.db, w.id, joinCredential(w.id, token));
      await phone.repos.assessment.create({ organisationId: org.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false }, w.id);
      await importPending(tablet.db, pendingFileSchema().parse(JSON.parse(JSON.stringify(await exportPending(phone)))));
      phone.close();
    }
    requests.length = 0;
    const relayed = await sync(tablet);
    expect(relayed.error).toBeUndefined();
    expect(relayed.rejected).toBe(0);
    expect(await tablet.pendingCount()).toBe(0);
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect((await server.pull(0, null, 1000)).changes.filter((c) => c.kind === 'assessment')).toHaveLength(205);
    tablet.close();
    await server.close();
  }, 60_000);
});
