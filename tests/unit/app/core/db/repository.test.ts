import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { StorageError } from '../../../../../src/app/core/db/errors.ts';
import { RECORD_KINDS } from '../../../../../src/shared/schemas/kinds.ts';
import { mutationSchema } from '../../../../../src/shared/schemas/mutation.ts';
import type { WorkshopInput } from '../../../../../src/shared/schemas/records.ts';

const input: WorkshopInput = {
  title: 'Social protection for informal workers',
  theme: 'social-protection',
  startDate: '2026-03-10',
  endDate: '2026-03-11',
  venue: 'Thiès',
  country: 'SN',
  languages: ['fr'],
  facilitators: ['Awa Diop'],
  objectives: '',
  projectIds: [],
  status: 'planned',
};

let store: LocalStore;
let name: string;
let clock = 1_764_000_000_000;

beforeEach(async () => {
  name = `test-${Math.random()}`;
  store = await openLocalStore(name, () => clock);
});
afterEach(() => store.close());

describe('repository writes', () => {
  it('saves a record and its outbox mutation together', async () => {
    const w = await store.repos.workshop.create(input);
    expect(w.workshopId).toBe(w.id);
    expect(w.deviceId).toBe(store.deviceId);
    expect(w.createdAt).toBe(w.updatedAt);
    const outbox = await store.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    const m = mutationSchema().parse(outbox[0]);
    expect(m).toMatchObject({ kind: 'workshop', recordId: w.id, scope: w.id, op: 'upsert', hlc: w.updatedAt, seq: 1 });
    expect(m.patch.title).toBe(input.title);
  });

  it('leaves neither record nor mutation when the outbox write fails', async () => {
    store.db.outbox.hook('creating', () => {
      throw new Error('disk went away');
    });
    await expect(store.repos.workshop.create(input)).rejects.toBeInstanceOf(StorageError);
    expect(await store.db.table('workshop').count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
  });

  it('leaves nothing when the record is invalid, and says which field', async () => {
    const err = await store.repos.workshop.create({ ...input, title: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).code).toBe('invalid_record');
    expect((err as StorageError).issues.map((i) => i.path.join('.'))).toEqual(['title']);
    expect(await store.db.table('workshop').count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
  });

  it('refuses a record larger than its kind allows, new or edited, and leaves nothing of it', async () => {
    const huge = { blob: 'x'.repeat(RECORD_KINDS.framework.maxBytes) };
    const err = await store.repos.framework.create({ name: 'Huge', version: 1, document: huge }, store.ownerId).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).code).toBe('record_too_large');
    expect(await store.db.table('framework').count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
    const small = await store.repos.framework.create({ name: 'Adapted', version: 1, document: { id: 'adapted' } }, store.ownerId);
    await expect(store.repos.framework.update(small.id, { document: huge })).rejects.toMatchObject({ code: 'record_too_large' });
    expect((await store.repos.framework.get(small.id))?.document).toEqual({ id: 'adapted' });
    expect(await store.db.outbox.count()).toBe(1);
  });

  it('sends only changed fields on update, with a later stamp, even if the clock went back', async () => {
    const w = await store.repos.workshop.create(input);
    clock -= 3_600_000;
    const u = await store.repos.workshop.update(w.id, { venue: 'Dakar' });
    expect(u.venue).toBe('Dakar');
    expect(u.updatedAt > w.updatedAt).toBe(true);
    expect(u.createdAt).toBe(w.createdAt);
    const [, m] = await store.db.outbox.orderBy('seq').toArray();
    expect(m).toMatchObject({ seq: 2, patch: { venue: 'Dakar' } });
  });

  it('an update that changes no field writes nothing and sends nothing', async () => {
    const w = await store.repos.workshop.create(input);
    const same = await store.repos.workshop.update(w.id, {});
    expect(same).toEqual(w);
    expect(await store.db.outbox.count()).toBe(1);
    await store.repos.workshop.remove(w.id);
    await expect(store.repos.workshop.update(w.id, {})).rejects.toMatchObject({ code: 'not_found' });
  });

  it('deletes by tombstone and hides the record from reads', async () => {
    const w = await store.repos.workshop.create(input);
    await store.repos.workshop.remove(w.id);
    expect(await store.repos.workshop.get(w.id)).toBeUndefined();
    expect(await store.repos.workshop.list()).toEqual([]);
    const raw = (await store.db.table('workshop').get(w.id)) as { deleted?: boolean } | undefined;
    expect(raw?.deleted).toBe(true);
    const last = await store.db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({ op: 'delete', recordId: w.id });
    await expect(store.repos.workshop.update(w.id, { venue: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('scopes workshop records and requires a scope', async () => {
    const w = await store.repos.workshop.create(input);
    const org = await store.repos.organisation.create({ name: 'CNTL', acronym: 'CNTL', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, w.id);
    expect(org.workshopId).toBe(w.id);
    expect(await store.repos.organisation.list(w.id)).toHaveLength(1);
    expect(await store.repos.organisation.list('00000000-0000-7000-8000-000000000000')).toHaveLength(0);
    await expect(store.repos.organisation.create({ name: 'x', acronym: '', country: '', kind: 'other', partnerRole: 'other' })).rejects.toMatchObject({ code: 'invalid_record' });
  });

  it('keeps the device id and sequence across reopening', async () => {
    await store.repos.workshop.create(input);
    const deviceId = store.deviceId;
    store.close();
    store = await openLocalStore(name, () => clock);
    expect(store.deviceId).toBe(deviceId);
    await store.repos.workshop.create(input);
    expect(await store.db.outbox.orderBy('seq').keys()).toEqual([1, 2]);
  });

  it('skips a stored record that no longer parses instead of failing the list', async () => {
    const w = await store.repos.workshop.create(input);
    await store.db.recordTable('workshop').put({ ...w, id: '0190a000-0000-7000-8000-000000000001', title: 42 });
    const list = await store.repos.workshop.list();
    expect(list.map((x) => x.id)).toEqual([w.id]);
  });
});

describe('mutation ids', () => {
  it('a new record’s first change takes the record’s id; every later change, a workshop (its id is public in join links) and a record whose id follows from what it is about, one of its own', async () => {
    const w = await store.repos.workshop.create(input);
    const note = await store.repos.note.create({ kind: 'lesson', text: 'First words', capacities: [] }, w.id);
    await store.repos.note.update(note.id, { text: 'Second words' });
    await store.repos.note.remove(note.id);
    const derived = '0190a000-0000-7000-8000-0000000000d1';
    await store.repos.agreedScore.put(derived, { organisationId: '0190a000-0000-7000-8000-0000000000a1', itemId: 'autonomy', round: 'baseline', value: 3, justification: '' }, w.id);
    const outbox = await store.db.outbox.toArray();
    expect(outbox.map((m) => [m.recordId === m.mutationId, m.kind])).toEqual([
      [false, 'workshop'],
      [true, 'note'],
      [false, 'note'],
      [false, 'note'],
      [false, 'agreedScore'],
    ]);
    expect(new Set(outbox.map((m) => m.mutationId)).size).toBe(outbox.length);
    outbox.forEach((m) => expect(mutationSchema().safeParse(m).success).toBe(true));
  });
});

describe('repository undo and clearing', () => {
  it('restores a deleted record with a new change that syncs', async () => {
    const w = await store.repos.workshop.create(input);
    await store.repos.workshop.remove(w.id);
    const back = await store.repos.workshop.restore(w.id);
    expect(back.deleted).toBe(false);
    expect(await store.repos.workshop.get(w.id)).toMatchObject({ title: input.title });
    expect(await store.db.outbox.orderBy('seq').last()).toMatchObject({ op: 'upsert', patch: { deleted: false } });
  });

  it('sends a cleared optional field as UNSET so the clear can sync, and omits empty fields on creation', async () => {
    const w = await store.repos.workshop.create(input);
    const org = await store.repos.organisation.create({ name: 'CNTL', acronym: '', country: '', kind: 'other', partnerRole: 'other' }, w.id);
    const p = await store.repos.participant.create({ name: 'Aminata', organisationId: org.id, role: '', gender: '', consent: true }, w.id);
    await store.repos.participant.update(p.id, { organisationId: undefined });
    expect((await store.repos.participant.get(p.id))?.organisationId).toBeUndefined();
    expect((await store.db.outbox.orderBy('seq').last())?.patch).toEqual({ organisationId: { $unset: true } });
    const created = (await store.db.outbox.toArray()).find((m) => m.recordId === org.id);
    expect(Object.values(created!.patch)).not.toContain(undefined);
    const note = await store.repos.note.create({ kind: 'lesson', text: 'x', capacities: [], agendaItemId: undefined }, w.id);
    expect((await store.db.outbox.toArray()).find((m) => m.recordId === note.id)!.patch).not.toHaveProperty('agendaItemId');
  });

  it('counts unsynced changes per workshop', async () => {
    const a = await store.repos.workshop.create(input);
    const b = await store.repos.workshop.create(input);
    await store.repos.note.create({ kind: 'lesson', text: 'x', capacities: [] }, a.id);
    expect(await store.pendingCount(a.id)).toBe(2);
    expect(await store.pendingCount(b.id)).toBe(1);
    expect(await store.pendingCount()).toBe(3);
  });
});

describe('repository reads by index', () => {
  it('lists the live records of one assessment only', async () => {
    const w = await store.repos.workshop.create(input);
    const a = '0190a000-0000-7000-8000-00000000000a';
    const b = '0190a000-0000-7000-8000-00000000000b';
    const s1 = await store.repos.score.create({ assessmentId: a, itemId: 'autonomy', value: 3, comment: '' }, w.id);
    await store.repos.score.create({ assessmentId: a, itemId: 'coherence', value: null, comment: '' }, w.id);
    await store.repos.score.create({ assessmentId: b, itemId: 'autonomy', value: 5, comment: '' }, w.id);
    await store.repos.score.remove(s1.id);
    expect((await store.repos.score.listBy('assessmentId', a)).map((s) => s.itemId)).toEqual(['coherence']);
  });

  it('reads the latest live records of one scope first, at most as many as asked', async () => {
    const w = await store.repos.workshop.create(input);
    const other = await store.repos.workshop.create({ ...input, title: 'Another' });
    const note = (text: string) => ({ kind: 'lesson' as const, text, capacities: [] });
    const made = [];
    for (const text of ['one', 'two', 'three', 'four', 'five']) {
      clock += 1_000;
      made.push(await store.repos.note.create(note(text), w.id));
    }
    clock += 1_000;
    await store.repos.note.create(note('elsewhere'), other.id);
    await store.repos.note.remove(made[4]!.id);
    expect((await store.repos.note.newest(w.id, 3)).map((n) => n.text)).toEqual(['four', 'three', 'two']);
    expect((await store.repos.note.newest(w.id, 10)).map((n) => n.text)).toEqual(['four', 'three', 'two', 'one']);
    expect((await store.repos.note.newest(other.id, 10)).map((n) => n.text)).toEqual(['elsewhere']);
  });
});
