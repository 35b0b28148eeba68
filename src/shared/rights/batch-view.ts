import type { Mutation } from '../schemas/mutation.ts';
import type { RecordKind } from '../schemas/kinds.ts';
import type { RejectionCode } from '../sync/rejections.ts';

// What a rule of who-may-write-what looks at: the server judges a push with it, and a tablet judges
// the answers a phone hands over with the same rules before it takes them in.

export interface BatchView {
  /**
   * The record as this mutation would leave it, when the mutation is otherwise valid (its values
   * fit, the merged record satisfies its kind, keeps its scope and size); else undefined, and the
   * mutation is refused for that anyway.
   */
  merged(): Record<string, unknown> | undefined;
  /**
   * A record stored before the batch or written earlier in it, with the device that created it
   * (null: stored before creators were kept), and the device whose write last set its `deleted`
   * field. Known are the batch's records and those they refer
   * to: each mutation's workshop, a score's assessment, an assessment's respondent, a ballot's vote,
   * a delegation's organisation, and the writing device's delegation where its kind's rules need it.
   */
  record(kind: RecordKind, id: string): { record: Record<string, unknown>; creator: string | null; deletedBy?: string | undefined } | undefined;
}

/**
 * Why a mutation may not be written (a RejectionCode), if it may not. `creator` is the device that
 * first wrote its record: undefined for a new record, null for one stored before creators were kept.
 */
export type Allowed = (m: Mutation, creator: string | null | undefined, view: BatchView) => RejectionCode | undefined;
