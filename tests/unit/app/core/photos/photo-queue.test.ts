import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { dropSentOriginals, photoFileSpace, photosWaiting, storePhoto } from '../../../../../src/app/core/db/photo-files.ts';
import { ACCESS_KEY } from '../../../../../src/app/core/sync/engine.ts';
import { createPhotoQueue } from '../../../../../src/app/core/sync/photo-queue.ts';
import { createStatus } from '../../../../../src/app/core/sync/status.ts';
import type { PhotoStatus } from '../../../../../src/app/core/sync/photo-status.ts';
import { sha256Hex } from '../../../../../src/app/core/platform/digest.ts';
import { tinyJpeg, tinyWebp } from '../../../../support/image-bytes.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

/** A photo server in memory: files by hash, and how many times each was stored or refused. */
function fakeServer(opts: { known: () => Set<string>; cutFirst?: boolean }) {
  const files = new Map<string, Uint8Array>();
  const puts: string[] = [];
  const putFor: string[] = [];
  let cut = opts.cutFirst ?? false;
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString(), 'http://x');
    const hash = url.pathname.split('/').pop()!;
    const photo = url.searchParams.get('photo')!;
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (!opts.known().has(photo)) return json(404, { error: { code: 'photo_unknown', message: 'no such photo' } });
    if (init?.method === 'PUT') {
      puts.push(hash);
      putFor.push(photo);
      // A transfer cut in the middle: the connection drops, nothing is stored.
      if (cut) {
        cut = false;
        throw new TypeError('network error');
      }
      const bytes = new Uint8Array(await new Response(init.body as Blob).arrayBuffer());
      if ((await sha256Hex(bytes)) !== hash) return json(400, { error: { code: 'photo_hash_mismatch', message: 'x' } });
      const had = files.has(hash);
      files.set(hash, bytes);
      return json(had ? 200 : 201, { stored: true });
    }
    const bytes = files.get(hash);
    return bytes ? new Response(bytes as BodyInit) : json(404, { error: { code: 'photo_unknown', message: 'x' } });
  }) as typeof fetch;
  return { files, puts, putFor, fetchImpl };
}

const meta = async (bytes: Uint8Array, type: 'image/webp' | 'image/jpeg') => ({ hash: await sha256Hex(bytes), type, bytes: bytes.length, width: 8, height: 6 });

