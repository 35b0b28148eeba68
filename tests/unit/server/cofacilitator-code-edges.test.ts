import { afterEach, describe, expect, it } from 'vitest';
import { hashKey } from '../../../src/server/auth/keys.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { cofacilitatorCodeHash, newCofacilitatorCode } from '../../../src/shared/identity/cofacilitator-code.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { cofacilitatorWorld } from './cofacilitator-world.ts';
import { storeBackends } from './store-backends.ts';
import { mutation, notePatch, syncInit, workshopPatch } from './sync-fixtures.ts';

const backends = storeBackends('wc-cofac-edges-');
const DAY = 24 * 60 * 60 * 1000;

for (const backend of backends) {
  describe.skipIf(backend.skip)(`co-facilitator codes at their edges: ${backend.name}`, () => {
    const open: ServerStore[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    async function world() {
      const store = backend.open();
      open.push(store);
      return { store, ...(await cofacilitatorWorld(store)) };
    }

    it('a code whose expiry is no real instant is refused as an invalid record, and the rest of the batch is stored', async () => {
      const { owner, sync } = await world();
      const w = uuidv7();
      const bad = mutation(
        { kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), cofacilitatorCode: { hash: cofacilitatorCodeHash(newCofacilitatorCode()), expiresAt: '2026-13-01T00:00:00.000Z' } } },
        undefined,
        'ownerTablet',
      );
      const april31 = mutation(
        { kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), cofacilitatorCode: { hash: cofacilitatorCodeHash(newCofacilitatorCode()), expiresAt: '2026-04-31T00:00:00.000Z' } } },
        undefined,
        'ownerTablet',
      );
      const note = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'kept') }, undefined, 'ownerTablet');
      const { acks } = await sync(owner, 'ownerTablet', [bad, april31, note]);
      expect(acks.map((a) => [a.status, a.code])).toEqual([
        ['rejected', 'invalid_record'],
        ['rejected', 'invalid_record'],
        ['applied', undefined],
      ]);
    });

    it('a code hash registered by two workshops is revoked for both: the colleague joins neither, whichever came first', async () => {
      for (const decoyFirst of [true, false]) {
        const { store, owner, colleague, other, sync, redeem } = await world();
        const [w, decoy] = [uuidv7(), uuidv7()];
        const code = newCofacilitatorCode();
        const cofacilitatorCode = { hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + DAY).toISOString() };
        const register = async (key: string, device: string, id: string, title: string) =>
          (await sync(key, device, [mutation({ kind: 'workshop', recordId: id, scope: id, patch: { ...workshopPatch(id, title), cofacilitatorCode } }, undefined, device)])).acks[0]?.status;
        const both = [() => register(owner, 'ownerTablet', w, 'Social protection'), () => register(other, 'otherTablet', decoy, 'Decoy')];
        for (const push of decoyFirst ? both.reverse() : both) expect(await push()).toBe('applied');
        const r = await redeem(colleague, code);
        expect(r.status).toBe(410);
        expect(r.body.error?.code).toBe('cofacilitator_code_revoked');
        expect(await store.memberships(hashKey(colleague))).toEqual([]);
      }
    });

    it('the owner pushing the same code again keeps it working', async () => {
      const { owner, colleague, sync, redeem } = await world();
      const w = uuidv7();
      const code = newCofacilitatorCode();
      const cofacilitatorCode = { hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + DAY).toISOString() };
      await sync(owner, 'ownerTablet', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), cofacilitatorCode } }, undefined, 'ownerTablet')]);
      await sync(owner, 'ownerPhone', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { title: 'Renamed', cofacilitatorCode } }, Date.UTC(2026, 2, 11), 'ownerPhone')]);
      const r = await redeem(colleague, code);
      expect(r.status).toBe(200);
      expect(r.body.workshopId).toBe(w);
    });

    it("a participant's pull leaves out the workshop's team and co-facilitator code, which a facilitator's pull has", async () => {
      const { owner, colleague, app, sync, redeem } = await world();
      const w = uuidv7();
      // A token of its own each run: a PostgreSQL database kept from an earlier run already holds any fixed one.
      const token = `edges${Array.from({ length: 28 }, () => 'abcdefghijklmnopqrstuvwxyz234567'[Math.floor(Math.random() * 32)]).join('')}`;
      const code = newCofacilitatorCode();
      const cofacilitatorCode = { hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + DAY).toISOString() };
      await sync(owner, 'ownerTablet', [
        mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token), cofacilitatorCode } }, undefined, 'ownerTablet'),
      ]);
      expect((await redeem(colleague, code)).status).toBe(200);
      // A newer code, not yet used, so the record carries one.
      const next = { hash: cofacilitatorCodeHash(newCofacilitatorCode()), expiresAt: new Date(Date.now() + DAY).toISOString() };
      await sync(owner, 'ownerTablet', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { cofacilitatorCode: next } }, Date.UTC(2026, 2, 12), 'ownerTablet')]);
      const workshopOf = async (credential: string, device: string) => {
        const r = await app.request('/api/sync', syncInit(credential, device, { cursor: null, mutations: [] }));
        expect(r.status).toBe(200);
        return syncResponseSchema()
          .parse(await r.json())
          .changes.find((c) => c.kind === 'workshop' && c.record.id === w)!.record;
      };
      const seenByParticipant = await workshopOf(joinCredential(w, token), 'phone1');
      expect(seenByParticipant.title).toBe('Social protection');
      expect(seenByParticipant).not.toHaveProperty('team');
      expect(seenByParticipant).not.toHaveProperty('cofacilitatorCode');
      for (const [key, device] of [
        [owner, 'ownerPhone'],
        [colleague, 'colleagueTablet'],
      ] as const) {
        const seen = await workshopOf(key, device);
        expect(seen.cofacilitatorCode).toEqual(next);
        expect((seen.team as { name: string }[]).map((m) => m.name)).toEqual(['Aminata', 'Kofi']);
      }
    });
  });
}
