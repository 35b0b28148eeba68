import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { holdCode } from '../../../../../src/app/core/db/cofacilitator-codes.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { invitation, newInvitation } from '../../../../../src/app/core/credentials/join-link.ts';
import { saveJoinCredential } from '../../../../../src/app/core/credentials/credentials.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../../../src/server/store/types.ts';
import { COFACILITATOR_CODE_MS, cofacilitatorCodeHash, newCofacilitatorCode } from '../../../../../src/shared/identity/cofacilitator-code.ts';
import { joinCredential } from '../../../../../src/shared/identity/credential.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

/** A workshop's participants' invitation when several facilitator devices open its Scoring tab, against a real server. */
let server: ServerStore;
let link: typeof fetch;
beforeAll(async () => {
  server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-invite-')));
  await server.migrate();
  const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
  link = async (url, init) => app.request(url, init);
});
afterAll(async () => server?.close());

async function device(name: string, keyName?: string): Promise<LocalStore> {
  const store = await openLocalStore(`${name}-${Math.random()}`);
  if (keyName) {
    const key = newKey('facilitator');
    await server.addKey({ hash: hashKey(key), role: 'facilitator', name: keyName });
    await setSetting(store.db, ACCESS_KEY, key);
  }
  return store;
}
async function sync(store: LocalStore) {
  const engine = createSyncEngine(store, '/api/sync', link);
  await engine.syncNow();
  engine.stop();
  return engine.status.get();
}
const tokenOf = (i: Awaited<ReturnType<typeof invitation>>) => ('token' in i ? i.token : undefined);

describe('the participants’ invitation on several facilitator devices', () => {
  it('stays the owner’s when a co-facilitator opens Scoring, until someone asks for a new one', async () => {
    const owner = await device('owner', 'Owner');
    const w = await owner.repos.workshop.create(workshopFields('Shared'));
    // The first invitation is made by itself, and the same one comes back each time Scoring opens.
    const ownerToken = tokenOf(await invitation(owner, w))!;
    expect(ownerToken).toBeDefined();
    expect(tokenOf(await invitation(owner, (await owner.repos.workshop.get(w.id))!))).toBe(ownerToken);
    const code = newCofacilitatorCode();
    await owner.repos.workshop.update(w.id, { cofacilitatorCode: { hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + COFACILITATOR_CODE_MS).toISOString() } });
    expect(await sync(owner)).toMatchObject({ state: 'idle' });

    const phone = await device('phone');
    await saveJoinCredential(phone.db, w.id, joinCredential(w.id, ownerToken));
    expect((await sync(phone)).error).toBeUndefined();

    const colleague = await device('colleague', 'Colleague');
    await holdCode(colleague.db, code);
    await sync(colleague);
    await sync(colleague);
    const seen = (await colleague.repos.workshop.get(w.id))!;
    expect(seen.team?.length).toBe(2);

    // The colleague's Scoring tab says the invitation was made elsewhere and writes nothing.
    expect(await invitation(colleague, seen)).toEqual({ elsewhere: true });
    expect(await colleague.pendingCount()).toBe(0);
    await sync(colleague);
    expect((await sync(phone)).error).toBeUndefined();
    await sync(owner);
    expect(tokenOf(await invitation(owner, (await owner.repos.workshop.get(w.id))!))).toBe(ownerToken);
    expect(await owner.pendingCount()).toBe(0);

    // Asked for, a new invitation replaces the owner's: the owner's device now shows it was made
    // elsewhere instead of writing its own back, and the phone on the old link is refused.
    const fresh = await newInvitation(colleague, seen);
    expect(await sync(colleague)).toMatchObject({ state: 'idle' });
    await sync(owner);
    expect(await invitation(owner, (await owner.repos.workshop.get(w.id))!)).toEqual({ elsewhere: true });
    expect(await owner.pendingCount()).toBe(0);
    expect((await sync(phone)).error).toBe('unauthorized');
    const newPhone = await device('new-phone');
    await saveJoinCredential(newPhone.db, w.id, joinCredential(w.id, fresh));
    expect((await sync(newPhone)).error).toBeUndefined();
    expect((await newPhone.repos.workshop.get(w.id))?.title).toBe('Shared');
    for (const s of [owner, colleague, phone, newPhone]) s.close();
  }, 60000);
});
