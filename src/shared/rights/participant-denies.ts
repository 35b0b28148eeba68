import type { RecordKind } from '../schemas/kinds.ts';
import { kindAccess, kindsWhere } from '../schemas/kind-rules.ts';
import type { RejectionCode } from '../sync/rejections.ts';
import type { Allowed, BatchView } from './batch-view.ts';
import { ROOM_RULES } from './room-rules.ts';

/** What a participant's device may write: the kinds whose registry entry lets participants write them. */
const PARTICIPANT_WRITES: readonly RecordKind[] = kindsWhere((a) => a.writers === 'participant');

/** Whether a record exists (stored, or written earlier in the batch) and was created by `deviceId`. */
function createdBy(view: BatchView, kind: RecordKind, id: unknown, deviceId: string): boolean {
  return typeof id === 'string' && view.record(kind, id)?.creator === deviceId;
}

/**
 * What a participant's device (a join link of one workshop) may write: its own assessments, scores
 * and notes in that workshop, while the workshop is not closed; its delegation, cards, ballots and
 * plan drafts as the room's rules say (room-rules.ts).
 * - A record it did not create is someone else's, and so is one stored before creators were kept
 *   (`creator` null): only the workshop's facilitator may change those.
 * - A score goes into an assessment this device created (stored, or earlier in the same batch),
 *   and an assessment is given no respondent record this device did not create: answers are never
 *   added to, nor made in, someone else's name (`not_your_assessment`).
 * - A closed workshop takes nothing more from participants (`workshop_closed`); its facilitator
 *   still writes.
 */
export function participantDenies(workshopId: string, deviceId: string): Allowed {
  return (m, creator, view): RejectionCode | undefined => {
    if (m.scope !== workshopId || !PARTICIPANT_WRITES.includes(m.kind) || m.deviceId !== deviceId) return 'forbidden';
    const room = ROOM_RULES[m.kind];
    if (room) return room({ m, creator, view, workshopId, deviceId });
    if (creator !== undefined && creator !== deviceId) return 'forbidden';
    if (view.record('workshop', workshopId)?.record.status === 'closed') return 'workshop_closed';
    // A record that is not valid is refused for that, whoever writes it.
    const record = view.merged();
    if (record === undefined) return undefined;
    // The record a participant's record must name (a score's assessment, an assessment's respondent), as its kind's entry says.
    const ref = kindAccess(m.kind).ownReference;
    if (ref === undefined) return undefined;
    const checked = ref.when === 'always' || (m.patch[ref.field] !== undefined && record[ref.field] !== undefined);
    if (checked && !createdBy(view, ref.kind as RecordKind, record[ref.field], deviceId)) return 'not_your_assessment';
    return undefined;
  };
}
