import { afterEach, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { createApp } from '../../../src/server/http/app.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { COFACILITATOR_CODE_MS, cofacilitatorCodeHash, newCofacilitatorCode } from '../../../src/shared/identity/cofacilitator-code.ts';
import { keyIdOf } from '../../../src/shared/identity/credential.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';
import { storeBackends } from './store-backends.ts';
import { mutation, notePatch, syncInit, workshopPatch } from './sync-fixtures.ts';

const backends = storeBackends('wc-team-');
const allow = () => undefined;
const DAY = 24 * 60 * 60 * 1000;

for (const backend of backends) {
  describe.skipIf(backend.skip)(`co-facilitators: ${backend.name}`, () => {
    const open: ServerStore[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });
    /** A store with an owner, a colleague and a third facilitator key, and the owner's workshop. */
    async function world(now = () => Date.now()) {
      const store = backend.open({ now });
      open.push(store);
      await store.migrate();
      const [owner, colleague, third] = [hashKey(newKey('facilitator')), hashKey(newKey('facilitator')), hashKey(newKey('facilitator'))];
      await store.addKey({ hash: owner, role: 'facilitator', name: 'Aminata (owner)' });
      await store.addKey({ hash: colleague, role: 'facilitator', name: 'Kofi' });
      await store.addKey({ hash: third, role: 'facilitator', name: 'Lena' });
      const w = uuidv7();
      const by = (key: string) => () => key;
      await store.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, undefined, 'ownerDevice')], allow, undefined, by(owner));
      let at = Date.UTC(2026, 2, 10, 12);
      /** The owner's device sets a new code on the workshop record (offline, then syncs). */
      const setCode = async (code: string, key = owner, expiresAt = new Date(now() + COFACILITATOR_CODE_MS).toISOString()) =>
        (
          await store.push(
            [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { cofacilitatorCode: { hash: cofacilitatorCodeHash(code), expiresAt } } }, at++, 'ownerDevice')],
            allow,
            undefined,
            by(key),
          )
        ).acks[0];
      const team = async () => (await store.pull(0, [w], 100)).changes.find((c) => c.kind === 'workshop')!.record.team;
      return { store, owner, colleague, third, w, by, setCode, team };
    }

    it('a code works once, for a colleague, until a newer code replaces it or it expires', async () => {
      let clock = Date.UTC(2026, 2, 10);
      const { store, owner, colleague, third, w, setCode, team } = await world(() => clock);
      const code = newCofacilitatorCode();
      // Before the owner's device syncs the code, the server knows nothing of it: the colleague waits.
      expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(code), colleague)).toEqual({ status: 'unknown' });
      expect(await setCode(code)).toMatchObject({ status: 'applied' });
      expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(code), owner)).toEqual({ status: 'owner' });
      expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(code), colleague)).toEqual({ status: 'added', workshopId: w });
      // Its answer lost on the way, the colleague's device asks again: still in. Anyone else: used.
      expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(code), colleague)).toEqual({ status: 'added', workshopId: w });
      expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(code), third)).toEqual({ status: 'used' });
      expect((await store.memberships(colleague)).map((m) => m.scope)).toEqual([w]);
      expect(await team()).toEqual([
        { keyId: keyIdOf(owner), name: 'Aminata (owner)', role: 'owner' },
        { keyId: keyIdOf(colleague), name: 'Kofi', role: 'cofacilitator' },
      ]);
      // A newer code replaces an unused one.
      const [old, next] = [newCofacilitatorCode(), newCofacilitatorCode()];
      await setCode(old);
      await setCode(next);
      expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(old), third)).toEqual({ status: 'revoked' });
      // A code lasts seven days from when the server learns of it, whatever the device's clock said.
      await setCode(newCofacilitatorCode(), owner, new Date(clock + 30 * DAY).toISOString());
      const late = newCofacilitatorCode();
      await setCode(late, owner, new Date(clock + 30 * DAY).toISOString());
      clock += 8 * DAY;
      expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(late), third)).toEqual({ status: 'expired' });
      expect(await store.memberships(third)).toEqual([]);
    });

    it('only the owner sets codes; a co-facilitator writes the workshop until the owner removes it', async () => {
      const { store, owner, colleague, third, w, by, setCode, team } = await world();
      const code = newCofacilitatorCode();
      await setCode(code);
      await store.redeemCofacilitatorCode(cofacilitatorCodeHash(code), colleague);
      expect(await setCode(newCofacilitatorCode(), colleague)).toMatchObject({ status: 'rejected', code: 'forbidden' });
      const note = () => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'from the second tablet') }, undefined, 'colleagueDevice');
      expect((await store.push([note()], allow, undefined, by(colleague))).acks[0]).toMatchObject({ status: 'applied' });
      expect((await store.push([note()], allow, undefined, by(third))).acks[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
      expect(await store.removeCofacilitator(w, colleague, keyIdOf(owner))).toBe('not_owner');
      expect(await store.removeCofacilitator(w, owner, keyIdOf(third))).toBe('not_member');
      expect(await store.removeCofacilitator(w, owner, keyIdOf(colleague))).toBe('removed');
      expect((await store.push([note()], allow, undefined, by(colleague))).acks[0]).toMatchObject({ status: 'rejected', code: 'cofacilitator_removed' });
      expect(await store.memberships(colleague)).toEqual([]);
      expect(await team()).toEqual([{ keyId: keyIdOf(owner), name: 'Aminata (owner)', role: 'owner' }]);
      // A new code lets it in again.
      const again = newCofacilitatorCode();
      await setCode(again);
      expect(await store.redeemCofacilitatorCode(cofacilitatorCodeHash(again), colleague)).toEqual({ status: 'added', workshopId: w });
      expect((await store.push([note()], allow, undefined, by(colleague))).acks[0]).toMatchObject({ status: 'applied' });
    });

    it("a device whose key becomes co-facilitator receives the workshop's whole past, however far its cursor is, and its owner's frameworks, nothing else of the owner's", async () => {
      const store = backend.open();
      open.push(store);
      await store.migrate();
      const [owner, colleague] = [newKey('facilitator'), newKey('facilitator')];
      await store.addKey({ hash: hashKey(owner), role: 'facilitator', name: 'Owner' });
      await store.addKey({ hash: hashKey(colleague), role: 'facilitator', name: 'Colleague' });
      const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, limits: UNLIMITED_SYNC_LIMITS });
      const sync = async (key: string, device: string, cursor: string | null, mutations = [mutation({ kind: 'note', recordId: uuidv7(), scope: uuidv7(), patch: {} })].slice(0, 0)) =>
        syncResponseSchema().parse(await (await app.request('/api/sync', syncInit(key, device, { cursor, mutations }))).json());
      const w = uuidv7();
      const early = uuidv7();
      const [ownerScope, framework, project, otherWorkshop] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      const code = newCofacilitatorCode();
      await sync(owner, 'ownerTablet', null, [
        mutation(
          { kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), cofacilitatorCode: { hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + DAY).toISOString() } } },
          undefined,
          'ownerTablet',
        ),
        mutation({ kind: 'note', recordId: early, scope: w, patch: notePatch(w, 'written before the colleague joined') }, undefined, 'ownerTablet'),
        // The owner's own framework (the workshop may score with it), a project and another workshop of the owner's.
        mutation({ kind: 'framework', recordId: framework, scope: ownerScope, patch: { ownerId: ownerScope, name: 'Adapted', version: 1, document: { id: 'adapted' } } }, undefined, 'ownerTablet'),
        mutation(
          {
            kind: 'project',
            recordId: project,
            scope: ownerScope,
            patch: { ownerId: ownerScope, reference: 'RAF/22/11/NOR', title: 'Private project', donor: '', partners: [], countries: [], themes: [], startDate: '', endDate: '', status: 'active' },
          },
          undefined,
          'ownerTablet',
        ),
        mutation({ kind: 'workshop', recordId: otherWorkshop, scope: otherWorkshop, patch: workshopPatch(otherWorkshop, 'Not shared') }, undefined, 'ownerTablet'),
      ]);
      // The colleague's tablet syncs its own workshop meanwhile: its cursor moves past the owner's notes.
      const own = uuidv7();
      const before = await sync(colleague, 'colleagueTablet', null, [mutation({ kind: 'workshop', recordId: own, scope: own, patch: workshopPatch(own) }, undefined, 'colleagueTablet')]);
      await sync(colleague, 'colleagueTablet', before.cursor, [mutation({ kind: 'note', recordId: uuidv7(), scope: own, patch: notePatch(own, 'mine') }, undefined, 'colleagueTablet')]);
      const moved = await sync(colleague, 'colleagueTablet', before.cursor);
      expect(Number(moved.cursor)).toBeGreaterThan(2);
      expect(moved.changes.some((c) => c.record.id === early)).toBe(false);
      const redeemed = await app.request('/api/cofacilitators', {
        method: 'POST',
        headers: { authorization: `Bearer ${colleague}`, 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      expect(await redeemed.json()).toEqual({ workshopId: w });
      const after = await sync(colleague, 'colleagueTablet', moved.cursor);
      expect(after.changes.map((c) => c.record.id)).toEqual(expect.arrayContaining([w, early, own, framework]));
      expect(after.changes.map((c) => c.record.id)).not.toContain(project);
      expect(after.changes.map((c) => c.record.id)).not.toContain(otherWorkshop);
      // Once it has read the past, it pulls from its cursor again.
      const next = await sync(colleague, 'colleagueTablet', after.cursor);
      expect(next.changes).toEqual([]);
    });
  });
}
