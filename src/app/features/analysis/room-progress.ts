import type { Assessment, Organisation, Participant } from '../../../shared/schemas/records.ts';

export interface RoomProgressRow {
  organisationId: string;
  /** Submitted answers of this round. */
  answered: number;
  /** People of the organisation on the participants list (0: none listed, so no "of N"). */
  expected: number;
}

/** Per organisation, how many have submitted their answers in a round, out of the people listed for it. */
export function roomProgress(assessments: readonly Assessment[], organisations: readonly Organisation[], participants: readonly Participant[], round: string): RoomProgressRow[] {
  return organisations.map((o) => ({
    organisationId: o.id,
    answered: assessments.filter((a) => a.submitted && a.organisationId === o.id && a.round === round).length,
    expected: participants.filter((p) => p.organisationId === o.id).length,
  }));
}
