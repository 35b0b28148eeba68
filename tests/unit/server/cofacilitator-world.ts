import { tmpdir } from 'node:os';
import { expect } from 'vitest';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { createApp } from '../../../src/server/http/app.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';
import { mutation, syncInit } from './sync-fixtures.ts';

/**
 * A workshop's owner, a colleague and another facilitator, each with a key in `store`, and the app
 * over it: `sync` pushes as a device signed for a key (and must be answered 200), `redeem` presents
 * a co-facilitator code with a key.
 */
export async function cofacilitatorWorld(store: ServerStore) {
  await store.migrate();
  const [owner, colleague, other] = [newKey('facilitator'), newKey('facilitator'), newKey('facilitator')];
  await store.addKey({ hash: hashKey(owner), role: 'facilitator', name: 'Aminata' });
  await store.addKey({ hash: hashKey(colleague), role: 'facilitator', name: 'Kofi' });
  await store.addKey({ hash: hashKey(other), role: 'facilitator', name: 'Other' });
  const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024, limits: UNLIMITED_SYNC_LIMITS });
  const sync = async (key: string, device: string, mutations: ReturnType<typeof mutation>[] = [], cursor: string | null = null) => {
    const r = await app.request('/api/sync', syncInit(key, device, { cursor, mutations }));
    expect(r.status).toBe(200);
    return syncResponseSchema().parse(await r.json());
  };
  const redeem = async (key: string, code: string) => {
    const r = await app.request('/api/cofacilitators', { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    return { status: r.status, body: (await r.json()) as { workshopId?: string; error?: { code: string } } };
  };
  return { app, owner, colleague, other, sync, redeem };
}
