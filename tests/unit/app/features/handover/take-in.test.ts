import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveJoinCredential } from '../../../../../src/app/core/credentials/credentials.ts';
import { arrivals } from '../../../../../src/app/core/db/arrivals.ts';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { exportPending } from '../../../../../src/app/core/sync/transfer.ts';
import { takeInAnswers } from '../../../../../src/app/features/handover/take-in.ts';
import { joinCredential } from '../../../../../src/shared/identity/credential.ts';
import { sha256Hex } from '../../../../../src/shared/identity/sha256.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const TOKEN = 'handovertokenabcdefghijklmnopqrs';

/** A tablet with a workshop and an invitation, and a phone that joined it and answered 15 questions. */
async function room(name: string) {
  const tablet = await openLocalStore(`${name}-tablet`);
  const created = await tablet.repos.workshop.create(workshopFields('Handed over'));
  await tablet.repos.workshop.update(created.id, { joinTokenHash: sha256Hex(TOKEN) });
  const workshop = (await tablet.repos.workshop.get(created.id))!;
  const org = await tablet.repos.organisation.create({ name: 'CNTS', acronym: '', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, workshop.id);

  const phone = await openLocalStore(`${name}-phone`);
  await saveJoinCredential(phone.db, workshop.id, joinCredential(workshop.id, TOKEN));
  const a = await phone.repos.assessment.create({ organisationId: org.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false }, workshop.id);
  for (let i = 0; i < 15; i++) {
    await phone.repos.score.create({ assessmentId: a.id, itemId: `item-${i}`, value: i === 3 ? null : (i % 5) + 1, comment: i === 0 ? 'Nous décidons seuls, « sans » tutelle' : '' }, workshop.id);
  }
  await phone.repos.assessment.update(a.id, { submitted: true });
  await phone.repos.note.create({ kind: 'quote', text: 'Une note du téléphone', capacities: [] }, workshop.id);
  /** The phone's answers as they travel: JSON text, read back. */
  const handed = async () => JSON.parse(JSON.stringify(await exportPending(phone, { scope: workshop.id }))) as Record<string, unknown> & { mutations: Record<string, unknown>[] };
  return { tablet, phone, workshop, org, assessment: a, handed };
}

describe('answers handed from a phone to the tablet without a network', () => {
  it('are taken in once, whatever the number of scans, and noted with their path', async () => {
    const { tablet, workshop, assessment, handed } = await room('once');
    const file = await handed();
    const first = await takeInAnswers(tablet, workshop, file, 'scan');
    expect(first).toMatchObject({ ok: true, people: 1 });
    // The assessment (made, then submitted), 15 scores and a note.
    expect(first.ok && first.changes).toBe(18);
    expect((await tablet.repos.note.list(workshop.id)).map((n) => n.text)).toEqual(['Une note du téléphone']);
    expect((await tablet.repos.score.listBy('assessmentId', assessment.id)).length).toBe(15);
    expect((await tablet.repos.assessment.get(assessment.id))?.submitted).toBe(true);

    // Scanned again, then the same answers by file: nothing more, the first path stays.
    const again = await takeInAnswers(tablet, workshop, file, 'file');
    expect(again).toMatchObject({ ok: true, people: 1, changes: 0 });
    expect((await tablet.repos.score.listBy('assessmentId', assessment.id)).length).toBe(15);
    expect((await arrivals(tablet.db)).get(assessment.id)).toBe('scan');
  });

  it('leave out, and say, a change whose id another phone’s change taken in before holds: it is not taken for a copy', async () => {
    const { tablet, phone, workshop, handed } = await room('taken');
    const real = await handed();
    const noteId = real.mutations.find((m) => m.kind === 'note')!.mutationId as string;
    // A second phone of the room, whose person saw the first phone's code, hands in a note of its own under that id first.
    const other = await openLocalStore('taken-other');
    await saveJoinCredential(other.db, workshop.id, joinCredential(workshop.id, TOKEN));
    await other.repos.note.create({ kind: 'quote', text: 'Rien à signaler', capacities: [] }, workshop.id);
    await other.db.outbox.toCollection().modify((m) => {
      m.mutationId = noteId;
    });
    const copy = JSON.parse(JSON.stringify(await exportPending(other, { scope: workshop.id }))) as unknown;
    expect(await takeInAnswers(tablet, workshop, copy, 'file')).toMatchObject({ ok: true, changes: 1, taken: 0 });
    expect(await takeInAnswers(tablet, workshop, real, 'scan')).toMatchObject({ ok: true, changes: 17, known: 0, taken: 1 });
    expect((await tablet.db.outbox.where('mutationId').equals(noteId).first())?.deviceId).toBe(other.deviceId);
    expect(phone.deviceId).not.toBe(other.deviceId);
  });

  it('are refused, changing nothing, when from another workshop, altered, forged or bound to an old invitation', async () => {
    const { tablet, workshop, handed } = await room('refused');
    const other = await tablet.repos.workshop.create(workshopFields('Another workshop'));
    const otherWorkshop = (await tablet.repos.workshop.get(other.id))!;
    const before = await tablet.pendingCount();
    expect(await takeInAnswers(tablet, otherWorkshop, await handed(), 'scan')).toEqual({ ok: false, reason: 'otherWorkshop' });

    const altered = await handed();
    const score = altered.mutations.find((m) => m.kind === 'score')!;
    (score.patch as Record<string, unknown>).value = 5 - Number((score.patch as Record<string, unknown>).value ?? 0);
    expect(await takeInAnswers(tablet, workshop, altered, 'scan')).toEqual({ ok: false, reason: 'altered' });

    // A change of a kind only the facilitator writes, signed or not, is no participant's answer.
    const widened = await handed();
    widened.mutations.push({ ...widened.mutations[0]!, kind: 'workshop', recordId: workshop.id, mutationId: '0190a0a0-0000-7000-8000-0000000000aa' });
    expect(await takeInAnswers(tablet, workshop, widened, 'scan')).toEqual({ ok: false, reason: 'altered' });

    // Another device's key named as the author: its id does not hash from that key.
    const forged = await handed();
    const [phoneId] = Object.keys(forged.authors as object);
    const impostor = await openLocalStore('refused-impostor');
    (forged.authors as Record<string, { key: string }>)[phoneId!]!.key = impostor.deviceKey!.publicKey;
    expect(await takeInAnswers(tablet, workshop, forged, 'scan')).toEqual({ ok: false, reason: 'altered' });

    expect(await takeInAnswers(tablet, { ...workshop, joinTokenHash: sha256Hex('a-newer-invitation-token-abcdefgh') }, await handed(), 'scan')).toEqual({ ok: false, reason: 'oldInvitation' });
    expect(await takeInAnswers(tablet, workshop, { not: 'answers' }, 'file')).toEqual({ ok: false, reason: 'notAnswers' });
    expect(await tablet.pendingCount()).toBe(before);
    expect(await tablet.repos.score.list(workshop.id)).toEqual([]);
  });

  it('carry only the phone’s changes for that workshop', async () => {
    const { phone, workshop, handed, org } = await room('scoped');
    const elsewhere = '0190a0a0-0000-7000-8000-0000000000bb';
    await phone.repos.assessment.create({ organisationId: org.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false }, elsewhere);
    expect((await phone.db.outbox.toArray()).some((m) => m.scope === elsewhere)).toBe(true);
    const file = await handed();
    expect(file.mutations.every((m) => m.scope === workshop.id)).toBe(true);
  });
});
