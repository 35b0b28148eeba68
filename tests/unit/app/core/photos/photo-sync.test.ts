import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { photosWaiting, storePhoto } from '../../../../../src/app/core/db/photo-files.ts';
import { sha256Hex } from '../../../../../src/app/core/platform/digest.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { loadPhotoBlob } from '../../../../../src/app/core/photos/load.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import { tinyJpeg, tinyWebp } from '../../../../support/image-bytes.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const until = async (check: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never: ${what}`);
};

describe('photos between two tablets and the server', () => {
  it('the record syncs first, its files follow, and the other tablet sees the thumbnail and opens the original', async () => {
    const server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-photos-')));
    await server.migrate();
    const key = newKey('facilitator');
    await server.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
    const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
    const link: typeof fetch = async (url, init) => app.request(url, init);
    const open = async (name: string) => {
      const store = await openLocalStore(`${name}-${Math.random()}`);
      await setSetting(store.db, ACCESS_KEY, key);
      return store;
    };
    const sync = async (store: LocalStore) => {
      const engine = createSyncEngine(store, '/api/sync', link);
      await engine.syncNow();
      return engine;
    };

    const tablet = await open('tablet');
    const w = await tablet.repos.workshop.create(workshopFields('Flipcharts'));
    const [file, thumb] = [tinyJpeg(), tinyWebp()];
    const meta = async (b: Uint8Array, type: 'image/jpeg' | 'image/webp') => ({ hash: await sha256Hex(b), type, bytes: b.length, width: 8, height: 6 });
    const photo = await storePhoto(
      tablet.db,
      tablet.repos,
      { subject: 'workshop', subjectId: w.id, caption: 'Mapping of partners', file: await meta(file, 'image/jpeg'), thumb: await meta(thumb, 'image/webp'), recognisable: false, consent: false },
      w.id,
      { file: new Blob([file], { type: 'image/jpeg' }), thumb: new Blob([thumb], { type: 'image/webp' }) },
    );
    const sending = await sync(tablet);
    await until(async () => (await photosWaiting(tablet.db)) === 0 && !sending.photoStatus.get().sending, 'the files are sent');
    sending.stop();
    expect(await photosWaiting(tablet.db)).toBe(0);
    expect(sending.photoStatus.get()).toMatchObject({ refused: 0 });

    const other = await open('other');
    const receiving = await sync(other);
    await until(async () => Boolean(await other.db.photoFile.get(photo.thumb.hash)), 'the thumbnail arrives');
    receiving.stop();
    expect((await other.db.photoFile.toArray()).map((r) => r.role)).toEqual(['thumb']);
    // The original is fetched when opened, and is the same bytes.
    const original = await loadPhotoBlob({ ...other, db: other.db }, (await other.repos.photo.get(photo.id))!, 'file', link);
    expect(new Uint8Array(await original!.arrayBuffer())).toEqual(file);
    tablet.close();
    other.close();
  });
});
