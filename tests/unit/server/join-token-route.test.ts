// A join token opens one workshop: a workshop registered with a token another workshop holds is
// refused, through the API, so its facilitator makes a new invitation instead of losing participants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { createApp } from '../../../src/server/http/app.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { mutation, notePatch, syncInit, workshopPatch } from './sync-fixtures.ts';

let store: ServerStore;
let app: ReturnType<typeof createApp>;
const keys = { awa: newKey('facilitator'), bo: newKey('facilitator') };

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wc-join-token-'));
  store = openSqliteStore(dir);
  await store.migrate();
  await store.addKey({ hash: hashKey(keys.awa), role: 'facilitator', name: 'Awa' });
  await store.addKey({ hash: hashKey(keys.bo), role: 'facilitator', name: 'Bo' });
  app = createApp({ store, staticDir: dir, version: 'test', bodyLimit: 1024 * 1024 });
});
afterAll(() => store.close());

async function call(key: string, device: string, mutations: Mutation[] = []) {
  const res = await app.request('/api/sync', syncInit(key, device, { mutations }));
  return { status: res.status, body: res.status === 200 ? syncResponseSchema().parse(await res.json()) : undefined };
}

describe('POST /api/sync: a join token serves one workshop', () => {
  it('a workshop whose token another workshop registered first is refused, stores nothing, and a new invitation works', async () => {
    const [own, decoy] = [uuidv7(), uuidv7()];
    const token = 'ajointokenseenoverashoulder2345';
    // Bo saw Awa's join link while her tablet was offline, and registers a workshop of his with it first.
    const first = await call(keys.bo, 'boLaptop', [
      mutation({ kind: 'workshop', recordId: decoy, scope: decoy, patch: { ...workshopPatch(decoy, 'Decoy'), joinTokenHash: hashKey(token) } }, undefined, 'boLaptop'),
    ]);
    expect(first.body?.acks[0]).toMatchObject({ status: 'applied' });

    const workshop = mutation({ kind: 'workshop', recordId: own, scope: own, patch: { ...workshopPatch(own), joinTokenHash: hashKey(token) } }, undefined, 'awaTablet');
    const note = mutation({ kind: 'note', recordId: uuidv7(), scope: own, patch: notePatch(own, 'opening words') }, undefined, 'awaTablet');
    const pushed = await call(keys.awa, 'awaTablet', [workshop, note]);
    expect(pushed.body?.acks).toEqual([
      { mutationId: workshop.mutationId, status: 'rejected', code: 'join_token_taken' },
      { mutationId: note.mutationId, status: 'applied' },
    ]);
    // nothing of the refused workshop is stored; the token still opens the decoy only
    expect((await call(keys.awa, 'awaLaptop')).body?.changes.filter((c) => c.kind === 'workshop')).toEqual([]);
    expect(await store.workshopForJoinToken(hashKey(token))).toBe(decoy);

    // the facilitator makes a new invitation: the workshop is stored, and its participants reach it
    const fresh = 'anewinvitationjointoken234567ab';
    const again = await call(keys.awa, 'awaTablet', [{ ...workshop, mutationId: uuidv7(), patch: { ...workshop.patch, joinTokenHash: hashKey(fresh) } }]);
    expect(again.body?.acks[0]).toMatchObject({ status: 'applied' });
    const phone = await call(joinCredential(own, fresh), 'phone1');
    expect(phone.body?.changes.find((c) => c.kind === 'workshop')?.record.id).toBe(own);
  });
});
