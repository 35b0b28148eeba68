import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveJoinCredential } from '../../../../../src/app/core/credentials/credentials.ts';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { exportPending } from '../../../../../src/app/core/sync/transfer.ts';
import { takeInAnswers } from '../../../../../src/app/features/handover/take-in.ts';
import { joinCredential } from '../../../../../src/shared/identity/credential.ts';
import { ballotIdFor, delegateIdFor } from '../../../../../src/shared/identity/derived-id.ts';
import { sha256Hex } from '../../../../../src/shared/identity/sha256.ts';
import { tallyVotes } from '../../../../../src/shared/votes.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const TOKEN = 'handovertokenabcdefghijklmnopqrs';
const organisation = (name: string) => ({ name, acronym: '', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }) as const;

/**
 * A phone's answers are judged on the tablet by the server's own rules before they are taken in: in
 * a room with no network the tablet is the only record, and it must not show (nor relay) what the
 * server would refuse.
 */
describe('answers handed over are judged by what the phone may write', () => {
  it('leaves out another organisation’s card and plan, a ballot in a closed vote, and takes in the rest', async () => {
    const tablet = await openLocalStore(`rights-tablet-${Math.random()}`);
    const created = await tablet.repos.workshop.create(workshopFields('Handed over'));
    await tablet.repos.workshop.update(created.id, { joinTokenHash: sha256Hex(TOKEN) });
    const workshop = (await tablet.repos.workshop.get(created.id))!;
    const [orgA, orgB] = [await tablet.repos.organisation.create(organisation('Ours'), workshop.id), await tablet.repos.organisation.create(organisation('Other'), workshop.id)];
    const accepted = await tablet.repos.action.create(
      { organisationId: orgB.id, itemId: 'x', action: 'Recruit 500 domestic workers', who: '', due: '', indicator: '', status: 'planned' },
      workshop.id,
    );
    const options = [
      { id: 'o1', label: 'A' },
      { id: 'o2', label: 'B' },
    ];
    const closed = await tablet.repos.poll.create({ title: 'Closed', subject: 'cards', options, dots: 1, stack: false, state: 'closed' }, workshop.id);
    const open = await tablet.repos.poll.create({ title: 'Open', subject: 'cards', options, dots: 1, stack: false, state: 'open' }, workshop.id);

    // A phone (its app altered) that speaks for A writes what it may and what it may not.
    const phone = await openLocalStore(`rights-phone-${Math.random()}`);
    await saveJoinCredential(phone.db, workshop.id, joinCredential(workshop.id, TOKEN));
    await phone.repos.delegate.put(delegateIdFor(workshop.id, phone.deviceId), { organisationId: orgA.id }, workshop.id);
    await phone.repos.swot.create({ quadrant: 'strength', organisationId: orgA.id, text: 'Dues by mobile money' }, workshop.id);
    await phone.repos.swot.create({ quadrant: 'weakness', organisationId: orgB.id, text: 'Their leaders are corrupt' }, workshop.id);
    await phone.repos.action.put(accepted.id, { organisationId: orgB.id, itemId: 'x', action: 'Nothing, ever', who: '', due: '', indicator: '', status: 'dropped' }, workshop.id);
    await phone.repos.ballot.put(ballotIdFor(closed.id, phone.deviceId), { pollId: closed.id, dots: { o2: 1 } }, workshop.id);
    await phone.repos.ballot.put(ballotIdFor(open.id, phone.deviceId), { pollId: open.id, dots: { o1: 1 } }, workshop.id);
    const file = JSON.parse(JSON.stringify(await exportPending(phone, { scope: workshop.id }))) as unknown;

    expect(await takeInAnswers(tablet, workshop, file, 'scan')).toMatchObject({ ok: true, leftOut: 3 });
    expect((await tablet.repos.action.get(accepted.id))?.action).toBe('Recruit 500 domestic workers');
    expect((await tablet.repos.swot.list(workshop.id)).map((c) => c.text)).toEqual(['Dues by mobile money']);
    const ballots = await tablet.repos.ballot.list(workshop.id);
    expect(tallyVotes(closed, ballots).voters).toBe(0);
    expect(tallyVotes(open, ballots).voters).toBe(1);
    expect(await tablet.repos.delegate.get(delegateIdFor(workshop.id, phone.deviceId))).toMatchObject({ organisationId: orgA.id });
    tablet.close();
    phone.close();
  });
});
