// What a phone may write of the room's decisions beyond the authorization matrix's rows: no name on a
// card in an anonymous workshop, a delegation only to its own workshop's organisations, a vote kept
// to the delegation it names, nothing before the phone chose its organisation, and a closed
// workshop still taking its delegation's progress on accepted actions.
import { beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { participantDenies } from '../../../src/shared/rights/participant-denies.ts';
import { openSqliteDb } from '../../../src/server/store/sqlite.ts';
import { createStore } from '../../../src/server/store/store.ts';
import type { Allowed } from '../../../src/shared/rights/batch-view.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { ballotIdFor, delegateIdFor } from '../../../src/shared/identity/derived-id.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { deviceIdOf, mutation, workshopPatch } from './sync-fixtures.ts';

const T = Date.UTC(2026, 2, 10);
const allow: Allowed = () => undefined;
const [w, other, orgA, orgB, elsewhere] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
const phone = 'roomRulesPhone';
const byPhone: Allowed = (m, creator, view) => participantDenies(w, deviceIdOf(phone))(m, creator, view);
const organisation = (id: string, workshopId: string) =>
  mutation({ kind: 'organisation', recordId: id, scope: workshopId, patch: { workshopId, name: 'Union', acronym: '', country: 'SN', kind: 'other', partnerRole: 'receiving' } }, T, 'roomTablet');
const speakFor = (organisationId: string) => mutation({ kind: 'delegate', recordId: delegateIdFor(w, deviceIdOf(phone)), scope: w, patch: { workshopId: w, organisationId } }, T, phone);
const card = (over: Record<string, unknown> = {}) =>
  mutation({ kind: 'swot', recordId: uuidv7(), scope: w, patch: { workshopId: w, quadrant: 'strength', organisationId: orgA, text: 'Dues paid by mobile money', ...over } }, T, phone);

let store: ServerStore;
/** The codes of a push's acks, `applied` for those written. */
async function push(mutations: Mutation[], allowed: Allowed): Promise<string[]> {
  const result = await store.push(mutations, allowed);
  return result.acks.map((a) => (a.status === 'rejected' ? (a.code ?? 'rejected') : a.status));
}

beforeEach(async () => {
  store = createStore(openSqliteDb(mkdtempSync(join(tmpdir(), 'wc-room-'))));
  await store.migrate();
  const made = await push(
    [
      mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), anonymousScores: true } }, T, 'roomTablet'),
      mutation({ kind: 'workshop', recordId: other, scope: other, patch: workshopPatch(other) }, T, 'roomTablet'),
      organisation(orgA, w),
      organisation(orgB, w),
      organisation(elsewhere, other),
    ],
    allow,
  );
  expect(made.every((s) => s === 'applied')).toBe(true);
});

describe('the room’s rules for a phone', () => {
  it('adds nothing before it chose the organisation it speaks for', async () => {
    expect(await push([card()], byPhone)).toEqual(['not_your_organisation']);
  });

  it('speaks only for an organisation of its own workshop', async () => {
    expect(await push([speakFor(elsewhere)], byPhone)).toEqual(['not_your_organisation']);
    expect(await push([speakFor(orgA)], byPhone)).toEqual(['applied']);
  });

  it('undoes the delete of its own card, never the facilitator’s', async () => {
    const mine = card();
    const again = (over: Partial<Mutation>, wall: number) => mutation({ kind: 'swot', recordId: mine.recordId, scope: w, patch: {}, ...over }, wall, phone);
    expect(await push([speakFor(orgA), mine, again({ op: 'delete' }, T + 1000), again({ patch: { deleted: false } }, T + 2000)], byPhone)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(await push([mutation({ kind: 'swot', recordId: mine.recordId, scope: w, op: 'delete', patch: {} }, T + 3000, 'roomTablet')], allow)).toEqual(['applied']);
    expect(await push([mutation({ kind: 'swot', recordId: mine.recordId, scope: w, patch: { deleted: false } }, T + 4000, phone)], byPhone)).toEqual(['forbidden']);
  });

  it('puts no name on a card in an anonymous workshop', async () => {
    expect(await push([speakFor(orgA), card({ author: 'Aminata' }), card()], byPhone)).toEqual(['applied', 'anonymous_workshop', 'applied']);
  });

  it('votes only once it chose its organisation, and never leaves its delegation itself', async () => {
    const poll = uuidv7();
    const options = [1, 2].map((i) => ({ id: `o${i}`, label: `Option ${i}` }));
    await push([mutation({ kind: 'poll', recordId: poll, scope: w, patch: { workshopId: w, title: 'All', subject: 'cards', options, dots: 1, stack: false, state: 'open' } }, T, 'roomTablet')], allow);
    const ballot = mutation({ kind: 'ballot', recordId: ballotIdFor(poll, deviceIdOf(phone)), scope: w, patch: { workshopId: w, pollId: poll, dots: { o1: 1 } } }, T, phone);
    expect(await push([ballot], byPhone)).toEqual(['not_your_organisation']);
    const leave = mutation({ kind: 'delegate', recordId: delegateIdFor(w, deviceIdOf(phone)), scope: w, patch: { deleted: true } }, T + 1000, phone);
    expect(await push([speakFor(orgA), { ...ballot, mutationId: uuidv7() }, leave], byPhone)).toEqual(['applied', 'applied', 'forbidden']);
  });

  it('votes only in a vote open to its delegation', async () => {
    const poll = uuidv7();
    const options = [1, 2].map((i) => ({ id: `o${i}`, label: `Option ${i}` }));
    const opened = await push(
      [
        mutation(
          { kind: 'poll', recordId: poll, scope: w, patch: { workshopId: w, title: 'B only', subject: 'cards', options, dots: 1, stack: false, organisationId: orgB, state: 'open' } },
          T,
          'roomTablet',
        ),
      ],
      allow,
    );
    expect(opened).toEqual(['applied']);
    const ballot = mutation({ kind: 'ballot', recordId: ballotIdFor(poll, deviceIdOf(phone)), scope: w, patch: { workshopId: w, pollId: poll, dots: { o1: 1 } } }, T, phone);
    expect(await push([speakFor(orgA), ballot], byPhone)).toEqual(['applied', 'not_your_organisation']);
  });

  it('keeps reporting its organisation’s progress once the workshop is closed, and adds nothing else', async () => {
    const action = uuidv7();
    await push([speakFor(orgA)], byPhone);
    const closed = await push(
      [
        mutation(
          { kind: 'action', recordId: action, scope: w, patch: { workshopId: w, organisationId: orgA, itemId: 'organising', action: 'Recruit', who: '', due: '', indicator: '', status: 'planned' } },
          T,
          'roomTablet',
        ),
        mutation({ kind: 'workshop', recordId: w, scope: w, patch: { status: 'closed' } }, T + 1000, 'roomTablet'),
      ],
      allow,
    );
    expect(closed).toEqual(['applied', 'applied']);
    expect(await push([mutation({ kind: 'action', recordId: action, scope: w, patch: { status: 'done' } }, T + 2000, phone), card()], byPhone)).toEqual(['applied', 'workshop_closed']);
  });
});
