import { ballotIdFor, delegateIdFor } from '../identity/derived-id.ts';
import type { RecordKind } from '../schemas/kinds.ts';
import type { Mutation } from '../schemas/mutation.ts';
import type { RejectionCode } from '../sync/rejections.ts';
import { ballotProblem } from '../votes.ts';
import type { Poll } from '../schemas/room-records.ts';
import type { BatchView } from './batch-view.ts';

/** What a rule of the room is given: the change, who first wrote its record, and the batch's view. */
export interface RoomChange {
  m: Mutation;
  creator: string | null | undefined;
  view: BatchView;
  workshopId: string;
  deviceId: string;
}
type Rule = (c: RoomChange) => RejectionCode | undefined;

/** The fields of a card its author writes; the board's wording, grouping and merging are the facilitator's. */
const CARD_FIELDS: ReadonlySet<string> = new Set(['workshopId', 'quadrant', 'organisationId', 'text', 'itemId', 'factorId', 'author', 'deleted']);

type Live = Record<string, unknown>;
/** A record the view holds, unless deleted. */
function live(view: BatchView, kind: RecordKind, id: unknown): { record: Live; creator: string | null } | undefined {
  const r = typeof id === 'string' ? view.record(kind, id) : undefined;
  return r && r.record.deleted !== true ? r : undefined;
}
const isClosed = (c: RoomChange) => c.view.record('workshop', c.workshopId)?.record.status === 'closed';
/** The organisation the writing device speaks for in its workshop, once it chose one. */
function delegation(c: RoomChange): string | undefined {
  const organisationId = live(c.view, 'delegate', delegateIdFor(c.workshopId, c.deviceId))?.record.organisationId;
  return typeof organisationId === 'string' ? organisationId : undefined;
}
const deletes = (c: RoomChange, merged: Live) => c.m.op === 'delete' || merged.deleted === true;
/**
 * A change that lifts a tombstone another device laid: a card the facilitator removed, a draft the
 * facilitator declined. A phone may undo its own delete, never someone else's.
 */
function revivesOthers(c: RoomChange): boolean {
  const stored = c.view.record(c.m.kind, c.m.recordId);
  return stored?.record.deleted === true && c.m.patch.deleted === false && stored.deletedBy !== c.deviceId;
}

/**
 * A phone's delegation: its one record in the workshop (`delegateIdFor`) naming an organisation of
 * that workshop. Chosen once: only a facilitator changes it afterwards, so a phone cannot speak for
 * one organisation's cards and then another's.
 */
const delegateRule: Rule = (c) => {
  if (c.m.recordId !== delegateIdFor(c.workshopId, c.deviceId) || c.m.op === 'delete') return 'forbidden';
  if (isClosed(c)) return 'workshop_closed';
  const merged = c.view.merged();
  if (merged === undefined) return undefined;
  // A phone never deletes its delegation, by op or by patch: only a facilitator lets it choose again.
  if (merged.deleted === true) return 'forbidden';
  const before = live(c.view, 'delegate', c.m.recordId)?.record.organisationId;
  if (before !== undefined && before !== merged.organisationId) return 'not_your_organisation';
  const organisation = live(c.view, 'organisation', merged.organisationId);
  return organisation?.record.workshopId === c.workshopId ? undefined : 'not_your_organisation';
};

/**
 * A card from a phone: its own, for its delegation's organisation, with its author's fields only;
 * no name on it in an anonymous workshop.
 */
const cardRule: Rule = (c) => {
  if (c.creator !== undefined && c.creator !== c.deviceId) return 'forbidden';
  if (Object.keys(c.m.patch).some((k) => !CARD_FIELDS.has(k))) return 'forbidden';
  if (revivesOthers(c)) return 'forbidden';
  if (isClosed(c)) return 'workshop_closed';
  const merged = c.view.merged();
  if (merged === undefined || deletes(c, merged)) return undefined;
  if (merged.organisationId === undefined || merged.organisationId !== delegation(c)) return 'not_your_organisation';
  if (merged.author !== undefined && c.view.record('workshop', c.workshopId)?.record.anonymousScores === true) return 'anonymous_workshop';
  return undefined;
};

/**
 * A delegation's plan: a phone drafts items for its organisation (`proposed`) and edits its own
 * drafts until the facilitator accepts them; afterwards it may change only the status of its
 * organisation's accepted items, also once the workshop is closed (partners report progress later).
 */
const actionRule: Rule = (c) => {
  const merged = c.view.merged();
  if (merged === undefined) return undefined;
  const organisationId = delegation(c);
  if (revivesOthers(c)) return 'forbidden';
  const stored = live(c.view, 'action', c.m.recordId);
  const draft = stored === undefined || (stored.record.status === 'proposed' && c.creator === c.deviceId);
  if (draft) {
    if (c.creator !== undefined && c.creator !== c.deviceId) return 'forbidden';
    if (isClosed(c)) return 'workshop_closed';
    if (deletes(c, merged)) return undefined;
    if (merged.status !== 'proposed') return 'forbidden';
    return organisationId !== undefined && merged.organisationId === organisationId ? undefined : 'not_your_organisation';
  }
  if (stored.record.status === 'proposed' || c.m.op === 'delete' || Object.keys(c.m.patch).some((k) => k !== 'status')) return 'forbidden';
  if (organisationId === undefined || stored.record.organisationId !== organisationId) return 'not_your_organisation';
  return merged.status === 'proposed' ? 'forbidden' : undefined;
};

/**
 * A phone's dots in a vote: its one ballot (`ballotIdFor`), only while the vote is open, within
 * the vote's dots, from a phone that chose its organisation, and from the vote's organisation when
 * the vote names one.
 */
const ballotRule: Rule = (c) => {
  if (c.creator !== undefined && c.creator !== c.deviceId) return 'forbidden';
  const merged = c.view.merged();
  if (merged === undefined) return undefined;
  if (c.m.recordId !== ballotIdFor(String(merged.pollId), c.deviceId)) return 'forbidden';
  if (isClosed(c)) return 'workshop_closed';
  const poll = live(c.view, 'poll', merged.pollId)?.record as Poll | undefined;
  if (poll?.workshopId !== c.workshopId || poll.state !== 'open') return 'vote_closed';
  // A phone votes once it speaks for an organisation: the facilitator sees every phone that does
  // (People), so a join link cannot mint voters no one sees.
  const organisationId = delegation(c);
  if (organisationId === undefined || (poll.organisationId !== undefined && poll.organisationId !== organisationId)) return 'not_your_organisation';
  if (deletes(c, merged)) return undefined;
  return ballotProblem(poll, merged.dots as Record<string, number>) ? 'too_many_dots' : undefined;
};

/** The participant kinds of the room, each judged by its own rule rather than the general one. */
export const ROOM_RULES: Partial<Record<RecordKind, Rule>> = { delegate: delegateRule, swot: cardRule, action: actionRule, ballot: ballotRule };
