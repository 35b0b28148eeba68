import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { MIGRATIONS, type ServerStore, type StoreOptions } from '../../../src/server/store/types.ts';
import { MAX_DRIFT_MS } from '../../../src/shared/hlc.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { MAX_MUTATIONS_PER_PUSH } from '../../../src/shared/sync/protocol.ts';
import { deviceIdOf, mutation, notePatch, workshopPatch } from './sync-fixtures.ts';
import { randomBytes } from 'node:crypto';
import { photoPatch, sha256 } from './photo-fixtures.ts';

/** Test devices by name, under their proven ids (see tests/support/test-devices.ts). */
const [deviceA, deviceB, phone, tablet] = ['deviceA', 'deviceB', 'phone', 'tablet'].map(deviceIdOf) as [string, string, string, string];

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('PostgreSQL contract tests skipped: set TEST_DATABASE_URL (".ci/run" does) to run them.');

const backends: { name: 'sqlite' | 'postgres'; open: (opts?: StoreOptions) => ServerStore; skip: boolean }[] = [
  { name: 'sqlite', open: (opts) => openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-store-')), opts), skip: false },
  { name: 'postgres', open: (opts) => openPostgresStore(pgUrl ?? '', opts), skip: !pgUrl },
];
const allow = () => undefined;

for (const backend of backends) {
  describe.skipIf(backend.skip)(`server store contract: ${backend.name}`, () => {
    const open: ServerStore[] = [];
    const fresh = async (opts?: StoreOptions) => {
      const s = backend.open(opts);
      open.push(s);
      await s.migrate();
      return s;
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
    });

    it('migrates to the latest version and is idempotent', async () => {
      const s = await fresh();
      await s.migrate();
      expect(await s.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
      await s.ping();
      expect(s.kind).toBe(backend.name);
    });

    it('lets two processes migrate at once', async () => {
      const a = backend.open();
      const b = backend.name === 'sqlite' ? a : backend.open();
      open.push(a);
      if (b !== a) open.push(b);
      await Promise.all([a.migrate(), b.migrate()]);
      expect(await b.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
    });

    it('applies, acknowledges each mutation, and never applies one twice', async () => {
      const s = await fresh();
      const w = uuidv7();
      const n = uuidv7();
      const first = mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) });
      const bad = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: { workshopId: w, kind: 'gossip', text: 'x', capacities: [] } });
      const note = mutation({ kind: 'note', recordId: n, scope: w, patch: notePatch(w, 'Dues by mobile money') });
      expect((await s.push([first, bad, note], allow)).acks).toEqual([
        { mutationId: first.mutationId, status: 'applied' },
        { mutationId: bad.mutationId, status: 'rejected', code: 'invalid_record' },
        { mutationId: note.mutationId, status: 'applied' },
      ]);
      expect((await s.push([note, first], allow)).acks).toEqual([
        { mutationId: note.mutationId, status: 'duplicate' },
        { mutationId: first.mutationId, status: 'duplicate' },
      ]);
      const page = await s.pull(0, [w], 100);
      expect(page.changes.map((c) => c.kind)).toEqual(['workshop', 'note']);
      expect(page.changes[1]!.record).toMatchObject({ id: n, text: 'Dues by mobile money', deleted: false, deviceId: deviceA });
      expect(page.hasMore).toBe(false);
      expect((await s.pull(Number(page.cursor), [w], 100)).changes).toEqual([]);
    });

    it('names the positions whose record the pusher holds exactly, and a pull passes over them', async () => {
      const s = await fresh();
      const w = uuidv7();
      const n = uuidv7();
      const edited = mutation({ kind: 'note', recordId: n, scope: w, patch: { text: 'edited twice' } }, Date.UTC(2026, 2, 11));
      const pushed = await s.push(
        [mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }), mutation({ kind: 'note', recordId: n, scope: w, patch: notePatch(w, 'new') }), edited],
        allow,
        deviceA,
      );
      expect(pushed.known).toHaveLength(2);
      const skipped = await s.pull(0, [w], 100, undefined, new Set(pushed.known));
      expect(skipped.changes).toEqual([]);
      expect(skipped.cursor).toBe((await s.pull(0, [w], 100)).cursor);
      // Another device's push, or one without a pusher, names nothing: its records differ from the sender's.
      expect((await s.push([mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'x') })], allow, deviceB)).known).toEqual([]);
      expect((await s.push([mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'y') })], allow)).known).toEqual([]);
      // An edit of a record stored before this push is merged state the device may not hold.
      expect((await s.push([mutation({ kind: 'note', recordId: n, scope: w, patch: { text: 'later' } }, Date.UTC(2026, 2, 12))], allow, deviceA)).known).toEqual([]);
    });

    it('decides a batch in order: a record created and edited in it, a lost value, a duplicate and refusals', async () => {
      const s = await fresh();
      const [w, n, own, denied] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      const t = Date.UTC(2026, 2, 10);
      const stored = mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), venue: 'Dakar' } }, t, tablet);
      await s.push([stored], allow);
      const before = Number((await s.pull(0, [w], 10)).cursor);
      const create = mutation({ kind: 'note', recordId: n, scope: w, patch: notePatch(w, 'first') }, t + 1, phone);
      const batch = [
        create,
        mutation({ kind: 'note', recordId: own, scope: w, patch: notePatch(w, 'mine alone') }, t + 1, phone),
        mutation({ kind: 'note', recordId: n, scope: w, patch: { text: 'second' } }, t + 2, phone),
        create,
        // older than the tablet's venue, and written without having seen it: it loses and is kept
        mutation({ kind: 'workshop', recordId: w, scope: w, patch: { venue: 'Thiès' } }, t - 5, phone),
        mutation({ kind: 'note', recordId: n, scope: uuidv7(), patch: { text: 'moved' } }, t + 3, phone),
        mutation({ kind: 'note', recordId: denied, scope: w, patch: notePatch(w, 'not allowed') }, t + 3, phone),
        mutation({ kind: 'note', recordId: n, scope: w, op: 'delete', patch: {} }, t + 4, phone),
        // a rename by a writer that had seen the stored workshop: nothing lost
        mutation({ kind: 'workshop', recordId: w, scope: w, base: stored.hlc, patch: { title: 'Renamed' } }, t + 6, phone),
      ];
      const creators: (string | null | undefined)[] = [];
      const rule = (m: Mutation, creator: string | null | undefined) => {
        if (m.recordId === n) creators.push(creator);
        return m.recordId === denied ? 'forbidden' : undefined;
      };
      const pushed = await s.push(batch, rule, phone);
      expect(pushed.acks).toEqual([
        { mutationId: batch[0]!.mutationId, status: 'applied' },
        { mutationId: batch[1]!.mutationId, status: 'applied' },
        { mutationId: batch[2]!.mutationId, status: 'applied' },
        { mutationId: batch[3]!.mutationId, status: 'duplicate' },
        { mutationId: batch[4]!.mutationId, status: 'applied' },
        { mutationId: batch[5]!.mutationId, status: 'rejected', code: 'scope_mismatch' },
        { mutationId: batch[6]!.mutationId, status: 'rejected', code: 'forbidden' },
        { mutationId: batch[7]!.mutationId, status: 'applied' },
        { mutationId: batch[8]!.mutationId, status: 'applied' },
      ]);
      // each mutation saw the record as the batch's earlier mutations left it
      expect(creators).toEqual([undefined, phone, phone, phone]);

      // the feed, one change a page: each record at the position of its last write, in batch order
      const feed: { kind: string; record: Record<string, unknown>; at: number }[] = [];
      for (let cursor = before, page = await s.pull(cursor, [w], 1); page.changes.length; page = await s.pull(cursor, [w], 1)) {
        cursor = Number(page.cursor);
        feed.push({ ...page.changes[0]!, at: cursor });
      }
      expect(feed.map((c) => c.kind)).toEqual(['note', 'lostValue', 'note', 'workshop']);
      const [mine, lost, note, workshop] = feed;
      expect(mine!.record).toMatchObject({ id: own, text: 'mine alone' });
      expect(lost!.record).toMatchObject({ recordKind: 'workshop', recordId: w, field: 'venue', value: 'Thiès', lostDeviceId: phone, winnerDeviceId: tablet });
      expect(note!.record).toMatchObject({ id: n, text: 'second', deleted: true, deviceId: phone });
      expect(workshop!.record).toMatchObject({ title: 'Renamed', venue: 'Dakar', deleted: false });
      // positions: create 1, own 2, edit 3, venue 4 and its lost value 5, delete 6, title 7
      expect(feed.map((c) => c.at - feed[0]!.at)).toEqual([0, 3, 4, 5]);
      // only the note the phone created and nobody else touched is known to it
      expect(pushed.known).toEqual([mine!.at]);

      // sent again, what was applied is a duplicate; a refusal is decided afresh
      expect((await s.push(batch, allow)).acks.map((a) => a.code ?? a.status)).toEqual([
        'duplicate',
        'duplicate',
        'duplicate',
        'duplicate',
        'duplicate',
        'scope_mismatch',
        'applied',
        'duplicate',
        'duplicate',
      ]);
    });

    it('writes a batch of the most mutations, every one losing values, past the parameters of one statement', async () => {
      const s = await fresh();
      const t = Date.UTC(2026, 2, 10);
      const ws = Array.from({ length: MAX_MUTATIONS_PER_PUSH }, () => uuidv7());
      await s.push(
        ws.map((w) => mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, t, tablet)),
        allow,
      );
      const losing = {
        title: 'Other',
        theme: 'youth',
        startDate: '2026-03-01',
        endDate: '2026-03-20',
        venue: 'Thiès',
        country: 'KE',
        languages: ['fr'],
        facilitators: ['Awa'],
        objectives: 'More members',
        projectIds: [uuidv7()],
        status: 'running',
      };
      const { acks } = await s.push(
        ws.map((w) => mutation({ kind: 'workshop', recordId: w, scope: w, patch: losing }, t - 1, phone)),
        allow,
      );
      expect(acks.every((a) => a.status === 'applied')).toBe(true);
      // Pages are bounded in bytes as well as records: read the feed to its end.
      const changes = [];
      for (let cursor = 0, more = true; more;) {
        const page = await s.pull(cursor, ws, 100_000);
        changes.push(...page.changes);
        cursor = Number(page.cursor);
        more = page.hasMore;
      }
      const fields = Object.keys(losing).length;
      expect(changes.filter((c) => c.kind === 'lostValue')).toHaveLength(ws.length * fields);
      expect(changes.filter((c) => c.kind === 'workshop').map((c) => c.record.title)).toEqual(ws.map(() => 'Social protection'));
    }, 30_000); // The largest batch there is, twice, and its whole feed: seconds on a busy machine.

    it('refuses a record that tries to move to another workshop, and a denied mutation', async () => {
      const s = await fresh();
      const [w1, w2, n] = [uuidv7(), uuidv7(), uuidv7()];
      await s.push([mutation({ kind: 'note', recordId: n, scope: w1, patch: notePatch(w1, 'a') })], allow);
      const move = mutation({ kind: 'note', recordId: n, scope: w2, patch: { workshopId: w2 } });
      const denied = mutation({ kind: 'note', recordId: uuidv7(), scope: w2, patch: notePatch(w2, 'b') });
      expect((await s.push([move, denied], (m) => (m.mutationId === denied.mutationId ? 'forbidden' : undefined))).acks).toEqual([
        { mutationId: move.mutationId, status: 'rejected', code: 'scope_mismatch' },
        { mutationId: denied.mutationId, status: 'rejected', code: 'forbidden' },
      ]);
      expect((await s.pull(0, [w2], 10)).changes).toEqual([]);
    });

    it('merges per field and pages the feed by scope', async () => {
      const s = await fresh();
      const [w, other] = [uuidv7(), uuidv7()];
      const t = Date.UTC(2026, 2, 10);
      const created = mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, t, tablet);
      await s.push([created], allow);
      // the phone had the workshop (base) when it set the venue: not a conflict with the empty venue
      await s.push([mutation({ kind: 'workshop', recordId: w, scope: w, base: created.hlc, patch: { venue: 'Thiès' } }, t + 20, phone)], allow);
      await s.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { venue: 'Dakar', title: 'Renamed' } }, t + 10, tablet)], allow);
      for (let i = 0; i < 5; i++) await s.push([mutation({ kind: 'note', recordId: uuidv7(), scope: other, patch: notePatch(other, `n${i}`) })], allow);
      const mine = await s.pull(0, [w], 10);
      expect(mine.changes.map((c) => c.kind)).toEqual(['workshop', 'lostValue']);
      expect(mine.changes[0]!.record).toMatchObject({ venue: 'Thiès', title: 'Renamed' });
      // the tablet's later-arriving but earlier venue lost to the phone's; it is kept for review
      expect(mine.changes[1]!.record).toMatchObject({ workshopId: w, recordKind: 'workshop', recordId: w, field: 'venue', value: 'Dakar', lostDeviceId: tablet, winnerDeviceId: phone });
      const p1 = await s.pull(0, [other], 2);
      const p2 = await s.pull(Number(p1.cursor), [other], 2);
      const p3 = await s.pull(Number(p2.cursor), [other], 2);
      expect([p1.hasMore, p2.hasMore, p3.hasMore]).toEqual([true, true, false]);
      expect([...p1.changes, ...p2.changes, ...p3.changes].map((c) => c.record.text)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
      // every scope (a coordinator's view), from just before this test's records: the PostgreSQL test
      // database holds other tests' records, past any page size over time
      const from = Number((await s.pull(0, [w], 1)).cursor) - 1;
      const everything = (await s.pull(from, null, 100_000)).changes.filter((c) => c.kind !== 'lostValue' && [w, other].includes(String(c.record.workshopId)));
      expect(everything).toHaveLength(6);
      expect((await s.pull(0, [], 100)).changes).toEqual([]);
    });

    it("refuses a stamp, or a writer's base, more than the allowed drift ahead of the server's clock", async () => {
      const now = Date.UTC(2026, 5, 1, 12);
      const s = await fresh({ now: () => now });
      const w = uuidv7();
      const edge = now + MAX_DRIFT_MS;
      const created = mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, now - 1_000, tablet);
      const inside = mutation({ kind: 'workshop', recordId: w, scope: w, patch: { venue: 'Dakar' } }, edge, tablet);
      const outside = mutation({ kind: 'workshop', recordId: w, scope: w, patch: { title: 'From 2099' } }, edge + 1, phone);
      const seenAhead = mutation({ kind: 'workshop', recordId: w, scope: w, base: outside.hlc, patch: { objectives: 'seen the future' } }, now, phone);
      const newAhead = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'ahead') }, edge + 1, phone);
      expect((await s.push([created, inside, outside, seenAhead, newAhead], allow)).acks).toEqual([
        { mutationId: created.mutationId, status: 'applied' },
        { mutationId: inside.mutationId, status: 'applied' },
        { mutationId: outside.mutationId, status: 'rejected', code: 'clock_ahead' },
        { mutationId: seenAhead.mutationId, status: 'rejected', code: 'clock_ahead' },
        { mutationId: newAhead.mutationId, status: 'rejected', code: 'clock_ahead' },
      ]);
      const page = await s.pull(0, [w], 10);
      expect(page.changes.map((c) => c.kind)).toEqual(['workshop']);
      expect(page.changes[0]!.record).toMatchObject({ title: 'Social protection', venue: 'Dakar', objectives: '' });
    });

    it('applies a change refused once when it comes again and is allowed', async () => {
      const s = await fresh();
      const w = uuidv7();
      const m = mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) });
      expect((await s.push([m], () => 'forbidden')).acks).toEqual([{ mutationId: m.mutationId, status: 'rejected', code: 'forbidden' }]);
      expect((await s.push([m], allow)).acks).toEqual([{ mutationId: m.mutationId, status: 'applied' }]);
      expect((await s.push([m], allow)).acks).toEqual([{ mutationId: m.mutationId, status: 'duplicate' }]);
    });

    it('refuses in words a change whose id another device used first, and keeps that device’s outcome', async () => {
      const s = await fresh();
      const w = uuidv7();
      await s.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })], allow);
      // A phone's note, its id seen by someone else (a hand-in code filmed in the room), who sends a change under it first.
      const real = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'Our branch meets on Sundays') }, Date.UTC(2026, 2, 10), 'phone');
      const copy = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'Nothing to report'), mutationId: real.mutationId }, Date.UTC(2026, 2, 10), 'deviceB');
      expect((await s.push([copy], allow)).acks).toEqual([{ mutationId: copy.mutationId, status: 'applied' }]);
      // The real change is not taken for a copy of the other: it is refused, and its device keeps it and says why.
      expect((await s.push([real], allow)).acks).toEqual([{ mutationId: real.mutationId, status: 'rejected', code: 'change_id_taken' }]);
      expect((await s.push([copy, real], allow)).acks).toEqual([
        { mutationId: copy.mutationId, status: 'duplicate' },
        { mutationId: real.mutationId, status: 'rejected', code: 'change_id_taken' },
      ]);
      const notes = (await s.pull(0, [w], 10)).changes.filter((c) => c.kind === 'note');
      expect(notes.map((c) => c.record.text)).toEqual(['Nothing to report']);
    });

    it('a change refused once and then sent first by another device is that device’s: its author’s retry is refused in words', async () => {
      const s = await fresh();
      const w = uuidv7();
      await s.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })], allow);
      const real = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'Our branch meets on Sundays') }, Date.UTC(2026, 2, 10), 'phone');
      expect((await s.push([real], () => 'forbidden')).acks).toEqual([{ mutationId: real.mutationId, status: 'rejected', code: 'forbidden' }]);
      const copy = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'Nothing to report'), mutationId: real.mutationId }, Date.UTC(2026, 2, 10), 'deviceB');
      expect((await s.push([copy], allow)).acks).toEqual([{ mutationId: copy.mutationId, status: 'applied' }]);
      expect((await s.push([real], allow)).acks).toEqual([{ mutationId: real.mutationId, status: 'rejected', code: 'change_id_taken' }]);
    });

    it('a copy refused first in a batch does not lend its claimed author to a change applied after it under the same id', async () => {
      const s = await fresh();
      const w = uuidv7();
      await s.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) })], allow);
      const real = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'Our branch meets on Sundays') }, Date.UTC(2026, 2, 10), 'phone');
      // An unsigned copy naming the phone as its author (refused), then the sender's own change under the same id.
      const bait = { ...real };
      const copy = mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'Nothing to report'), mutationId: real.mutationId }, Date.UTC(2026, 2, 10), 'deviceB');
      const unproven = (m: Mutation) => (m === bait ? 'author_unproven' : undefined);
      expect((await s.push([bait, copy], unproven)).acks).toEqual([
        { mutationId: real.mutationId, status: 'rejected', code: 'author_unproven' },
        { mutationId: real.mutationId, status: 'applied' },
      ]);
      expect((await s.push([real], allow)).acks).toEqual([{ mutationId: real.mutationId, status: 'rejected', code: 'change_id_taken' }]);
    });

    it('two pushes to one record at the same moment keep both fields', async () => {
      const a = await fresh();
      const b = backend.name === 'sqlite' ? a : await fresh();
      const t = Date.UTC(2026, 4, 1);
      for (let round = 0; round < 15; round++) {
        const w = uuidv7();
        await a.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }, t, tablet)], allow);
        await Promise.all([
          a.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { venue: `venue ${round}` } }, t + 10, phone)], allow),
          b.push([mutation({ kind: 'workshop', recordId: w, scope: w, patch: { title: `title ${round}` } }, t + 11, 'laptop')], allow),
        ]);
        const record = (await a.pull(0, [w], 10)).changes.find((c) => c.kind === 'workshop')!.record;
        expect(record, `round ${round}`).toMatchObject({ venue: `venue ${round}`, title: `title ${round}` });
      }
    });

    it("finds photo records, stores each file once, holds it per workshop and counts each key's bytes", async () => {
      const s = await fresh();
      const [w, w2, p, gone] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
      // Bytes of their own for each run: a PostgreSQL test database keeps earlier runs' files.
      const [file, thumb] = [randomBytes(3000), randomBytes(500)];
      await s.push(
        [
          mutation({ kind: 'workshop', recordId: w, scope: w, patch: workshopPatch(w) }),
          mutation({ kind: 'photo', recordId: p, scope: w, patch: photoPatch(w, file, thumb) }),
          mutation({ kind: 'photo', recordId: gone, scope: w, patch: photoPatch(w, file, thumb) }),
          mutation({ kind: 'photo', recordId: gone, scope: w, op: 'delete', patch: {} }, Date.UTC(2026, 2, 11)),
        ],
        allow,
      );
      expect(await s.photoRecord(p)).toMatchObject({ scope: w, photo: { id: p, deleted: false, file: { hash: sha256(file), bytes: 3000 } } });
      expect((await s.photoRecord(gone))?.photo.deleted).toBe(true);
      expect(await s.photoRecord(w)).toBeUndefined();
      expect(await s.photoRecord(uuidv7())).toBeUndefined();
      expect(await s.photoRecord('not\u0000an id')).toBeUndefined();

      const [a, b] = [`hash-a-${uuidv7()}`, `hash-b-${uuidv7()}`];
      const upload = { hash: sha256(file), type: 'image/jpeg', bytes: file.byteLength, data: file, scope: w, keyHash: a };
      expect(await s.photoHeld(upload.hash, w)).toBeUndefined();
      expect(await s.storePhoto(upload)).toBe('stored');
      expect(await s.storePhoto(upload)).toBe('held');
      expect(await s.photoHeld(upload.hash, w)).toEqual({ type: 'image/jpeg', bytes: 3000 });
      expect(await s.photoHeld(upload.hash, w2)).toBeUndefined();
      expect(Buffer.from((await s.photoData(upload.hash))!.data).equals(file)).toBe(true);
      // Another workshop holds the same file once its own writer sends it; the bytes stay stored once.
      expect(await s.storePhoto({ ...upload, scope: w2, keyHash: b, quotaBytes: 2999 })).toBe('quota_exceeded');
      expect(await s.photoHeld(upload.hash, w2)).toBeUndefined();
      expect(await s.storePhoto({ ...upload, scope: w2, keyHash: b, quotaBytes: 3000 })).toBe('stored');
      expect(await s.photoHeld(upload.hash, w2)).toEqual({ type: 'image/jpeg', bytes: 3000 });
      expect(await s.storePhoto({ hash: sha256(thumb), type: 'image/webp', bytes: 500, data: thumb, scope: w, keyHash: a })).toBe('stored');
      expect([await s.photoBytesOf(a), await s.photoBytesOf(b), await s.photoBytesOf(`hash-c-${uuidv7()}`)]).toEqual([3500, 3000, 0]);
      expect(await s.photoData('0'.repeat(64))).toBeUndefined();
    });

    it('issues, finds and revokes keys; scopes belong to whoever claims them first', async () => {
      const s = await fresh();
      const [a, b] = [`hash-a-${uuidv7()}`, `hash-b-${uuidv7()}`];
      await s.addKey({ hash: a, role: 'facilitator', name: 'Awa' });
      await s.addKey({ hash: b, role: 'coordinator', name: 'Henrik' });
      expect(await s.findKey(a)).toEqual({ hash: a, role: 'facilitator', name: 'Awa' });
      const w = uuidv7();
      expect(await s.claimScopes(a, [w, w])).toEqual([]);
      expect(await s.claimScopes(b, [w])).toEqual([w]);
      expect(await s.ownedScopes(a)).toEqual([w]);
      expect(await s.revokeKey(a)).toBe(true);
      expect(await s.revokeKey(a)).toBe(false);
      expect(await s.findKey(a)).toBeUndefined();
    });
  });
}
