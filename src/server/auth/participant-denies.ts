import type { RecordKind } from '../../shared/schemas/kinds.ts';
import type { RejectionCode } from '../../shared/sync/rejections.ts';
import type { Allowed, BatchView } from '../store/sync-core.ts';

/** What a participant's device may write. */
const PARTICIPANT_WRITES: readonly RecordKind[] = ['assessment', 'score', 'note'];

/** Whether a record exists (stored, or written earlier in the batch) and was created by `deviceId`. */
function createdBy(view: BatchView, kind: RecordKind, id: unknown, deviceId: string): boolean {
  return typeof id === 'string' && view.record(kind, id)?.creator === deviceId;
}

/**
 * What a participant's device (a join link of one workshop) may write: its own assessments, scores
 * and notes in that workshop, while the workshop is not closed.
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
    if (creator !== undefined && creator !== deviceId) return 'forbidden';
    if (view.record('workshop', workshopId)?.record.status === 'closed') return 'workshop_closed';
    // A record that is not valid is refused for that, whoever writes it.
    const record = view.merged();
    if (record === undefined) return undefined;
    if (m.kind === 'score' && !createdBy(view, 'assessment', record.assessmentId, deviceId)) return 'not_your_assessment';
    // Only the naming is the participant's: a respondent its facilitator named later stays named.
    if (m.kind === 'assessment' && m.patch.respondentId !== undefined && record.respondentId !== undefined && !createdBy(view, 'participant', record.respondentId, deviceId)) return 'not_your_assessment';
    return undefined;
  };
}
