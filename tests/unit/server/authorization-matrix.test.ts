import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openSqliteDb } from '../../../src/server/store/sqlite.ts';
import { createStore } from '../../../src/server/store/store.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { apiErrorSchema } from '../../../src/shared/protocol.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { deviceIdOf, mutation, notePatch, syncInit, workshopPatch } from './sync-fixtures.ts';
import { encodeHlc } from '../../../src/shared/hlc.ts';
import { committedScopeId } from '../../../src/shared/identity/scope-commitment.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';
import { ballotIdFor, delegateIdFor } from '../../../src/shared/identity/derived-id.ts';
import { tinyJpeg } from '../../support/image-bytes.ts';
import { photoPatch, photoPath, putInit, readInit, sha256 } from './photo-fixtures.ts';
import { COFACILITATOR_CODE_MS, cofacilitatorCodeHash, newCofacilitatorCode } from '../../../src/shared/identity/cofacilitator-code.ts';
import { keyIdOf } from '../../../src/shared/identity/credential.ts';

/** Every role against every operation of the API: who may read and write what. */
const owner = newKey('facilitator');
const other = newKey('facilitator');
const coordinator = newKey('coordinator');
/** Facilitator keys the owner made co-facilitators of the workshop by its codes; it removed the second again. */
const member = newKey('facilitator');
const removedMember = newKey('facilitator');
const token = 'matrixJoinTokenForTheWorkshop000';
const otherToken = 'matrixJoinTokenForAnotherOne0000';
const w = uuidv7();
const w2 = uuidv7();
const note = uuidv7();
const practice = uuidv7();
/** A key revoked after it made a workshop, whose join link is then retired with it. */
const gone = newKey('facilitator');
const goneToken = 'matrixJoinTokenOfARevokedKey0000';
const closedToken = 'matrixJoinTokenOfAClosedOne00000';
const [w3, w4] = [uuidv7(), uuidv7()];
/** Another participant's assessment, a respondent the facilitator recorded, and rows from before creators were kept. */
const [theirs, person, legacyNote, legacyPractice] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
const assessmentPatch = (over: Record<string, unknown> = {}) => ({ workshopId: w, organisationId: uuidv7(), frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false, ...over });
const scorePatch = (assessmentId: string) => ({ workshopId: w, assessmentId, itemId: 'autonomy', value: 4, comment: '' });
const practicePatch = (workshopId: string) => ({
  workshopId,
  title: 'Dues by mobile money',
  context: '',
  approach: '',
  results: '',
  capacities: [],
  sustainability: '',
  contact: '',
  organisationIds: [],
  projectIds: [],
  status: 'compendium',
});
let app: ReturnType<typeof createApp>;

const roles: Record<string, string | undefined> = {
  none: undefined,
  'wrong token': 'wcf_thisIsNotAKeyThisIsNotAKey00',
  'participant of another workshop': `wcj_${otherToken}`,
  participant: `wcj_${token}`,
  facilitator: owner,
  'other facilitator': other,
  'co-facilitator': member,
  'removed co-facilitator': removedMember,
  coordinator,
  'revoked key': gone,
  'participant of a revoked facilitator': `wcj_${goneToken}`,
  'participant of the closed workshop': `wcj_${closedToken}`,
};

type Outcome = 'allowed' | 'forbidden' | 'unauthorized' | 'hidden' | 'visible' | RefusedBecause;
/** Why a credential opens nothing (401), or why one change is refused. */
type RefusedBecause =
  | 'not_your_organisation'
  | 'too_many_dots'
  | 'vote_closed'
  | 'key_revoked'
  | 'invitation_retired'
  | 'not_your_assessment'
  | 'workshop_closed'
  | 'join_token_taken'
  | 'author_unproven'
  | 'stamp_not_writer'
  | 'scope_not_yours'
  | 'cofacilitator_removed';
