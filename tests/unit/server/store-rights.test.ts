// What a push may write beyond who calls: assessments and their answers stay their author's, a closed
// workshop takes nothing more from participants, rows from before creators were kept stay their
// owner's, a join token serves one workshop, records keep to their size; and the keys the
// administrator lists, revokes and moves. Runs on SQLite and, when TEST_DATABASE_URL is set, PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { participantDenies } from '../../../src/shared/rights/participant-denies.ts';
import { hashKey } from '../../../src/server/auth/keys.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { openSqliteDb } from '../../../src/server/store/sqlite.ts';
import { createStore } from '../../../src/server/store/store.ts';
import type { Allowed } from '../../../src/shared/rights/batch-view.ts';
import type { ServerStore, StoreOptions } from '../../../src/server/store/types.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { RECORD_KINDS } from '../../../src/shared/schemas/kinds.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { mutation, notePatch, workshopPatch } from './sync-fixtures.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const T = Date.UTC(2026, 2, 10);
const allow: Allowed = () => undefined;
/** The id a named test device writes under. */
const idOf = (name: string) => mutation({ kind: 'note', recordId: uuidv7(), scope: uuidv7(), patch: {} }, T, name).deviceId;
const assessmentPatch = (w: string, over: Record<string, unknown> = {}) => ({
  workshopId: w,
  organisationId: uuidv7(),
  frameworkId: 'tuoc',
  frameworkVersion: 1,
  round: 'baseline',
  submitted: false,
  ...over,
});
const scorePatch = (w: string, assessmentId: string, itemId = 'autonomy') => ({ workshopId: w, assessmentId, itemId, value: 3, comment: '' });

