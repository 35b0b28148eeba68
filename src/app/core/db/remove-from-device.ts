import type { RecordKind } from '../../../shared/schemas/kinds.ts';
import { kindAccess, kindsWhere } from '../../../shared/schemas/kind-rules.ts';
import { creatorOf } from '../../../shared/hlc.ts';
import { deviceIdOf } from './clock.ts';
import type { AppDb } from './db.ts';
import { markRemoved } from './removed.ts';
import { forgetRejected, forgetWaiting, rejectedChanges } from './sync-state.ts';
import { writeTransaction } from './write.ts';

export interface RecordRef {
  kind: RecordKind;
  id: string;
}

/**
 * Take records off this device, and only off this device: no tombstone is written (that would
 * delete them on the server too). Their unsent changes, refused changes and copies waiting to be
 * read go with them, in one transaction, and a later pull does not bring them back. The caller
 * makes sure nothing unsent is lost by accident.
 */
export async function removeFromDevice(db: AppDb, records: readonly RecordRef[]): Promise<void> {
  if (records.length === 0) return;
  const ids = new Set(records.map((r) => r.id));
  const kinds = [...new Set(records.map((r) => r.kind))];
  await writeTransaction(db, [...kinds.map((k) => db.recordTable(k)), db.outbox, db.meta], async () => {
    for (const kind of kinds) await db.recordTable(kind).bulkDelete(records.filter((r) => r.kind === kind).map((r) => r.id));
    await db.outbox
      .where('recordId')
      .anyOf([...ids])
      .delete();
    await markRemoved(db, ids);
    await forgetRejected(db, (r) => !ids.has(r.mutation.recordId));
    await forgetWaiting(db, ids);
  });
}

/**
 * The answers on this device: one assessment and its scores, or (none named) every record here of
 * the kinds a participant writes (assessments, scores, notes, cards, ballots, plan drafts: the
 * registry's `writers`) that this device made.
 */
export async function answersOnDevice(db: AppDb, assessmentId?: string): Promise<RecordRef[]> {
  if (assessmentId !== undefined) {
    const scores = await db.recordTable('score').where('assessmentId').equals(assessmentId).primaryKeys();
    const here = (await db.recordTable('assessment').get(assessmentId)) ? [{ kind: 'assessment' as const, id: assessmentId }] : [];
    return [...here, ...scores.map((id) => ({ kind: 'score' as const, id }))];
  }
  const refs: RecordRef[] = [];
  const me = await deviceIdOf(db);
  for (const kind of kindsWhere((a) => a.writers === 'participant')) {
    // A kind the phone also reads from others (the workshop's action plan) keeps what others made.
    const everyone = kindAccess(kind).participantReads === 'workshop';
    const rows = everyone ? (await db.recordTable(kind).toArray()).filter((r) => creatorOf(r) === me).map((r) => String(r.id)) : await db.recordTable(kind).toCollection().primaryKeys();
    for (const id of rows) refs.push({ kind, id });
  }
  return refs;
}

/** How many changes of these records the server has not got: waiting in the outbox, or refused and kept here. */
export async function unsentOf(db: AppDb, records: readonly RecordRef[]): Promise<number> {
  const ids = new Set(records.map((r) => r.id));
  if (ids.size === 0) return 0;
  const waiting = await db.outbox
    .where('recordId')
    .anyOf([...ids])
    .count();
  const refused = (await rejectedChanges(db)).filter((r) => ids.has(r.mutation.recordId)).length;
  return waiting + refused;
}