const REFUSED_CREDENTIAL: readonly Outcome[] = ['unauthorized', 'key_revoked', 'invitation_retired'];
const ops: Record<string, (device: string) => Mutation[]> = {
  'write a note': (d) => [mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'new') }, undefined, d)],
  'edit the workshop': (d) => [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { title: 'Hijacked' } }, Date.UTC(2026, 5, 1), d)],
  'write a lost value': (d) => [mutation({ kind: 'lostValue', recordId: uuidv7(), scope: w, patch: { workshopId: w } }, undefined, d)],
  'curate a practice': (d) => [mutation({ kind: 'practice', recordId: practice, scope: w, patch: { title: 'Dues collected by mobile money', compendiumOrder: 1 } }, Date.UTC(2026, 5, 1), d)],
  'touch a practice with an empty change': (d) => [mutation({ kind: 'practice', recordId: practice, scope: w, patch: {} }, Date.UTC(2026, 5, 1, 1), d)],
  'add a practice': (d) => [mutation({ kind: 'practice', recordId: uuidv7(), scope: w, patch: practicePatch(w) }, undefined, d)],
  'delete a practice': (d) => [mutation({ kind: 'practice', recordId: practice, scope: w, op: 'delete', patch: { deleted: true } }, Date.UTC(2026, 5, 2), d)],
  'set the co-facilitator code': (d) => [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { cofacilitatorCode: codeField(newCofacilitatorCode()) } }, Date.UTC(2026, 5, 6), d)],
  "write the workshop's team": (d) => [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { team: [] } }, Date.UTC(2026, 5, 6), d)],
};
/** What the owner's device puts on the workshop record for a code: its hash, and when it stops working. */
const codeField = (code: string) => ({ hash: cofacilitatorCodeHash(code), expiresAt: new Date(Date.now() + COFACILITATOR_CODE_MS).toISOString() });

/** Whose assessments answers go into, closed workshops, rows from before creators were kept, and join tokens. */
const ownershipOps: Record<string, (device: string) => Mutation[]> = {
  'score an assessment of its own': (d) => {
    const mine = uuidv7();
    return [
      mutation({ kind: 'assessment', recordId: mine, scope: w, patch: assessmentPatch() }, undefined, d),
      mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: scorePatch(mine) }, undefined, d),
    ];
  },
  "add a score to another's assessment": (d) => [mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: scorePatch(theirs) }, undefined, d)],
  "make an assessment in another's name": (d) => [mutation({ kind: 'assessment', recordId: uuidv7(), scope: w, patch: assessmentPatch({ respondentId: person, submitted: true }) }, undefined, d)],
  'write a note in a closed workshop': (d) => [mutation({ kind: 'note', recordId: uuidv7(), scope: w3, patch: notePatch(w3, 'after the end') }, undefined, d)],
  'edit a note from before creators were kept': (d) => [mutation({ kind: 'note', recordId: legacyNote, scope: w, patch: { text: 'taken over' } }, Date.UTC(2026, 5, 3), d)],
  'curate a practice from before creators were kept': (d) => [mutation({ kind: 'practice', recordId: legacyPractice, scope: w, patch: { compendiumOrder: 2 } }, Date.UTC(2026, 5, 3), d)],
  'register a workshop with a join token another holds': (d) => {
    const decoy = uuidv7();
    return [mutation({ kind: 'workshop', recordId: decoy, scope: decoy, patch: { ...workshopPatch(decoy), joinTokenHash: hashKey(token) } }, undefined, d)];
  },
};
Object.assign(ops, ownershipOps);

/** Identities are proven: a device id seen in a stamp or on a QR code gives no rights. */
const identityOps: Record<string, (device: string) => Mutation[]> = {
  "rewrite a note in the facilitator tablet's name": () => [mutation({ kind: 'note', recordId: note, scope: w, patch: { text: 'rewritten' } }, Date.UTC(2026, 5, 4), 'ownerDevice')],
  "stamp a change with the tablet's id": (d) => [
    {
      ...mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, 'borrowed stamp') }, undefined, d),
      hlc: encodeHlc({ wall: Date.UTC(2026, 5, 4), count: 0, node: deviceIdOf('ownerDevice') }),
    },
  ],
  'register a workshop whose id was seen on a QR code': (d) => {
    const seen = committedScopeId(deviceIdOf('ownerOfflineTablet'));
    return [mutation({ kind: 'workshop', recordId: seen, scope: seen, patch: workshopPatch(seen) }, undefined, d)];
  },
};
Object.assign(ops, identityOps);

