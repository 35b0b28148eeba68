import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { carries, outboxBatchFor, pendingFor, saveJoinCredential, syncCredentials } from '../../../../../src/app/core/credentials/credentials.ts';
import { answersOnDevice, removeFromDevice, unsentOf } from '../../../../../src/app/core/db/remove-from-device.ts';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { applySyncResult, rejectedChanges, rejectedMutations, syncCursor } from '../../../../../src/app/core/db/sync-state.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY } from '../../../../../src/app/core/sync/engine.ts';
import { joinCredential } from '../../../../../src/shared/identity/credential.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const A = '0190a000-0000-7000-8000-00000000000a';
const B = '0190a000-0000-7000-8000-00000000000b';
const tokenA = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const tokenB = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

describe('the credentials of a device', () => {
  it('each join link carries its workshop’s changes, the device’s own key everything else', async () => {
    const store = await openLocalStore(`creds-${Math.random()}`);
    await saveJoinCredential(store.db, A, joinCredential(A, tokenA));
    await saveJoinCredential(store.db, B, joinCredential(B, tokenB));
    await setSetting(store.db, ACCESS_KEY, 'wcf_facilitatorkey123');
    const all = await syncCredentials(store.db);
    expect(all.map((c) => c.workshopId)).toEqual([A, B, undefined]);
    const [linkA, , own] = all;
    expect(carries(linkA!, all)({ scope: A })).toBe(true);
    expect(carries(linkA!, all)({ scope: B })).toBe(false);
    expect(carries(own!, all)({ scope: A })).toBe(false);
    expect(carries(own!, all)({ scope: 'some-other-workshop' })).toBe(true);
    store.close();
  });

  it('each counts and sends, oldest first, only the changes it carries', async () => {
    const store = await openLocalStore(`carried-${Math.random()}`);
    await saveJoinCredential(store.db, A, joinCredential(A, tokenA));
    await setSetting(store.db, ACCESS_KEY, 'wcf_facilitatorkey123');
    const all = await syncCredentials(store.db);
    const [link, own] = all;
    const mine = await store.repos.workshop.create(workshopFields('Own'));
    // a change of workshop A between the device's own changes
    for (const [scope, text] of [
      [mine.id, 'one'],
      [A, 'in A'],
      [mine.id, 'two'],
      [mine.id, 'three'],
    ] as const)
      await store.repos.note.create({ kind: 'lesson', text, capacities: [] }, scope);
    expect(await pendingFor(store.db, own!, all)).toBe(4);
    expect(await pendingFor(store.db, link!, all)).toBe(1);
    const texts = (ms: { patch: Record<string, unknown> }[]) => ms.map((m) => m.patch.text ?? m.patch.title);
    // two at a time, as pushes of two would read them
    const first = await outboxBatchFor(store.db, carries(own!, all), 2);
    expect(texts(first)).toEqual(['Own', 'one']);
    expect(texts(await outboxBatchFor(store.db, carries(own!, all), 2, first.at(-1)!.seq))).toEqual(['two', 'three']);
    expect(texts(await outboxBatchFor(store.db, carries(link!, all), 2))).toEqual(['in A']);
    store.close();
  });

  it('an older phone’s join link saved as its key keeps carrying what no newer link takes', async () => {
    const store = await openLocalStore(`legacy-${Math.random()}`);
    await setSetting(store.db, ACCESS_KEY, `wcj_${tokenA}`);
    await saveJoinCredential(store.db, B, joinCredential(B, tokenB));
    const all = await syncCredentials(store.db);
    expect(all).toEqual([{ credential: joinCredential(B, tokenB), workshopId: B }, { credential: `wcj_${tokenA}` }]);
    expect(carries(all[1]!, all)({ scope: A })).toBe(true);
    expect(carries(all[1]!, all)({ scope: B })).toBe(false);
    store.close();
  });

  it('keep one pull cursor each, named by a hash of the credential, and forget the single cursor of older builds', async () => {
    const store = await openLocalStore(`cursor-${Math.random()}`);
    await store.db.meta.put({ key: 'sync:cursor', value: '900' });
    await applySyncResult(store.db, { acks: [], changes: [], cursor: '42' }, { credential: 'wcf_firstkey1234' });
    expect(await syncCursor(store.db, 'wcf_firstkey1234')).toBe('42');
    expect(await syncCursor(store.db, 'wcf_secondkey123')).toBeNull();
    expect(await store.db.meta.get('sync:cursor')).toBeUndefined();
    // The secret is not written into a key name.
    expect((await store.db.meta.toArray()).filter((m) => m.key.includes('firstkey'))).toEqual([]);
    store.close();
  });
});

