import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createApp, type AppOptions } from '../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteDb } from '../../../src/server/store/sqlite.ts';
import { createStore } from '../../../src/server/store/store.ts';
import type { Db } from '../../../src/server/store/db.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';
import { photoPatch } from './photo-fixtures.ts';
import { mutation, syncInit, workshopPatch } from './sync-fixtures.ts';

/**
 * A server (SQLite) with a facilitator who owns a workshop and its join link, another facilitator
 * with a workshop of their own, and a coordinator: what the photo tests send files into.
 */
export async function photoWorld(opts: Partial<AppOptions> = {}) {
  const db: Db = openSqliteDb(mkdtempSync(join(tmpdir(), 'wc-photos-')));
  const store = createStore(db);
  await store.migrate();
  const [owner, other, coordinator] = [newKey('facilitator'), newKey('facilitator'), newKey('coordinator')];
  await store.addKey({ hash: hashKey(owner), role: 'facilitator', name: 'Owner' });
  await store.addKey({ hash: hashKey(other), role: 'facilitator', name: 'Other' });
  await store.addKey({ hash: hashKey(coordinator), role: 'coordinator', name: 'Coordinator' });
  const token = `photoJoinToken${uuidv7().replace(/-/g, '').slice(0, 18)}`;
  const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 64 * 1024, limits: UNLIMITED_SYNC_LIMITS, ...opts });
  const [w, otherW] = [uuidv7(), uuidv7()];

  /** Push mutations as a key's device, every one of which must apply. */
  async function push(key: string, device: string, mutations: Mutation[]): Promise<void> {
    const res = await app.request('/api/sync', syncInit(key, device, { mutations }));
    expect(res.status).toBe(200);
    const body = syncResponseSchema().parse(await res.json());
    expect(body.acks.map((a) => a.status)).toEqual(mutations.map(() => 'applied'));
  }
  /** A photo record in a workshop, pushed by the key that owns it; returns its id. */
  async function photoRecord(key: string, workshopId: string, patch: ReturnType<typeof photoPatch>, device = key === other ? 'otherTablet' : 'ownerTablet'): Promise<string> {
    const id = uuidv7();
    await push(key, device, [mutation({ kind: 'photo', recordId: id, scope: workshopId, patch }, undefined, device)]);
    return id;
  }
  const count = async (table: 'photo_blobs' | 'photo_holders') => (await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n;

  await push(owner, 'ownerTablet', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } }, undefined, 'ownerTablet')]);
  await push(other, 'otherTablet', [mutation({ kind: 'workshop', recordId: otherW, scope: otherW, patch: workshopPatch(otherW, 'Organising') }, undefined, 'otherTablet')]);
  return { app, db, store, owner, other, coordinator, participant: `wcj_${token}`, w, otherW, push, photoRecord, count };
}
export type PhotoWorld = Awaited<ReturnType<typeof photoWorld>>;