/** The room decides: a phone's delegation, its cards, its dots in a vote, its delegation's plan drafts. */
const [orgA, orgB, poll, closedPoll, theirCard, actionA, actionB, removedCard] = [uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7(), uuidv7()];
const LATER = Date.UTC(2026, 5, 5);
const options = ['collective-bargaining', 'organising', 'communication'].map((id) => ({ id, label: id }));
const pollPatch = (state: string) => ({ workshopId: w, title: 'Our priorities', subject: 'capacities', options, dots: 2, stack: false, state });
const cardPatch = (organisationId: string, over: Record<string, unknown> = {}) => ({ workshopId: w, quadrant: 'weakness', organisationId, text: 'Few women in the executive', ...over });
const actionPatch = (organisationId: string, status: string) => ({
  workshopId: w,
  organisationId,
  itemId: 'organising',
  action: 'Recruit in the markets',
  who: 'Youth wing',
  due: '',
  indicator: '',
  status,
});
/** A device speaks for an organisation first: the rules judge what follows by it. */
const speakFor = (d: string, organisationId = orgA) => mutation({ kind: 'delegate', recordId: delegateIdFor(w, deviceIdOf(d)), scope: w, patch: { workshopId: w, organisationId } }, undefined, d);
const ballotOf = (d: string, dots: Record<string, number>, pollId = poll, recordId = ballotIdFor(pollId, deviceIdOf(d))) =>
  mutation({ kind: 'ballot', recordId, scope: w, patch: { workshopId: w, pollId, dots } }, LATER, d);
/** A phone votes once it speaks for an organisation. */
const ballot = (d: string, dots: Record<string, number>, pollId = poll, recordId?: string) => [speakFor(d), ballotOf(d, dots, pollId, recordId)];
const roomOps: Record<string, (device: string) => Mutation[]> = {
  'change the organisation it speaks for': (d) => [speakFor(d), { ...speakFor(d, orgB), hlc: encodeHlc({ wall: LATER, count: 0, node: deviceIdOf(d) }) }],
  'add a card for its organisation': (d) => [speakFor(d), mutation({ kind: 'swot', recordId: uuidv7(), scope: w, patch: cardPatch(orgA) }, undefined, d)],
  'add a card for another organisation': (d) => [speakFor(d), mutation({ kind: 'swot', recordId: uuidv7(), scope: w, patch: cardPatch(orgB) }, undefined, d)],
  "edit another's card": (d) => [speakFor(d), mutation({ kind: 'swot', recordId: theirCard, scope: w, patch: { text: 'Rewritten' } }, LATER, d)],
  'reword its own card on the board': (d) => {
    const card = uuidv7();
    return [
      speakFor(d),
      mutation({ kind: 'swot', recordId: card, scope: w, patch: cardPatch(orgA) }, undefined, d),
      mutation({ kind: 'swot', recordId: card, scope: w, patch: { wording: 'Board words' } }, LATER, d),
    ];
  },
  'place dots within the vote': (d) => ballot(d, { organising: 1, communication: 1 }),
  'place more dots than the vote allows': (d) => ballot(d, { organising: 1, communication: 1, 'collective-bargaining': 1 }),
  'cast a second ballot in one vote': (d) => [...ballot(d, { organising: 1 }), ballotOf(d, { communication: 1 }, poll, uuidv7())],
  'vote in a closed vote': (d) => ballot(d, { organising: 1 }, closedPoll),
  'leave its delegation by a deleting patch': (d) => [speakFor(d), mutation({ kind: 'delegate', recordId: delegateIdFor(w, deviceIdOf(d)), scope: w, patch: { deleted: true } }, LATER, d)],
  'bring back a card the facilitator removed': (d) => [speakFor(d), mutation({ kind: 'swot', recordId: removedCard, scope: w, patch: { deleted: false } }, LATER, d)],
  'draft an action for its organisation': (d) => [speakFor(d), mutation({ kind: 'action', recordId: uuidv7(), scope: w, patch: actionPatch(orgA, 'proposed') }, undefined, d)],
  'draft an action for another organisation': (d) => [speakFor(d), mutation({ kind: 'action', recordId: uuidv7(), scope: w, patch: actionPatch(orgB, 'proposed') }, undefined, d)],
  'add an action straight into the plan': (d) => [speakFor(d), mutation({ kind: 'action', recordId: uuidv7(), scope: w, patch: actionPatch(orgA, 'planned') }, undefined, d)],
  "update its organisation's action status": (d) => [speakFor(d), mutation({ kind: 'action', recordId: actionA, scope: w, patch: { status: 'in-progress' } }, LATER, d)],
  "reword its organisation's accepted action": (d) => [speakFor(d), mutation({ kind: 'action', recordId: actionA, scope: w, patch: { action: 'Something else' } }, LATER, d)],
  "update another organisation's action status": (d) => [speakFor(d), mutation({ kind: 'action', recordId: actionB, scope: w, patch: { status: 'done' } }, LATER, d)],
};
Object.assign(ops, roomOps);

