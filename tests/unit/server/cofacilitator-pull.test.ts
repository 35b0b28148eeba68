import { afterEach, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { createApp } from '../../../src/server/http/app.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { cofacilitatorCodeHash, newCofacilitatorCode } from '../../../src/shared/identity/cofacilitator-code.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';
import { cofacilitatorWorld } from './cofacilitator-world.ts';
import { storeBackends } from './store-backends.ts';
import { mutation, notePatch, syncInit, workshopPatch } from './sync-fixtures.ts';

const backends = storeBackends('wc-cofac-pull-');
const DAY = 24 * 60 * 60 * 1000;

for (const backend of backends) {
  describe.skipIf(backend.skip)(`a co-facilitator's pull of a workshop's past: ${backend.name}`, () => {
    const open: ServerStore[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    async function world() {
      const store = backend.open();
      open.push(store);
      const given = await cofacilitatorWorld(store);
      const { owner, colleague, sync } = given;
      /** The owner's tablet writes a workshop with `notes` notes and a co-facilitator code on it. */
      const workshop = async (notes: number) => {
        const w = uuidv7();
        const code = newCofacilitatorCode();
        const cofacilitatorCode = { hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + DAY).toISOString() };
        await sync(owner, 'ownerTablet', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), cofacilitatorCode } }, undefined, 'ownerTablet')]);
        for (let done = 0; done < notes; done += 450) {
          const batch = Array.from({ length: Math.min(450, notes - done) }, (_, i) =>
            mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `note ${done + i}`) }, undefined, 'ownerTablet'),
          );
          await sync(owner, 'ownerTablet', batch);
        }
        return { w, code };
      };
      const redeem = async (code: string) => expect((await given.redeem(colleague, code)).status).toBe(200);
      /** Pull until nothing more waits: how many times each record came, and the cursor it ends on. */
      const pullAll = async (device: string, cursor: string | null) => {
        const seen = new Map<string, number>();
        for (let pages = 0; ; pages++) {
          expect(pages).toBeLessThan(10);
          const page = await sync(colleague, device, [], cursor);
          for (const c of page.changes) seen.set(String(c.record.id), (seen.get(String(c.record.id)) ?? 0) + 1);
          cursor = page.cursor;
          if (!page.hasMore) return { seen, cursor };
        }
      };
      return { owner, colleague, sync, workshop, redeem, pullAll };
    }

    it('a device that never synced and one that synced before the join each receive a past of several pages once, then go on from their cursor', async () => {
      const { colleague, sync, workshop, redeem, pullAll } = await world();
      // The colleague's tablet has its own workshop, synced before it joins.
      const own = uuidv7();
      const before = await sync(colleague, 'colleagueTablet', [mutation({ kind: 'workshop', recordId: own, scope: own, patch: workshopPatch(own, 'Own') }, undefined, 'colleagueTablet')]);
      const { w, code } = await workshop(1100);
      await redeem(code);
      for (const [device, cursor] of [
        ['colleaguePhone', null],
        ['colleagueTablet', before.cursor],
      ] as const) {
        const { seen, cursor: end } = await pullAll(device, cursor);
        expect(seen.size).toBe(1102); // the workshop, its 1,100 notes and the colleague's own workshop
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        expect(seen.has(w)).toBe(true);
        expect(end).toMatch(/^\d+$/);
        // Nothing more, and the next pull goes on from there.
        const again = await sync(colleague, device, [], end);
        expect(again.changes).toEqual([]);
        expect(again.cursor).toBe(end);
      }
    }, 60000);

    it('a second membership later restarts the pull once more, and a change after it comes once', async () => {
      const { owner, sync, workshop, redeem, pullAll } = await world();
      const first = await workshop(1);
      await redeem(first.code);
      const { cursor } = await pullAll('colleagueTablet', null);
      const second = await workshop(1050);
      await redeem(second.code);
      const { seen, cursor: end } = await pullAll('colleagueTablet', cursor);
      // Both workshops whole (1 + 1 notes, 1 + 1,050 notes), each record once.
      expect(seen.size).toBe(1053);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
      const note = uuidv7();
      await sync(owner, 'ownerTablet', [mutation({ kind: 'note', recordId: note, scope: second.w, patch: notePatch(second.w, 'after') }, undefined, 'ownerTablet')]);
      const next = await pullAll('colleagueTablet', end);
      expect([...next.seen.keys()]).toEqual([note]);
    }, 60000);

    it('a malformed cursor is refused with invalid_request', async () => {
      const { colleague } = await world();
      const store = open[0]!;
      const app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, limits: UNLIMITED_SYNC_LIMITS });
      for (const cursor of ['12@5', '12@12', '1@', '@5', '1@2@3', '99999999999999999@100000000000000000', ' 1', '1e3']) {
        const r = await app.request('/api/sync', syncInit(colleague, 'colleagueTablet', { cursor, mutations: [] }));
        expect(r.status, cursor).toBe(400);
        expect(((await r.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
      }
    });
  });
}
