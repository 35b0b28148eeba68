import type { Mutation } from '../schemas/mutation.ts';
import type { RecordKind } from '../schemas/kinds.ts';
import { kindAccess } from '../schemas/kind-rules.ts';
import { delegateIdFor } from '../identity/derived-id.ts';
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

/** The key of a record among others of any kind. */
export const recordKey = (kind: string, id: string): string => `${kind}:${id}`;

/**
 * The records a mutation's rules may look at besides its own (see `BatchView.record`): its
 * workshop, and what its record refers to, as its patch sets it or as the record stored holds it
 * (its fields). The server loads them to decide a push; a tablet, to judge answers handed over.
 */
export function referencedRecords(m: Mutation, stored?: Readonly<Record<string, unknown>>): [RecordKind, string][] {
  const refs: [RecordKind, string][] = [['workshop', m.scope]];
  const access = kindAccess(m.kind);
  // The record a participant's record must name (`ownReference`), and those its rules look at (`references`).
  for (const ref of [...(access.ownReference ? [access.ownReference] : []), ...(access.references ?? [])]) {
    for (const value of [m.patch[ref.field], stored?.[ref.field]]) if (typeof value === 'string') refs.push([ref.kind as RecordKind, value]);
  }
  // The organisation the writing device speaks for in this workshop.
  if (access.delegated) refs.push(['delegate', delegateIdFor(m.scope, m.deviceId)]);
  return refs;
}