const expected: Record<string, { read: Outcome } & Record<keyof typeof ops, Outcome>> = {
  none: {
    read: 'unauthorized',
    'write a note': 'unauthorized',
    'edit the workshop': 'unauthorized',
    'write a lost value': 'unauthorized',
    'curate a practice': 'unauthorized',
    'touch a practice with an empty change': 'unauthorized',
    'add a practice': 'unauthorized',
    'delete a practice': 'unauthorized',
  },
  'wrong token': {
    read: 'unauthorized',
    'write a note': 'unauthorized',
    'edit the workshop': 'unauthorized',
    'write a lost value': 'unauthorized',
    'curate a practice': 'unauthorized',
    'touch a practice with an empty change': 'unauthorized',
    'add a practice': 'unauthorized',
    'delete a practice': 'unauthorized',
  },
  'participant of another workshop': {
    read: 'hidden',
    'write a note': 'forbidden',
    'edit the workshop': 'forbidden',
    'write a lost value': 'forbidden',
    'curate a practice': 'forbidden',
    'touch a practice with an empty change': 'forbidden',
    'add a practice': 'forbidden',
    'delete a practice': 'forbidden',
  },
  participant: {
    read: 'hidden',
    'write a note': 'allowed',
    'edit the workshop': 'forbidden',
    'write a lost value': 'forbidden',
    'curate a practice': 'forbidden',
    'touch a practice with an empty change': 'forbidden',
    'add a practice': 'forbidden',
    'delete a practice': 'forbidden',
  },
  facilitator: {
    read: 'visible',
    'write a note': 'allowed',
    'edit the workshop': 'allowed',
    'write a lost value': 'forbidden',
    'curate a practice': 'allowed',
    'touch a practice with an empty change': 'allowed',
    'add a practice': 'allowed',
    'delete a practice': 'allowed',
  },
  'co-facilitator': {
    read: 'visible',
    'write a note': 'allowed',
    'edit the workshop': 'allowed',
    'write a lost value': 'forbidden',
    'curate a practice': 'allowed',
    'touch a practice with an empty change': 'allowed',
    'add a practice': 'allowed',
    'delete a practice': 'allowed',
  },
  'removed co-facilitator': {
    read: 'hidden',
    'write a note': 'cofacilitator_removed',
    'edit the workshop': 'cofacilitator_removed',
    'write a lost value': 'cofacilitator_removed',
    'curate a practice': 'cofacilitator_removed',
    'touch a practice with an empty change': 'cofacilitator_removed',
    'add a practice': 'cofacilitator_removed',
    'delete a practice': 'cofacilitator_removed',
  },
  'other facilitator': {
    read: 'hidden',
    'write a note': 'forbidden',
    'edit the workshop': 'forbidden',
    'write a lost value': 'forbidden',
    'curate a practice': 'forbidden',
    'touch a practice with an empty change': 'forbidden',
    'add a practice': 'forbidden',
    'delete a practice': 'forbidden',
  },
  coordinator: {
    read: 'visible',
    'write a note': 'forbidden',
    'edit the workshop': 'forbidden',
    'write a lost value': 'forbidden',
    'curate a practice': 'allowed',
    'touch a practice with an empty change': 'forbidden',
    'add a practice': 'forbidden',
    'delete a practice': 'forbidden',
  },
};
const everything = (outcome: Outcome) => Object.fromEntries(['read', ...Object.keys(ops)].map((k) => [k, outcome])) as { read: Outcome } & Record<string, Outcome>;
const allNew = (outcome: Outcome) => Object.fromEntries(Object.keys(ownershipOps).map((k) => [k, outcome]));
const ownership: Record<string, Record<keyof typeof ownershipOps, Outcome>> = {
  none: allNew('unauthorized'),
  'wrong token': allNew('unauthorized'),
  'participant of another workshop': allNew('forbidden'),
  participant: {
    'score an assessment of its own': 'allowed',
    "add a score to another's assessment": 'not_your_assessment',
    "make an assessment in another's name": 'not_your_assessment',
    'write a note in a closed workshop': 'forbidden',
    'edit a note from before creators were kept': 'forbidden',
    'curate a practice from before creators were kept': 'forbidden',
    'register a workshop with a join token another holds': 'forbidden',
  },
  facilitator: {
    'score an assessment of its own': 'allowed',
    "add a score to another's assessment": 'allowed',
    "make an assessment in another's name": 'allowed',
    'write a note in a closed workshop': 'allowed',
    'edit a note from before creators were kept': 'allowed',
    'curate a practice from before creators were kept': 'allowed',
    'register a workshop with a join token another holds': 'join_token_taken',
  },
  'other facilitator': { ...allNew('forbidden'), 'register a workshop with a join token another holds': 'join_token_taken' },
  coordinator: allNew('forbidden'),
};
ownership['co-facilitator'] = { ...ownership.facilitator!, 'write a note in a closed workshop': 'forbidden' };
ownership['removed co-facilitator'] = {
  ...allNew('cofacilitator_removed'),
  'write a note in a closed workshop': 'forbidden',
  'register a workshop with a join token another holds': 'join_token_taken',
};
for (const [role, row] of Object.entries(ownership)) Object.assign(expected[role]!, row);
const identity = (claim: Outcome): Record<keyof typeof identityOps, Outcome> => ({
  "rewrite a note in the facilitator tablet's name": 'author_unproven',
  "stamp a change with the tablet's id": 'stamp_not_writer',
  'register a workshop whose id was seen on a QR code': claim,
});
const unauthorizedIdentity = Object.fromEntries(Object.keys(identityOps).map((k) => [k, 'unauthorized']));
Object.assign(expected.none!, unauthorizedIdentity);
Object.assign(expected['wrong token']!, unauthorizedIdentity);
for (const role of ['participant of another workshop', 'participant', 'coordinator']) Object.assign(expected[role]!, identity('forbidden'));
for (const role of ['facilitator', 'other facilitator', 'co-facilitator', 'removed co-facilitator']) Object.assign(expected[role]!, identity('scope_not_yours'));
const roomFor = (outcome: Outcome) => Object.fromEntries(Object.keys(roomOps).map((k) => [k, outcome]));
Object.assign(expected.none!, roomFor('unauthorized'));
Object.assign(expected['wrong token']!, roomFor('unauthorized'));
for (const role of ['participant of another workshop', 'other facilitator', 'coordinator']) Object.assign(expected[role]!, roomFor('forbidden'));
Object.assign(expected.facilitator!, roomFor('allowed'));
Object.assign(expected['co-facilitator']!, roomFor('allowed'));
Object.assign(expected['removed co-facilitator']!, roomFor('cofacilitator_removed'));
// Only the owner sets the code that lets co-facilitators in; no one but the server writes the team.
for (const role of Object.keys(expected)) {
  const refused = expected[role]!['write a note']!;
  const row = expected[role]!;
  row['set the co-facilitator code'] = role === 'facilitator' ? 'allowed' : refused === 'allowed' ? 'forbidden' : refused;
  row["write the workshop's team"] = refused === 'allowed' ? 'forbidden' : refused;
}
Object.assign(expected.participant!, {
  'change the organisation it speaks for': 'not_your_organisation',
  'add a card for its organisation': 'allowed',
  'add a card for another organisation': 'not_your_organisation',
  "edit another's card": 'forbidden',
  'reword its own card on the board': 'forbidden',
  'place dots within the vote': 'allowed',
  'leave its delegation by a deleting patch': 'forbidden',
  'bring back a card the facilitator removed': 'forbidden',
  'place more dots than the vote allows': 'too_many_dots',
  'cast a second ballot in one vote': 'forbidden',
  'vote in a closed vote': 'vote_closed',
  'draft an action for its organisation': 'allowed',
  'draft an action for another organisation': 'not_your_organisation',
  'add an action straight into the plan': 'forbidden',
  "update its organisation's action status": 'allowed',
  "reword its organisation's accepted action": 'forbidden',
  "update another organisation's action status": 'not_your_organisation',
} satisfies Record<keyof typeof roomOps, Outcome>);
Object.assign(expected, {
  'revoked key': everything('key_revoked'),
  'participant of a revoked facilitator': everything('invitation_retired'),
  'participant of the closed workshop': { ...everything('forbidden'), read: 'hidden', 'write a note in a closed workshop': 'workshop_closed', ...identity('forbidden') },
});