async function tabletWithPhoto(name: string): Promise<{ store: LocalStore; workshopId: string; photoId: string }> {
  const store = await openLocalStore(`${name}-${Math.random()}`);
  await setSetting(store.db, ACCESS_KEY, 'wcf_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
  const w = await store.repos.workshop.create(workshopFields('Photos'));
  const file = tinyJpeg();
  const thumb = tinyWebp();
  const photo = await storePhoto(
    store.db,
    store.repos,
    { subject: 'workshop', subjectId: w.id, caption: 'Flipchart', file: await meta(file, 'image/jpeg'), thumb: await meta(thumb, 'image/webp'), recognisable: false, consent: false },
    w.id,
    { file: new Blob([file], { type: 'image/jpeg' }), thumb: new Blob([thumb], { type: 'image/webp' }) },
  );
  return { store, workshopId: w.id, photoId: photo.id };
}

describe('photos follow their records on their own path', () => {
  it('sends nothing until the record is on the server, then each file once', async () => {
    const { store, photoId } = await tabletWithPhoto('queue');
    const known = new Set<string>();
    const server = fakeServer({ known: () => known });
    const status = createStatus<PhotoStatus>({ sending: false, refused: 0 });
    const queue = createPhotoQueue(store, '/api/photos', server.fetchImpl, status);
    expect(await photosWaiting(store.db)).toBe(1);

    // The record is still in the outbox: its files wait.
    await queue.kick();
    expect(server.puts).toEqual([]);
    expect(await photosWaiting(store.db)).toBe(1);

    // The record synced (acknowledged, out of the outbox) and the server knows it.
    await store.db.outbox.clear();
    known.add(photoId);
    await queue.kick();
    expect(server.files.size).toBe(2);
    expect(await photosWaiting(store.db)).toBe(0);
    expect(status.get()).toMatchObject({ sending: false });

    // Another pass sends nothing again.
    await queue.kick();
    expect(server.puts).toHaveLength(2);
    store.close();
  });

  it('the same bytes attached in a second workshop are sent again for it, as the server keeps files per workshop', async () => {
    const { store, photoId } = await tabletWithPhoto('twice');
    await store.db.outbox.clear();
    const known = new Set([photoId]);
    const server = fakeServer({ known: () => known });
    const status = createStatus<PhotoStatus>({ sending: false, refused: 0 });
    const queue = createPhotoQueue(store, '/api/photos', server.fetchImpl, status);
    await queue.kick();
    expect(server.puts).toHaveLength(2);

    const first = (await store.repos.photo.get(photoId))!;
    const w2 = await store.repos.workshop.create(workshopFields('Second workshop'));
    const again = await storePhoto(
      store.db,
      store.repos,
      { subject: 'workshop', subjectId: w2.id, caption: 'Same flipchart', file: first.file, thumb: first.thumb, recognisable: false, consent: false },
      w2.id,
      { file: new Blob(['ignored']), thumb: new Blob(['ignored']) },
    );
    expect(await photosWaiting(store.db)).toBe(1);
    await store.db.outbox.clear();
    known.add(again.id);
    await queue.kick();
    expect(server.puts).toHaveLength(4);
    expect(server.putFor.slice(2)).toEqual([again.id, again.id]);
    expect(await photosWaiting(store.db)).toBe(0);
    // The bytes kept are the first ones: a file is known by its hash.
    expect((await store.db.photoFile.get(first.file.hash))!.bytes).toBe(first.file.bytes);
    store.close();
  });

  it('a deleted photo waits unsent (an undo sends it), and a photo the server does not know once its record left is not sent again and again', async () => {
    const { store, photoId } = await tabletWithPhoto('deleted');
    await store.repos.photo.remove(photoId);
    await store.db.outbox.clear();
    const known = new Set<string>();
    const server = fakeServer({ known: () => known });
    const status = createStatus<PhotoStatus>({ sending: false, refused: 0 });
    const queue = createPhotoQueue(store, '/api/photos', server.fetchImpl, status);
    await queue.kick();
    expect([server.puts.length, await photosWaiting(store.db)]).toEqual([0, 0]);

    // Brought back, but the server refused its record: asked once per file, then left for the person to see.
    await store.repos.photo.restore(photoId);
    await store.db.outbox.clear();
    expect(await photosWaiting(store.db)).toBe(1);
    await queue.kick();
    await queue.kick();
    expect(server.puts).toHaveLength(0);
    expect(status.get().refused).toBe(2);
    store.close();
  });

  it('a transfer cut in the middle is sent again from the start, and the server holds one copy', async () => {
    const { store, photoId } = await tabletWithPhoto('cut');
    await store.db.outbox.clear();
    const server = fakeServer({ known: () => new Set([photoId]), cutFirst: true });
    const status = createStatus<PhotoStatus>({ sending: false, refused: 0 });
    const queue = createPhotoQueue(store, '/api/photos', server.fetchImpl, status);
    await queue.kick();
    expect(status.get().error).toBe('offline');
    expect(await photosWaiting(store.db)).toBe(1);
    await queue.kick();
    expect(server.files.size).toBe(2);
    expect(server.puts).toHaveLength(3);
    expect(await photosWaiting(store.db)).toBe(0);
    store.close();
  });

  it('another device fetches the thumbnails, checked against their hash', async () => {
    const { store, photoId } = await tabletWithPhoto('source');
    await store.db.outbox.clear();
    const server = fakeServer({ known: () => new Set([photoId]) });
    const none = createStatus<PhotoStatus>({ sending: false, refused: 0 });
    await createPhotoQueue(store, '/api/photos', server.fetchImpl, none).kick();

    const other = await openLocalStore(`other-${Math.random()}`);
    await setSetting(other.db, ACCESS_KEY, 'wcf_ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
    await other.db.recordTable('photo').put((await store.db.recordTable('photo').get(photoId))!);
    await createPhotoQueue(other, '/api/photos', server.fetchImpl, none).kick();
    const rows = await other.db.photoFile.toArray();
    expect(rows.map((r) => [r.role, r.state])).toEqual([['thumb', 'fetched']]);
    store.close();
    other.close();
  });

  it('freeing space drops sent originals only: a photo not yet sent keeps its file', async () => {
    const { store } = await tabletWithPhoto('space');
    expect(await dropSentOriginals(store.db)).toBe(0);
    expect((await photoFileSpace(store.db)).droppable).toBe(0);
    await store.db.photoFile.toCollection().modify({ state: 'sent' });
    const before = await photoFileSpace(store.db);
    expect(await dropSentOriginals(store.db)).toBe(before.droppable);
    expect((await store.db.photoFile.toArray()).map((r) => r.role)).toEqual(['thumb']);
    store.close();
  });
});
