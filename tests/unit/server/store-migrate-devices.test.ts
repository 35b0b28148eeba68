// Devices that synced with the embedded store go on, with the app's own sync client, against a
// server on the PostgreSQL database the store was moved to: their cursors stay valid, nothing is
// pulled twice, nothing is lost, and keys, join links and photos still work.
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveJoinCredential } from '../../../src/app/core/credentials/credentials.ts';
import { photosWaiting, storePhoto } from '../../../src/app/core/db/photo-files.ts';
import { setSetting } from '../../../src/app/core/db/settings.ts';
import { openLocalStore, type LocalStore } from '../../../src/app/core/db/store.ts';
import { sha256Hex as digestHex } from '../../../src/app/core/platform/digest.ts';
import { loadPhotoBlob } from '../../../src/app/core/photos/load.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../src/app/core/sync/engine.ts';
import { migrateToPostgres } from '../../../src/server/admin/migrate-store.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { createApp } from '../../../src/server/http/app.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { sha256Hex } from '../../../src/shared/identity/sha256.ts';
import { tinyJpeg, tinyWebp } from '../../support/image-bytes.ts';
import { workshopFields } from '../../support/workshop-fields.ts';
import { pgSchemas } from './pg-schema.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const schemas = pgSchemas(pgUrl ?? '');
afterAll(() => schemas.drop());