async function call(key: string | undefined, device: string, mutations: Mutation[]) {
  const res = await app.request('/api/sync', syncInit(key, device, { mutations }));
  if (res.status === 200) return { status: res.status, body: syncResponseSchema().parse(await res.json()) };
  return { status: res.status, code: apiErrorSchema().safeParse(await res.json()).data?.error.code };
}

beforeAll(async () => {
  const db = openSqliteDb(mkdtempSync(join(tmpdir(), 'wc-matrix-')));
  const store = createStore(db);
  await store.migrate();
  await store.addKey({ hash: hashKey(owner), role: 'facilitator', name: 'Owner' });
  await store.addKey({ hash: hashKey(other), role: 'facilitator', name: 'Other' });
  await store.addKey({ hash: hashKey(coordinator), role: 'coordinator', name: 'Coordinator' });
  await store.addKey({ hash: hashKey(member), role: 'facilitator', name: 'Member' });
  await store.addKey({ hash: hashKey(removedMember), role: 'facilitator', name: 'Removed' });
  app = createApp({ store, staticDir: tmpdir(), version: 't', bodyLimit: 1024 * 1024, limits: UNLIMITED_SYNC_LIMITS });
  const setup = await call(owner, 'ownerDevice', [
    mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w), joinTokenHash: hashKey(token) } }, undefined, 'ownerDevice'),
    mutation({ kind: 'note', recordId: note, scope: w, patch: notePatch(w, 'facilitator only') }, undefined, 'ownerDevice'),
    mutation({ kind: 'practice', recordId: practice, scope: w, patch: practicePatch(w) }, undefined, 'ownerDevice'),
    mutation({ kind: 'workshop', recordId: w2, scope: w2, patch: { ...workshopPatch(w2), joinTokenHash: hashKey(otherToken) } }, undefined, 'ownerDevice'),
    mutation({ kind: 'workshop', recordId: w3, scope: w3, patch: { ...workshopPatch(w3), joinTokenHash: hashKey(closedToken), status: 'closed' } }, undefined, 'ownerDevice'),
    mutation({ kind: 'participant', recordId: person, scope: w, patch: { workshopId: w, name: 'Aminata', role: '', gender: '', consent: true } }, undefined, 'ownerDevice'),
    mutation({ kind: 'note', recordId: legacyNote, scope: w, patch: notePatch(w, 'written before creators were kept') }, undefined, 'ownerDevice'),
    mutation({ kind: 'practice', recordId: legacyPractice, scope: w, patch: practicePatch(w) }, undefined, 'ownerDevice'),
    ...[orgA, orgB].map((id, i) =>
      mutation(
        { kind: 'organisation', recordId: id, scope: w, patch: { workshopId: w, name: `Union ${i}`, acronym: '', country: 'SN', kind: 'other', partnerRole: 'receiving' } },
        undefined,
        'ownerDevice',
      ),
    ),
    mutation({ kind: 'poll', recordId: poll, scope: w, patch: pollPatch('open') }, undefined, 'ownerDevice'),
    mutation({ kind: 'poll', recordId: closedPoll, scope: w, patch: pollPatch('closed') }, undefined, 'ownerDevice'),
    mutation({ kind: 'action', recordId: actionA, scope: w, patch: actionPatch(orgA, 'planned') }, undefined, 'ownerDevice'),
    mutation({ kind: 'action', recordId: actionB, scope: w, patch: actionPatch(orgB, 'planned') }, undefined, 'ownerDevice'),
  ]);
  expect(setup.body!.acks.every((a) => a.status === 'applied')).toBe(true);
  // as an older server left them: no creator
  await db.run('UPDATE sync_records SET creator = NULL WHERE id = ? OR id = ?', [legacyNote, legacyPractice]);
  const someoneElse = await call(`wcj_${token}`, 'someoneElsesPhone', [
    mutation({ kind: 'assessment', recordId: theirs, scope: w, patch: assessmentPatch() }, undefined, 'someoneElsesPhone'),
    speakFor('someoneElsesPhone'),
    mutation({ kind: 'swot', recordId: theirCard, scope: w, patch: cardPatch(orgA) }, undefined, 'someoneElsesPhone'),
  ]);
  expect(someoneElse.body!.acks.map((a) => a.status)).toEqual(['applied', 'applied', 'applied']);
  // A card the participant's phone made, which the facilitator then removed from the board.
  const card = await call(`wcj_${token}`, 'participantWriter', [
    speakFor('participantWriter'),
    mutation({ kind: 'swot', recordId: removedCard, scope: w, patch: cardPatch(orgA) }, undefined, 'participantWriter'),
  ]);
  expect(card.body!.acks.map((a) => a.status)).toEqual(['applied', 'applied']);
  const removed = await call(owner, 'ownerDevice', [mutation({ kind: 'swot', recordId: removedCard, scope: w, op: 'delete', patch: {} }, Date.UTC(2026, 5, 4), 'ownerDevice')]);
  expect(removed.body!.acks[0]).toMatchObject({ status: 'applied' });
  await store.addKey({ hash: hashKey(gone), role: 'facilitator', name: 'Gone' });
  const made = await call(gone, 'goneDevice', [mutation({ kind: 'workshop', recordId: w4, scope: w4, patch: { ...workshopPatch(w4), joinTokenHash: hashKey(goneToken) } }, undefined, 'goneDevice')]);
  expect(made.body!.acks[0]).toMatchObject({ status: 'applied' });
  expect((await call(`wcj_${goneToken}`, 'goneReader', [])).status).toBe(200);
  await store.revokeKey(hashKey(gone));
  // The owner lets two colleagues in, one code each, then removes the second.
  for (const key of [member, removedMember]) {
    const code = newCofacilitatorCode();
    const set = await call(owner, 'ownerDevice', [mutation({ kind: 'workshop', recordId: w, scope: w, patch: { cofacilitatorCode: codeField(code) } }, Date.UTC(2026, 5, 1, 12), 'ownerDevice')]);
    expect(set.body!.acks[0]).toMatchObject({ status: 'applied' });
    expect((await app.request('/api/cofacilitators', redeemInit(key, code))).status).toBe(200);
  }
  const removedId = keyIdOf(hashKey(removedMember));
  expect((await app.request(`/api/workshops/${w}/cofacilitators/${removedId}`, { method: 'DELETE', headers: { authorization: `Bearer ${owner}` } })).status).toBe(200);
});

