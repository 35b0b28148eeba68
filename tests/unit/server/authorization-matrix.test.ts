import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { mutation, notePatch, workshopPatch } from './sync-fixtures.ts';

/** Every role against every operation of the API: who may read and write what. */
const owner = newKey('facilitator');
const other = newKey('facilitator');
const coordinator = newKey('coordinator');
const token = 'matrixJoinTokenForTheWorkshop000';
const otherToken = 'matrixJoinTokenForAnotherOne0000';
const w = uuidv7();
const w2 = uuidv7();
const note = uuidv7();
const practice = uuidv7();
const practicePatch = (workshopId: string) => ({ workshopId, title: 'Dues by mobile money', context: '', approach: '', results: '', capacities: [], sustainability: '', contact: '', organisationIds: [], projectIds: [], status: 'compendium' });
let app: ReturnType<typeof createApp>;

const roles: Record<string, string | undefined> = {
  none: undefined,
  'wrong token': 'wcf_thisIsNotAKeyThisIsNotAKey00',
  'participant of another workshop': `wcj_${otherToken}`,
  participant: `wcj_${token}`,
  facilitator: owner,
  'other facilitator': other,
  coordinator,
};

type Outcome = 'allowed' | 'forbidden' | 'unauthorized' | 'hidden' | 'visible';
const ops: Record<string, (device: string) => Mutation[]> = {
  'write a note': (d) => [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'new') }, undefined, d)],
  'edit the workshop': (d) => [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { title: 'Hijacked' } }, Date.UTC(2026, 5, 1), d)],
  'write a lost value': (d) => [mutation({ kind: 'lostValue', recordId: uuidv7(), scope: w, patch: { workshopId: w } }, undefined, d)],
  'curate a practice': (d) => [mutation({ kind: 'practice', recordId: practice, scope: w, patch: { title: 'Dues collected by mobile money', compendiumOrder: 1 } }, Date.UTC(2026, 5, 1), d)],
  'touch a practice with an empty change': (d) => [mutation({ kind: 'practice', recordId: practice, scope: w, patch: {} }, Date.UTC(2026, 5, 1, 1), d)],
  'add a practice': (d) => [mutation({ kind: 'practice', recordId: uuidv7(), scope: w, patch: practicePatch(w) }, undefined, d)],
  'delete a practice': (d) => [mutation({ kind: 'practice', recordId: practice, scope: w, op: 'delete', patch: { deleted: true } }, Date.UTC(2026, 5, 2), d)],
};

const expected: Record<string, { read: Outcome } & Record<keyof typeof ops, Outcome>> = {
  none: { read: 'unauthorized', 'write a note': 'unauthorized', 'edit the workshop': 'unauthorized', 'write a lost value': 'unauthorized', 'curate a practice': 'unauthorized', 'touch a practice with an empty change': 'unauthorized', 'add a practice': 'unauthorized', 'delete a practice': 'unauthorized' },
  'wrong token': { read: 'unauthorized', 'write a note': 'unauthorized', 'edit the workshop': 'unauthorized', 'write a lost value': 'unauthorized', 'curate a practice': 'unauthorized', 'touch a practice with an empty change': 'unauthorized', 'add a practice': 'unauthorized', 'delete a practice': 'unauthorized' },
  'participant of another workshop': { read: 'hidden', 'write a note': 'forbidden', 'edit the workshop': 'forbidden', 'write a lost value': 'forbidden', 'curate a practice': 'forbidden', 'touch a practice with an empty change': 'forbidden', 'add a practice': 'forbidden', 'delete a practice': 'forbidden' },
  participant: { read: 'hidden', 'write a note': 'allowed', 'edit the workshop': 'forbidden', 'write a lost value': 'forbidden', 'curate a practice': 'forbidden', 'touch a practice with an empty change': 'forbidden', 'add a practice': 'forbidden', 'delete a practice': 'forbidden' },
  facilitator: { read: 'visible', 'write a note': 'allowed', 'edit the workshop': 'allowed', 'write a lost value': 'forbidden', 'curate a practice': 'allowed', 'touch a practice with an empty change': 'allowed', 'add a practice': 'allowed', 'delete a practice': 'allowed' },
  'other facilitator': { read: 'hidden', 'write a note': 'forbidden', 'edit the workshop': 'forbidden', 'write a lost value': 'forbidden', 'curate a practice': 'forbidden', 'touch a practice with an empty change': 'forbidden', 'add a practice': 'forbidden', 'delete a practice': 'forbidden' },
  coordinator: { read: 'visible', 'write a note': 'forbidden', 'edit the workshop': 'forbidden', 'write a lost value': 'forbidden', 'curate a practice': 'allowed', 'touch a practice with an empty change': 'forbidden', 'add a practice': 'forbidden', 'delete a practice': 'forbidden' },
};

async function call(key: string | undefined, device: string, mutations: Mutation[]) {
  const res = await app.request('/api/sync', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ protocolVersion: 1, deviceId: device, cursor: null, mutations }),
  });
  return { status: res.status, body: res.status === 200 ? syncResponseSchema().parse(await res.json()) : undefined };
}

beforeAll(async () => {
  const store = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-matrix-')));
  await store.migrate();
  await store.addKey({ hash: hashKey(owner), role: 'facilitator', name: 'Owner' });
  await store.addKey({ hash: hashKey(other), role: 'facilitator', name: 'Other' });
  await store.addKey({ hash: hashKey(coordinator), role: 'coordinator', name: 'Coordinator' });
  app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, rateLimit: { burst: 1000, perSecond: 100 } });
  const setup = await call(owner, 'ownerDevice', [
    mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } }, undefined, 'ownerDevice'),
    mutation({ kind: 'note', recordId: note, scope: w, patch: notePatch(w, 'facilitator only') }, undefined, 'ownerDevice'),
    mutation({ kind: 'practice', recordId: practice, scope: w, patch: practicePatch(w) }, undefined, 'ownerDevice'),
    mutation({ kind: 'workshop', recordId: w2, scope: w2, patch: { ...workshopPatch(w2), joinTokenHash: hashKey(otherToken) } }, undefined, 'ownerDevice'),
  ]);
  expect(setup.body!.acks.every((a) => a.status === 'applied')).toBe(true);
});

describe('authorization matrix', () => {
  for (const [role, key] of Object.entries(roles)) {
    it(`${role}: health is public`, async () => {
      expect((await app.request('/api/health', key ? { headers: { authorization: `Bearer ${key}` } } : {})).status).toBe(200);
    });

    it(`${role}: reading the facilitator's notes is ${expected[role]!.read}`, async () => {
      const r = await call(key, `${role.replace(/\W/g, '')}Reader`, []);
      if (expected[role]!.read === 'unauthorized') return expect(r.status).toBe(401);
      const sees = r.body!.changes.some((c) => c.record.id === note);
      expect(sees ? 'visible' : 'hidden').toBe(expected[role]!.read);
    });

    for (const [op, make] of Object.entries(ops)) {
      it(`${role}: ${op} is ${expected[role]![op]}`, async () => {
        const device = `${role.replace(/\W/g, '')}Writer`;
        const r = await call(key, device, make(device));
        if (expected[role]![op] === 'unauthorized') return expect(r.status).toBe(401);
        const ack = r.body!.acks[0]!;
        expect(ack.status === 'applied' ? 'allowed' : ack.code).toBe(expected[role]![op]);
      });
    }
  }
});