const until = async (check: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never: ${what}`);
};

/** The server the devices reach, switched from one store to the other; the ids of records each sync pulled. */
let app: ReturnType<typeof createApp>;
const serve = (store: ServerStore) => (app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 }));
const pulled: string[] = [];
const link: typeof fetch = async (url, init) => {
  const res = await app.request(url, init);
  if (typeof url === 'string' && url.endsWith('/api/sync') && res.ok) {
    const body = (await res.clone().json()) as { changes: { record: { id: string } }[] };
    pulled.push(...body.changes.map((c) => c.record.id));
  }
  return res;
};
async function sync(store: LocalStore): Promise<string[]> {
  pulled.length = 0;
  const engine = createSyncEngine(store, '/api/sync', link);
  await engine.syncNow();
  await until(async () => (await photosWaiting(store.db)) === 0 && !engine.photoStatus.get().sending, 'the photos are sent');
  engine.stop();
  expect(engine.status.get()).toMatchObject({ state: 'idle', rejected: 0 });
  expect(await store.pendingCount()).toBe(0);
  return [...pulled];
}
async function device(name: string, key?: string): Promise<LocalStore> {
  const store = await openLocalStore(`${name}-${Math.random()}`);
  if (key) await setSetting(store.db, ACCESS_KEY, key);
  return store;
}

describe.skipIf(!pgUrl)('devices after a move to PostgreSQL', () => {
  it('pull nothing twice, push their new changes, lose nothing; keys, join links and photos still work', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wc-move-'));
    const embedded = openSqliteStore(dataDir);
    await embedded.migrate();
    const key = newKey('facilitator');
    await embedded.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
    serve(embedded);

    // Before the move: a workshop with notes, an organisation, a photo and a participant's scores.
    const tablet = await device('tablet', key);
    const token = 'movingworkshoptokenabcdefghijklm';
    const w = await tablet.repos.workshop.create(workshopFields('Organising in the informal economy'));
    await tablet.repos.workshop.update(w.id, { joinTokenHash: sha256Hex(token) });
    const org = await tablet.repos.organisation.create({ name: 'CNTS', acronym: '', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, w.id);
    for (let i = 0; i < 3; i++) await tablet.repos.note.create({ kind: 'lesson', text: `before ${i}`, capacities: [] }, w.id);
    const [file, thumb] = [tinyJpeg(), tinyWebp()];
    const meta = async (b: Uint8Array, type: 'image/jpeg' | 'image/webp') => ({ hash: await digestHex(b), type, bytes: b.length, width: 8, height: 6 });
    const blobs = { file: new Blob([file], { type: 'image/jpeg' }), thumb: new Blob([thumb], { type: 'image/webp' }) };
    const fields = {
      subject: 'workshop',
      subjectId: w.id,
      caption: 'Flipchart',
      file: await meta(file, 'image/jpeg'),
      thumb: await meta(thumb, 'image/webp'),
      recognisable: false,
      consent: false,
    } as const;
    const photo = await storePhoto(tablet.db, tablet.repos, fields, w.id, blobs);
    await sync(tablet);

    const phone = await device('phone');
    await saveJoinCredential(phone.db, w.id, joinCredential(w.id, token));
    await sync(phone);
    const answers = await phone.repos.assessment.create({ organisationId: org.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true }, w.id);
    await phone.repos.score.create({ assessmentId: answers.id, itemId: 'autonomy', value: 4, comment: 'before the move' }, w.id);
    await sync(phone);
    await sync(tablet);
    expect((await tablet.repos.score.list(w.id)).map((s) => s.comment)).toEqual(['before the move']);

    // The administrator stops the server, migrates, sets DATABASE_URL and starts it again.
    const feedBefore = await embedded.feedPosition();
    await embedded.close();
    const url = await schemas.fresh();
    await migrateToPostgres(dataDir, url);
    const moved = openPostgresStore(url);
    await moved.migrate();
    expect(await moved.feedPosition()).toBe(feedBefore);
    serve(moved);

    // The devices carry on where they were: nothing comes back to them, their new changes go up.
    const after = await tablet.repos.note.create({ kind: 'lesson', text: 'after the move', capacities: [] }, w.id);
    expect(await sync(tablet)).toEqual([]);
    await phone.repos.score.create({ assessmentId: answers.id, itemId: 'democracy', value: 3, comment: 'after the move' }, w.id);
    const phonePulled = await sync(phone);
    expect(phonePulled.every((id) => id === after.id)).toBe(true);
    expect((await sync(tablet)).length).toBe(1);
    expect((await tablet.repos.note.list(w.id)).map((n) => n.text).sort()).toEqual(['after the move', 'before 0', 'before 1', 'before 2']);
    expect((await tablet.repos.score.list(w.id)).map((s) => s.comment).sort()).toEqual(['after the move', 'before the move']);
    expect(await moved.feedPosition()).toBe(feedBefore + 2);

    // A second facilitator device and a newly joined phone see exactly what was written.
    const laptop = await device('laptop', key);
    const laptopPulled = await sync(laptop);
    expect(new Set(laptopPulled).size).toBe(laptopPulled.length);
    expect((await laptop.repos.workshop.get(w.id))?.title).toBe('Organising in the informal economy');
    expect((await laptop.repos.note.list(w.id)).map((n) => n.text).sort()).toEqual(['after the move', 'before 0', 'before 1', 'before 2']);
    expect((await laptop.repos.organisation.list(w.id)).map((o) => o.name)).toEqual(['CNTS']);
    expect((await laptop.repos.score.list(w.id)).map((s) => [s.itemId, s.value]).sort()).toEqual([
      ['autonomy', 4],
      ['democracy', 3],
    ]);
    const original = await loadPhotoBlob(laptop, (await laptop.repos.photo.get(photo.id))!, 'file', link);
    expect(new Uint8Array(await original!.arrayBuffer())).toEqual(file);

    const newcomer = await device('newcomer');
    await saveJoinCredential(newcomer.db, w.id, joinCredential(w.id, token));
    await sync(newcomer);
    expect((await newcomer.repos.workshop.get(w.id))?.title).toBe('Organising in the informal economy');
    expect(await moved.workshopForJoinToken(sha256Hex(token))).toBe(w.id);
    expect((await moved.listKeys()).map((k) => k.name)).toEqual(['Awa']);
    await moved.close();
    for (const s of [tablet, phone, laptop, newcomer]) s.close();
  }, 60_000);
});