const redeemInit = (key: string | undefined, code: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
  body: JSON.stringify({ code }),
});

describe('authorization matrix', () => {
  for (const [role, key] of Object.entries(roles)) {
    it(`${role}: health is public`, async () => {
      expect((await app.request('/api/health', key ? { headers: { authorization: `Bearer ${key}` } } : {})).status).toBe(200);
    });

    it(`${role}: reading the facilitator's notes is ${expected[role]!.read}`, async () => {
      const r = await call(key, `${role.replace(/\W/g, '')}Reader`, []);
      if (REFUSED_CREDENTIAL.includes(expected[role]!.read)) return expect([r.status, r.code]).toEqual([401, expected[role]!.read]);
      const sees = r.body!.changes.some((c) => c.record.id === note);
      expect(sees ? 'visible' : 'hidden').toBe(expected[role]!.read);
    });

    for (const [op, make] of Object.entries(ops)) {
      it(`${role}: ${op} is ${expected[role]![op]}`, async () => {
        const device = `${role.replace(/\W/g, '')}Writer`;
        const r = await call(key, device, make(device));
        if (REFUSED_CREDENTIAL.includes(expected[role]![op]!)) return expect([r.status, r.code]).toEqual([401, expected[role]![op]]);
        // an operation of several changes is judged by its last
        const ack = r.body!.acks.at(-1)!;
        expect(ack.status === 'applied' ? 'allowed' : ack.code).toBe(expected[role]![op]);
      });
    }
  }
});

