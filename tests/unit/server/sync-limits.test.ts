import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { createApp, type AppOptions } from '../../../src/server/http/app.ts';
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from '../../../src/server/http/sync-limits.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { mutation, notePatch, syncInit, workshopPatch } from './sync-fixtures.ts';

// Budgets per credential (a key, or a join link a whole room shares), and failed sign-ins per
// client address. Requests made in process share one address.

let store: ServerStore;
beforeAll(async () => {
  store = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-limits-')));
  await store.migrate();
});
afterAll(() => store.close());

const appWith = (limits?: SyncLimits, extra: Partial<AppOptions> = {}) => createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024, ...(limits ? { limits } : {}), ...extra });
type App = ReturnType<typeof appWith>;

async function facilitator(name: string): Promise<string> {
  const key = newKey('facilitator');
  await store.addKey({ hash: hashKey(key), role: 'facilitator', name });
  return key;
}

/** A workshop with an organisation, opened to participants by a join link; returns the link. */
async function workshop(app: App, key: string, tablet: string): Promise<{ w: string; org: string; link: string }> {
  const w = uuidv7();
  const org = uuidv7();
  const token = Array.from({ length: 32 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz234567'[(i * 7 + w.charCodeAt(i % w.length)) % 32]).join('');
  const res = await app.request(
    '/api/sync',
    syncInit(key, tablet, {
      mutations: [
        mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } }, Date.now(), tablet),
        mutation(
          { kind: 'organisation', recordId: org, scope: w, patch: { workshopId: w, name: 'CNTL', acronym: 'CNTL', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' } },
          Date.now(),
          tablet,
        ),
      ],
    }),
  );
  expect(res.status).toBe(200);
  return { w, org, link: joinCredential(w, token) };
}

/** A phone's scoring session: its assessment and forty scores, and a few notes. */
function session(w: string, org: string, phone: string, notes: number): Mutation[] {
  const a = uuidv7();
  const at = Date.now();
  return [
    mutation({ kind: 'assessment', recordId: a, scope: w, patch: { workshopId: w, organisationId: org, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true } }, at, phone),
    ...Array.from({ length: 40 }, (_, i) =>
      mutation(
        { kind: 'score', recordId: uuidv7(), scope: w, patch: { workshopId: w, assessmentId: a, itemId: `item${i}`, value: i % 5, comment: i % 4 ? '' : 'We discussed this at length in the group.' } },
        at,
        phone,
      ),
    ),
    ...Array.from({ length: notes }, (_, i) =>
      mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `Lesson ${i} from ${phone}: `.padEnd(600, 'words of the session ')) }, at, phone),
    ),
  ];
}

describe('budgets per credential, as shipped', () => {
  it('a room (30 phones on one join link, 2 tablets) pushing together at the end of each session is never limited', async () => {
    // The budgets' clock moves on 15 s a tick, as the phones' timers do; the database's stays real.
    let now = Date.now();
    const app = appWith(undefined, { clock: () => now });
    const key = await facilitator('Awa');
    const { w, org, link } = await workshop(app, key, 'tabletOne');
    const statuses = new Map<number, number>();
    const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
    const phones = Array.from({ length: 30 }, (_, i) => `roomPhone${i}`);
    const cursors = new Map<string, string | null>();
    const sync = async (credential: string, device: string, mutations: Mutation[] = []) => {
      const res = await app.request('/api/sync', syncInit(credential, device, { mutations, cursor: cursors.get(device) ?? null }));
      count(res.status);
      if (res.status === 200) cursors.set(device, syncResponseSchema().parse(await res.json()).cursor);
    };
    // Every phone joins at once, then three sessions end with every phone pushing its answers at
    // once while both tablets keep pulling; between sessions each phone syncs on its 15 s timer.
    await Promise.all(phones.map((p) => sync(link, p)));
    for (let round = 0; round < 3; round++) {
      await Promise.all([...phones.map((p) => sync(link, p, session(w, org, p, 5))), sync(key, 'tabletOne'), sync(key, 'tabletTwo')]);
      for (let tick = 0; tick < 12; tick++) {
        now += 15_000;
        await Promise.all([...phones.map((p) => sync(link, p)), sync(key, 'tabletOne'), sync(key, 'tabletTwo')]);
      }
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 30 + 3 * (32 + 12 * 32) });
  }, 120_000);

  it('one join link cannot put in 1,500 notes of 5,000 characters within seconds: 429 rate_limited with Retry-After', async () => {
    const app = appWith();
    const key = await facilitator('Bo');
    const { w, link } = await workshop(app, key, 'boTablet');
    const answers: Response[] = [];
    // Six requests of 250 notes (about 1.3 MB each), from six phones of the room, one after the other.
    for (let phone = 0; phone < 6; phone++) {
      const device = `floodPhone${phone}`;
      const notes = Array.from({ length: 250 }, (_, i) => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `${i}`.padEnd(5000, 'x')) }, Date.now(), device));
      answers.push(await app.request('/api/sync', syncInit(link, device, { mutations: notes })));
    }
    const statuses = answers.map((r) => r.status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
    const refused = answers[3]!;
    expect(apiErrorSchema().parse(await refused.json()).error.code).toBe('rate_limited');
    // The bytes come back at 16 MiB an hour: about a quarter of an hour for the next 1.3 MB.
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(60);
    expect(wait).toBeLessThanOrEqual(3600);
    // The facilitator's key has budgets of its own, untouched.
    expect((await app.request('/api/sync', syncInit(key, 'boTablet'))).status).toBe(200);
  }, 60_000);
});

describe('budgets per credential, configured small', () => {
  const small: SyncLimits = {
    key: { ...DEFAULT_SYNC_LIMITS.key, requests: { burst: 3, perHour: 3600 } },
    join: DEFAULT_SYNC_LIMITS.join,
    authFailures: { burst: 4, perHour: 60 },
  };

  it('counts requests per key, not per device the caller names; other keys are untouched', async () => {
    const app = appWith(small);
    const [awa, bo] = [await facilitator('Awa'), await facilitator('Bo')];
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.request('/api/sync', syncInit(awa, `claimedDevice${i}`))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await app.request('/api/sync', syncInit(awa, 'claimedDevice9'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await app.request('/api/sync', syncInit(bo, 'boTablet'))).status).toBe(200);
  });

  it('limits failed sign-ins per address, never the credentials already at work there', async () => {
    const app = appWith(small);
    const [working, later] = [await facilitator('Cy'), await facilitator('Di')];
    expect((await app.request('/api/sync', syncInit(working, 'cyTablet'))).status).toBe(200);
    const guesses = [];
    for (let i = 0; i < 6; i++) guesses.push((await app.request('/api/sync', syncInit(`wcf_guess${i}guessguessguessguessguess`, 'guesser'))).status);
    expect(guesses).toEqual([401, 401, 401, 401, 429, 429]);
    const held = await app.request('/api/sync', syncInit('wcf_guess9guessguessguessguessguess', 'guesser'));
    expect(apiErrorSchema().parse(await held.json()).error.code).toBe('rate_limited');
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The key already at work goes on; one not seen yet waits like any unknown credential from there.
    expect((await app.request('/api/sync', syncInit(working, 'cyTablet'))).status).toBe(200);
    expect((await app.request('/api/sync', syncInit(later, 'diTablet'))).status).toBe(429);
    // A revoked key loses its way past the gate with its first refusal.
    await store.revokeKey(hashKey(working));
    expect((await app.request('/api/sync', syncInit(working, 'cyTablet'))).status).toBe(401);
    expect((await app.request('/api/sync', syncInit(working, 'cyTablet'))).status).toBe(429);
  });
});
