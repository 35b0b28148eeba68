import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { heldCodes, holdCode } from '../../../../../src/app/core/db/cofacilitator-codes.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { rejectedChanges } from '../../../../../src/app/core/db/sync-state.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { codeOfHash, cofacilitatorLink } from '../../../../../src/app/features/workshop/cofacilitator-link.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../../../src/server/store/types.ts';
import { COFACILITATOR_CODE_MS, cofacilitatorCodeHash, displayCofacilitatorCode, newCofacilitatorCode, parseCofacilitatorCode } from '../../../../../src/shared/identity/cofacilitator-code.ts';
import { credentialHash, keyIdOf } from '../../../../../src/shared/identity/credential.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

/** Two facilitators' devices, each with its own key, against a real server: adding a co-facilitator, offline first, and removing it. */
let server: ServerStore;
let link: typeof fetch;
beforeAll(async () => {
  server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-cofac-')));
  await server.migrate();
  const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
  link = async (url, init) => app.request(url, init);
});
afterAll(async () => server?.close());

async function device(name: string, keyName: string): Promise<{ store: LocalStore; key: string }> {
  const key = newKey('facilitator');
  await server.addKey({ hash: hashKey(key), role: 'facilitator', name: keyName });
  const store = await openLocalStore(`${name}-${Math.random()}`);
  await setSetting(store.db, ACCESS_KEY, key);
  return { store, key };
}

/** One sync of a device, as its engine runs it. */
async function sync(store: LocalStore, fetchImpl: typeof fetch = link) {
  const engine = createSyncEngine(store, '/api/sync', fetchImpl);
  await engine.syncNow();
  engine.stop();
  return { status: engine.status.get(), engine };
}

/** The owner's device puts a new code on the workshop record, as its Co-facilitators panel does. */
async function makeCode(store: LocalStore, workshopId: string): Promise<string> {
  const code = newCofacilitatorCode();
  await store.repos.workshop.update(workshopId, { cofacilitatorCode: { hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + COFACILITATOR_CODE_MS).toISOString() } });
  return code;
}

describe('co-facilitator codes', () => {
  it('are typed in any case with or without dashes; a mistyped letter is caught on the device', () => {
    const code = newCofacilitatorCode();
    const shown = displayCofacilitatorCode(code);
    expect(shown).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{1,4}){4}$/);
    expect(parseCofacilitatorCode(shown)).toBe(code);
    expect(parseCofacilitatorCode(` ${shown.toLowerCase().replaceAll('-', ' ')} `)).toBe(code);
    // Two check characters catch a typo 1,023 times in 1,024: a code of the test's own, not a random one, shows it.
    expect(parseCofacilitatorCode('GIMX-RVFK-Q4P4-6YLM-5Z')).toBe('gimxrvfkq4p46ylm5z');
    expect(parseCofacilitatorCode('GIMA-RVFK-Q4P4-6YLM-5Z')).toBeUndefined();
    expect(parseCofacilitatorCode('GIMX-RVFK-Q4P4-6YLM-5A')).toBeUndefined();
    expect(parseCofacilitatorCode('')).toBeUndefined();
    // The QR code's address carries the code after '#': a browser never sends it to the server.
    expect(codeOfHash(new URL(cofacilitatorLink('https://example.org', code)).hash)).toBe(code);
    expect(codeOfHash('#cofacilitate=nonsense')).toBeUndefined();
  });

  it("wait for the owner's sync, let the colleague's key in once, bring the whole workshop and its team; the owner removes it and its change is kept with the reason", async () => {
    const owner = await device('owner', 'Aminata Sow');
    const colleague = await device('colleague', 'Kofi Mensah');
    const third = await device('third', 'Lena');
    const w = await owner.store.repos.workshop.create(workshopFields('Informal transport'));
    await owner.store.repos.note.create({ kind: 'approach', text: 'Dues at the stations', capacities: [] }, w.id);
    const code = await makeCode(owner.store, w.id);

    // The owner's device has not synced: the colleague's code waits, whatever the number of syncs.
    await holdCode(colleague.store.db, code);
    await sync(colleague.store);
    await sync(colleague.store);
    expect((await heldCodes(colleague.store.db)).map((c) => c.state)).toEqual(['waiting']);
    // No connection at all: still waiting.
    await sync(colleague.store, async () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await heldCodes(colleague.store.db)).map((c) => c.state)).toEqual(['waiting']);

    await sync(owner.store);
    expect((await sync(colleague.store)).status.error).toBeUndefined();
    expect(await heldCodes(colleague.store.db)).toMatchObject([{ state: 'joined', detail: w.id }]);
    expect((await colleague.store.repos.note.list()).map((n) => n.text)).toEqual(['Dues at the stations']);
    const teamOf = async (s: LocalStore) => (await s.repos.workshop.get(w.id))?.team?.map((m) => [m.name, m.role]);
    expect(await teamOf(colleague.store)).toEqual([
      ['Aminata Sow', 'owner'],
      ['Kofi Mensah', 'cofacilitator'],
    ]);
    await sync(owner.store);
    expect(await teamOf(owner.store)).toEqual(await teamOf(colleague.store));

    // A code works once.
    await holdCode(third.store.db, code);
    await sync(third.store);
    expect(await heldCodes(third.store.db)).toMatchObject([{ state: 'refused', detail: 'cofacilitator_code_used' }]);

    // The owner removes the colleague; the colleague's next change is refused, kept, and said.
    const { engine } = await sync(owner.store);
    expect(await engine.removeCofacilitator(w.id, keyIdOf(credentialHash(colleague.key)))).toBe('removed');
    const note = await colleague.store.repos.note.create({ kind: 'lesson', text: 'Meet at the depot', capacities: [] }, w.id);
    const refused = (await sync(colleague.store)).status;
    expect(refused).toMatchObject({ state: 'error', error: 'cofacilitator_removed', rejected: 1, removed: 1 });
    expect((await rejectedChanges(colleague.store.db)).map((r) => [r.mutation.recordId, r.code])).toEqual([[note.id, 'cofacilitator_removed']]);
    expect(await colleague.store.repos.note.get(note.id)).toMatchObject({ text: 'Meet at the depot' });
    // Not sent again and again: the outbox is empty, the change stays aside.
    expect(await colleague.store.db.outbox.count()).toBe(0);
    expect((await sync(colleague.store)).status).toMatchObject({ error: 'cofacilitator_removed', removed: 1 });
  });
});