describe('refused changes', () => {
  it('keep the server’s reason with each, and read the bare entries of older builds', async () => {
    const store = await openLocalStore(`refused-${Math.random()}`);
    const w = await store.repos.workshop.create(workshopFields('Refused'));
    const n = await store.repos.note.create({ kind: 'lesson', text: 'too long, say', capacities: [] }, w.id);
    const [wm, nm] = await store.db.outbox.orderBy('seq').toArray();
    const acks = [
      { mutationId: wm!.mutationId, status: 'rejected', code: 'join_token_taken' },
      { mutationId: nm!.mutationId, status: 'rejected', code: 'record_too_large' },
    ] as const;
    await applySyncResult(store.db, { acks, changes: [], cursor: '1' }, { sent: [wm!, nm!] });
    expect((await rejectedChanges(store.db)).map((r) => [r.mutation.recordId, r.code])).toEqual([
      [w.id, 'join_token_taken'],
      [n.id, 'record_too_large'],
    ]);
    // the file export still reads plain mutations
    expect((await rejectedMutations(store.db)).map((m) => m.mutationId)).toEqual([wm!.mutationId, nm!.mutationId]);
    // an entry an older build wrote: a bare mutation, reason unknown
    await store.db.meta.put({ key: 'sync:rejected', value: [wm] });
    expect(await rejectedChanges(store.db)).toEqual([{ mutation: wm }]);
    store.close();
  });
});

describe('removing answers from a device', () => {
  it('takes the records, their unsent and refused changes off this device only, and a later pull does not bring them back', async () => {
    const store = await openLocalStore(`remove-${Math.random()}`);
    const a = await store.repos.assessment.create({ organisationId: '0190a000-0000-7000-8000-0000000000c1', frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true }, A);
    const s = await store.repos.score.create({ assessmentId: a.id, itemId: 'autonomy', value: 4, comment: 'private' }, A);
    const other = await store.repos.assessment.create({ organisationId: '0190a000-0000-7000-8000-0000000000c1', frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false }, A);
    const refused = (await store.db.outbox.orderBy('seq').toArray())[1]!;
    await applySyncResult(store.db, { acks: [{ mutationId: refused.mutationId, status: 'rejected', code: 'workshop_closed' }], changes: [], cursor: '3' });
    const mine = await answersOnDevice(store.db, a.id);
    expect(mine).toEqual([
      { kind: 'assessment', id: a.id },
      { kind: 'score', id: s.id },
    ]);
    // one change waiting, one refused and kept here: two that the server has not got
    expect(await unsentOf(store.db, mine)).toBe(2);

    await removeFromDevice(store.db, mine);
    expect(await store.repos.assessment.get(a.id)).toBeUndefined();
    expect(await store.db.recordTable('score').get(s.id)).toBeUndefined();
    expect(await store.db.outbox.where('recordId').anyOf([a.id, s.id]).count()).toBe(0);
    expect(await rejectedChanges(store.db)).toEqual([]);
    expect(await store.repos.assessment.get(other.id)).toBeDefined();
    // no tombstone travels: the server keeps what it has
    expect((await store.db.outbox.toArray()).map((m) => m.recordId)).toEqual([other.id]);

    const pulled = { kind: 'assessment' as const, record: { ...a, deviceId: 'hidden' } };
    await applySyncResult(store.db, { acks: [], changes: [pulled], cursor: '9' }, { credential: 'wcj_x' });
    expect(await store.repos.assessment.get(a.id)).toBeUndefined();
    store.close();
  });
});