/** A photo's file in the workshop, sent by its owner: who else may send it again, read it, or ask of it. */
const photoId = uuidv7();
const photoFile = tinyJpeg();
const photoStatus: Record<string, { put: number; get: number; head: number }> = {
  none: { put: 401, get: 401, head: 401 },
  'wrong token': { put: 401, get: 401, head: 401 },
  'participant of another workshop': { put: 403, get: 403, head: 403 },
  participant: { put: 403, get: 403, head: 403 },
  facilitator: { put: 200, get: 200, head: 200 },
  'other facilitator': { put: 403, get: 403, head: 403 },
  'co-facilitator': { put: 200, get: 200, head: 200 },
  'removed co-facilitator': { put: 403, get: 403, head: 403 },
  coordinator: { put: 403, get: 200, head: 200 },
  'revoked key': { put: 401, get: 401, head: 401 },
  'participant of a revoked facilitator': { put: 401, get: 401, head: 401 },
  'participant of the closed workshop': { put: 403, get: 403, head: 403 },
};

describe('authorization matrix: photos', () => {
  beforeAll(async () => {
    const made = await call(owner, 'ownerDevice', [mutation({ kind: 'photo', recordId: photoId, scope: w, patch: photoPatch(w, photoFile) }, undefined, 'ownerDevice')]);
    expect(made.body!.acks[0]).toMatchObject({ status: 'applied' });
    expect((await app.request(photoPath(sha256(photoFile), photoId), putInit(owner, photoFile))).status).toBe(201);
  });

  for (const [role, key] of Object.entries(roles)) {
    it(`${role}: sending, reading and asking of a photo's file answer ${Object.values(photoStatus[role]!).join(', ')}`, async () => {
      const path = photoPath(sha256(photoFile), photoId);
      const put = (await app.request(path, putInit(key, photoFile))).status;
      const get = (await app.request(path, readInit(key))).status;
      const head = (await app.request(path, readInit(key, 'HEAD'))).status;
      expect({ put, get, head }).toEqual(photoStatus[role]);
    });
  }
});

