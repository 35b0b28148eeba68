import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createApp, type AppOptions } from '../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';
import { photoPatch } from './photo-fixtures.ts';
import { mutation, syncInit, workshopPatch } from './sync-fixtures.ts';

const pgUrl = process.env.TEST_DATABASE_URL;

/** The databases the photo attacks run against: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const attackBackends: { name: 'sqlite' | 'postgres'; open: () => ServerStore; skip: boolean }[] = [
  { name: 'sqlite', open: () => openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-photo-attacks-'))), skip: false },
  { name: 'postgres', open: () => openPostgresStore(pgUrl ?? ''), skip: !pgUrl },
];

/**
 * A server on either database with the cast of an attack: the facilitator who owns a workshop
 * (and its join link), another facilitator with a workshop of their own, a coordinator, and a
 * facilitator whose key is revoked later. Keys and workshops are new on every call, since a
 * PostgreSQL test database keeps what earlier runs stored.
 */
export async function attackWorld(open: () => ServerStore, opts: Partial<AppOptions> = {}) {
  const store = open();
  await store.migrate();
  const [owner, other, coordinator] = [newKey('facilitator'), newKey('facilitator'), newKey('coordinator')];
  await store.addKey({ hash: hashKey(owner), role: 'facilitator', name: 'Owner' });
  await store.addKey({ hash: hashKey(other), role: 'facilitator', name: 'Other' });
  await store.addKey({ hash: hashKey(coordinator), role: 'coordinator', name: 'Coordinator' });
  const [token, otherToken] = [1, 2].map(() => `photoJoinToken${uuidv7().replace(/-/g, '').slice(0, 18)}`) as [string, string];
  const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 64 * 1024, limits: UNLIMITED_SYNC_LIMITS, ...opts });
  const [w, w2, otherW] = [uuidv7(), uuidv7(), uuidv7()];

  async function push(key: string, device: string, mutations: Mutation[]): Promise<void> {
    const res = await app.request('/api/sync', syncInit(key, device, { mutations }));
    expect(res.status).toBe(200);
    const body = syncResponseSchema().parse(await res.json());
    expect(body.acks.map((a) => a.status)).toEqual(mutations.map(() => 'applied'));
  }
  const deviceOf = (key: string) => (key === other ? 'otherTablet' : 'ownerTablet');
  /** A photo record in a workshop, pushed by the key that owns it; returns its id. */
  async function photoRecord(key: string, workshopId: string, patch: ReturnType<typeof photoPatch>): Promise<string> {
    const id = uuidv7();
    await push(key, deviceOf(key), [mutation({ kind: 'photo', recordId: id, scope: workshopId, patch }, undefined, deviceOf(key))]);
    return id;
  }
  /** A later change of a photo record's fields, or its deletion. */
  async function change(key: string, workshopId: string, id: string, patch: Record<string, unknown>, op: 'upsert' | 'delete' = 'upsert'): Promise<void> {
    await push(key, deviceOf(key), [mutation({ kind: 'photo', recordId: id, scope: workshopId, op, patch }, Date.UTC(2026, 2, 12), deviceOf(key))]);
  }

  await push(owner, 'ownerTablet', [
    mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } }, undefined, 'ownerTablet'),
    mutation({ kind: 'workshop', recordId: w2, scope: w2, patch: workshopPatch(w2, 'Second') }, undefined, 'ownerTablet'),
  ]);
  await push(other, 'otherTablet', [
    mutation({ kind: 'workshop', recordId: otherW, scope: otherW, patch: { ...workshopPatch(otherW, 'Organising'), joinTokenHash: hashKey(otherToken) } }, undefined, 'otherTablet'),
  ]);
  return { app, store, owner, other, coordinator, participant: `wcj_${token}`, otherParticipant: `wcj_${otherToken}`, w, w2, otherW, push, photoRecord, change };
}
export type AttackWorld = Awaited<ReturnType<typeof attackWorld>>;