interface Backend {
  name: 'sqlite' | 'postgres';
  skip: boolean;
  /** A migrated store, and SQL run on its database behind its back (rows as an older server left them). */
  open(opts?: StoreOptions): Promise<{ store: ServerStore; sql: (text: string, params: unknown[]) => Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'sqlite',
    skip: false,
    async open(opts) {
      const db = openSqliteDb(mkdtempSync(join(tmpdir(), 'wc-rights-')));
      const store = createStore(db, opts);
      await store.migrate();
      return { store, sql: async (text, params) => void (await db.run(text, params)) };
    },
  },
  {
    name: 'postgres',
    skip: !pgUrl,
    async open(opts) {
      const store = openPostgresStore(pgUrl ?? '', opts);
      await store.migrate();
      return {
        store,
        async sql(text, params) {
          const pool = new pg.Pool({ connectionString: pgUrl, max: 1 });
          await pool.query(
            text.replace(
              /\?/g,
              (() => {
                let n = 0;
                return () => `$${++n}`;
              })(),
            ),
            params,
          );
          await pool.end();
        },
      };
    },
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`server store rights: ${backend.name}`, () => {
    const open: ServerStore[] = [];
    const fresh = async (opts?: StoreOptions) => {
      const s = await backend.open(opts);
      open.push(s.store);
      return s;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });
    const codes = async (s: ServerStore, batch: Mutation[], rule: Allowed) => (await s.push(batch, rule)).acks.map((a) => a.code ?? a.status);

    it("a participant answers only its own assessments, and makes none in someone else's name", async () => {
      const { store: s } = await fresh();
      const [w, person, mine, theirs, score] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      const [phone1, phone2] = [idOf('phone1'), idOf('phone2')];
      await s.push(
        [
          mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, T, 'tablet'),
          mutation({ kind: 'participant', recordId: person, scope: w, patch: { workshopId: w, name: 'Aminata', role: '', gender: '', consent: true } }, T, 'tablet'),
        ],
        allow,
      );
      // an assessment and its first answer in one batch: the answer sees the assessment made before it
      expect(
        await codes(
          s,
          [
            mutation({ kind: 'assessment', recordId: mine, scope: w, patch: assessmentPatch(w) }, T + 1, 'phone1'),
            mutation({ kind: 'score', recordId: score, scope: w, patch: scorePatch(w, mine) }, T + 2, 'phone1'),
          ],
          participantDenies(w, phone1),
        ),
      ).toEqual(['applied', 'applied']);
      expect(await codes(s, [mutation({ kind: 'assessment', recordId: theirs, scope: w, patch: assessmentPatch(w) }, T + 3, 'phone2')], participantDenies(w, phone2))).toEqual(['applied']);

      // another phone adds answers to the first phone's assessment, or to none; names a respondent it did not make
      expect(
        await codes(
          s,
          [
            mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: scorePatch(w, mine, 'coherence') }, T + 4, 'phone2'),
            mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: scorePatch(w, uuidv7()) }, T + 4, 'phone2'),
            mutation({ kind: 'assessment', recordId: uuidv7(), scope: w, patch: assessmentPatch(w, { respondentId: person, submitted: true }) }, T + 4, 'phone2'),
            mutation({ kind: 'assessment', recordId: theirs, scope: w, patch: { respondentId: person } }, T + 4, 'phone2'),
            mutation({ kind: 'assessment', recordId: uuidv7(), scope: w, patch: assessmentPatch(w, { respondentId: uuidv7() }) }, T + 4, 'phone2'),
          ],
          participantDenies(w, phone2),
        ),
      ).toEqual(['not_your_assessment', 'not_your_assessment', 'not_your_assessment', 'not_your_assessment', 'not_your_assessment']);

      // its own answer edited later (the assessment is the one stored), or moved into another's assessment
      expect(
        await codes(
          s,
          [
            mutation({ kind: 'score', recordId: score, scope: w, patch: { value: 4 } }, T + 5, 'phone1'),
            mutation({ kind: 'score', recordId: score, scope: w, patch: { assessmentId: theirs } }, T + 6, 'phone1'),
          ],
          participantDenies(w, phone1),
        ),
      ).toEqual(['applied', 'not_your_assessment']);

      // the facilitator keeps every right: paper forms typed in, names added afterwards
      expect(
        await codes(
          s,
          [
            mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: scorePatch(w, mine, 'coherence') }, T + 7, 'tablet'),
            mutation({ kind: 'assessment', recordId: theirs, scope: w, patch: { respondentId: person } }, T + 7, 'tablet'),
          ],
          allow,
        ),
      ).toEqual(['applied', 'applied']);
      // a respondent the facilitator named stays on the assessment as its author goes on
      expect(await codes(s, [mutation({ kind: 'assessment', recordId: theirs, scope: w, patch: { submitted: true } }, T + 8, 'phone2')], participantDenies(w, phone2))).toEqual(['applied']);

      const stored = (await s.pull(0, [w], 100)).changes;
      expect(stored.filter((c) => c.kind === 'score').map((c) => [c.record.assessmentId, c.record.value])).toEqual([
        [mine, 4],
        [mine, 3],
      ]);
      expect(stored.filter((c) => c.kind === 'assessment')).toHaveLength(2);
    });

    it('a closed workshop takes nothing more from its participants; its facilitator still writes', async () => {
      const { store: s } = await fresh();
      const [w, note] = [uuidv7(), uuidv7()];
      const phone = idOf('phone1');
      await s.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), status: 'running' } }, T, 'tablet')], allow);
      expect(await codes(s, [mutation({ kind: 'note', recordId: note, scope: w, patch: notePatch(w, 'before the end') }, T + 1, 'phone1')], participantDenies(w, phone))).toEqual(['applied']);
      await s.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { status: 'closed' } }, T + 2, 'tablet')], allow);
      expect(
        await codes(
          s,
          [
            mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'after the end') }, T + 3, 'phone1'),
            mutation({ kind: 'note', recordId: note, scope: w, patch: { text: 'edited after the end' } }, T + 3, 'phone1'),
            mutation({ kind: 'assessment', recordId: uuidv7(), scope: w, patch: assessmentPatch(w) }, T + 3, 'phone1'),
          ],
          participantDenies(w, phone),
        ),
      ).toEqual(['workshop_closed', 'workshop_closed', 'workshop_closed']);
      expect(await codes(s, [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'closing words') }, T + 4, 'tablet')], allow)).toEqual(['applied']);
      // reopened by its facilitator, it takes them again
      await s.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { status: 'running' } }, T + 5, 'tablet')], allow);
      expect(await codes(s, [mutation({ kind: 'note', recordId: note, scope: w, patch: { text: 'edited again' } }, T + 6, 'phone1')], participantDenies(w, phone))).toEqual(['applied']);
    });

    it('a row stored before creators were kept is written by its owner only', async () => {
      const { store: s, sql } = await fresh();
      const [w, note, assessment] = [uuidv7(), uuidv7(), uuidv7()];
      const phone = idOf('phone1');
      await s.push(
        [
          mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, T, 'tablet'),
          mutation({ kind: 'note', recordId: note, scope: w, patch: notePatch(w, 'an old note') }, T, 'tablet'),
          mutation({ kind: 'assessment', recordId: assessment, scope: w, patch: assessmentPatch(w) }, T, 'phone1'),
        ],
        allow,
      );
      await sql('UPDATE sync_records SET creator = NULL WHERE id = ? OR id = ?', [note, assessment]);
      const seen: (string | null | undefined)[] = [];
      const watch: Allowed = (m, creator, view) => {
        seen.push(creator);
        return participantDenies(w, phone)(m, creator, view);
      };
      // even the device that once wrote them cannot prove it: the row names no creator
      expect(
        await codes(
          s,
          [
            mutation({ kind: 'note', recordId: note, scope: w, patch: { text: 'taken over' } }, T + 1, 'phone1'),
            mutation({ kind: 'assessment', recordId: assessment, scope: w, patch: { submitted: true } }, T + 1, 'phone1'),
            mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: scorePatch(w, assessment) }, T + 1, 'phone1'),
          ],
          watch,
        ),
      ).toEqual(['forbidden', 'forbidden', 'not_your_assessment']);
      expect(seen).toEqual([null, null, undefined]);
      expect(await codes(s, [mutation({ kind: 'note', recordId: note, scope: w, patch: { text: 'kept up to date' } }, T + 2, 'tablet')], allow)).toEqual(['applied']);
      expect((await s.pull(0, [w], 100)).changes.find((c) => c.record.id === note)?.record.text).toBe('kept up to date');
    });

    it('a join token serves one workshop: setting one another workshop holds is refused, and stores nothing', async () => {
      const { store: s } = await fresh();
      const [own, decoy, other, third] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      const [h1, h2, h3] = [hashKey(`token-1-${own}`), hashKey(`token-2-${own}`), hashKey(`token-3-${own}`)];
      const workshop = (id: string, hash: string, wall = T) => mutation({ kind: 'workshop', recordId: id, scope: id, patch: { ...workshopPatch(id), joinTokenHash: hash } }, wall, 'tablet');
      expect(await codes(s, [workshop(decoy, h1)], allow)).toEqual(['applied']);
      expect(await codes(s, [workshop(own, h1), mutation({ kind: 'note', recordId: uuidv7(), scope: own, patch: notePatch(own, 'kept') }, T, 'tablet')], allow)).toEqual([
        'join_token_taken',
        'applied',
      ]);
      expect((await s.pull(0, [own], 100)).changes.map((c) => c.kind)).toEqual(['note']);
      expect(await s.workshopForJoinToken(h1)).toBe(decoy);
      // an edit of the workshop that holds a token, or the token set again, is no conflict
      expect(await codes(s, [workshop(decoy, h1, T + 1), mutation({ kind: 'workshop', recordId: decoy, scope: decoy, patch: { title: 'Renamed' } }, T + 2, 'tablet')], allow)).toEqual([
        'applied',
        'applied',
      ]);
      // inside one batch: the first to set a token holds it; a token given up earlier in the batch is free
      expect(
        await codes(
          s,
          [workshop(other, h2), workshop(third, h2), mutation({ kind: 'workshop', recordId: decoy, scope: decoy, patch: { joinTokenHash: h3 } }, T + 3, 'tablet'), workshop(own, h1, T + 4)],
          allow,
        ),
      ).toEqual(['applied', 'join_token_taken', 'applied', 'applied']);
      expect([await s.workshopForJoinToken(h1), await s.workshopForJoinToken(h2), await s.workshopForJoinToken(h3)]).toEqual([own, other, decoy]);
    });

    it('refuses a record larger than its kind allows, and a patch that would be kept whole as a lost value', async () => {
      const { store: s } = await fresh();
      const [owner, f, g, w] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      const limit = RECORD_KINDS.framework.maxBytes;
      const framework = (id: string, blob: number, wall = T) =>
        mutation({ kind: 'framework', recordId: id, scope: owner, patch: { ownerId: owner, name: 'Adapted', version: 1, document: { blob: 'x'.repeat(blob) } } }, wall, 'tablet');
      expect(await codes(s, [framework(f, 12 * 1024 * 1024), framework(g, limit - 400), framework(g, limit - 100, T + 1)], allow)).toEqual(['record_too_large', 'applied', 'record_too_large']);
      // a large value with an older stamp loses the merge: it would be stored whole as a lost value
      expect(await codes(s, [mutation({ kind: 'framework', recordId: g, scope: owner, patch: { document: { blob: 'y'.repeat(limit + 1) } } }, T - 1, 'laptop')], allow)).toEqual(['record_too_large']);
      expect((await s.pull(0, [owner], 100)).changes.map((c) => c.kind)).toEqual(['framework']);
      // what a form accepts always fits: a note at its longest, in a script of three bytes a character
      expect(
        await codes(s, [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: { ...notePatch(w, '€'.repeat(5_000)), capacities: Array(50).fill('€'.repeat(80)) } }, T, 'tablet')], allow),
      ).toEqual(['applied']);
    });

    it('lists keys with their last use, written at most once a minute, and moves what one key owns to another', async () => {
      let now = Date.UTC(2026, 2, 10, 9);
      const { store: s } = await fresh({ now: () => now });
      const [a, b, c] = [`hash-a-${uuidv7()}`, `hash-b-${uuidv7()}`, `hash-c-${uuidv7()}`];
      await s.addKey({ hash: a, role: 'facilitator', name: 'Awa' });
      await s.addKey({ hash: b, role: 'facilitator', name: 'Awa (new phone)' });
      await s.addKey({ hash: c, role: 'coordinator', name: 'Henrik' });
      const mine = async () => (await s.listKeys()).filter((k) => [a, b, c].includes(k.hash));
      expect(await mine()).toEqual(
        [
          { hash: a, role: 'facilitator', name: 'Awa', createdAt: '2026-03-10T09:00:00.000Z', lastUsedAt: null, revokedAt: null },
          { hash: b, role: 'facilitator', name: 'Awa (new phone)', createdAt: '2026-03-10T09:00:00.000Z', lastUsedAt: null, revokedAt: null },
          { hash: c, role: 'coordinator', name: 'Henrik', createdAt: '2026-03-10T09:00:00.000Z', lastUsedAt: null, revokedAt: null },
        ].sort((x, y) => x.hash.localeCompare(y.hash)),
      );
      await s.recordKeyUse(a, 60_000);
      now += 30_000;
      await s.recordKeyUse(a, 60_000);
      expect((await s.keyRecord(a))?.lastUsedAt).toBe('2026-03-10T09:00:00.000Z');
      now += 31_000;
      await s.recordKeyUse(a, 60_000);
      expect((await s.keyRecord(a))?.lastUsedAt).toBe('2026-03-10T09:01:01.000Z');

      const [w1, w2] = [uuidv7(), uuidv7()];
      await s.claimScopes(a, [w1, w2]);
      expect(await s.revokeKey(a)).toBe(true);
      expect(await s.findKey(a)).toBeUndefined();
      expect((await s.keyRecord(a))?.revokedAt).toBe('2026-03-10T09:01:01.000Z');
      // only to an active facilitator key: not to a coordinator, nor back to the revoked key
      expect(await s.moveScopes(a, c)).toBe(0);
      expect(await s.moveScopes(a, b)).toBe(2);
      expect((await s.ownedScopes(b)).sort()).toEqual([w1, w2].sort());
      expect(await s.ownedScopes(a)).toEqual([]);
      expect(await s.moveScopes(b, a)).toBe(0);
      expect(await s.scopeOwner(w1)).toBe(b);
    });
  });
}