/**
 * The co-facilitator routes: redeeming a code (here one no workshop registered) is for facilitator
 * keys; removing a co-facilitator (here the one already removed, or the current one) only for the owner.
 */
const teamStatus: Record<string, { redeem: number; removeGone: number; removeMember: number }> = {
  none: { redeem: 401, removeGone: 401, removeMember: 401 },
  'wrong token': { redeem: 401, removeGone: 401, removeMember: 401 },
  'participant of another workshop': { redeem: 403, removeGone: 403, removeMember: 403 },
  participant: { redeem: 403, removeGone: 403, removeMember: 403 },
  facilitator: { redeem: 404, removeGone: 404, removeMember: 404 },
  'other facilitator': { redeem: 404, removeGone: 403, removeMember: 403 },
  'co-facilitator': { redeem: 404, removeGone: 403, removeMember: 403 },
  'removed co-facilitator': { redeem: 404, removeGone: 403, removeMember: 403 },
  coordinator: { redeem: 403, removeGone: 403, removeMember: 403 },
  'revoked key': { redeem: 401, removeGone: 401, removeMember: 401 },
  'participant of a revoked facilitator': { redeem: 401, removeGone: 401, removeMember: 401 },
  'participant of the closed workshop': { redeem: 403, removeGone: 403, removeMember: 403 },
};

describe('authorization matrix: co-facilitators', () => {
  for (const [role, key] of Object.entries(roles)) {
    it(`${role}: redeeming a code and removing co-facilitators answer ${Object.values(teamStatus[role]!).join(', ')}`, async () => {
      const remove = async (keyId: string) => (await app.request(`/api/workshops/${w}/cofacilitators/${keyId}`, { method: 'DELETE', headers: key ? { authorization: `Bearer ${key}` } : {} })).status;
      const redeem = (await app.request('/api/cofacilitators', redeemInit(key, newCofacilitatorCode()))).status;
      // The owner's own removal of the current member runs last in the matrix (its row is the owner's): here it asks of a key that is not one.
      const removeMember = await remove(keyIdOf(hashKey(role === 'facilitator' ? other : member)));
      expect({ redeem, removeGone: await remove(keyIdOf(hashKey(removedMember))), removeMember }).toEqual(teamStatus[role]);
    });
  }
});
