import type { Workshop } from '../../../shared/schemas/records.ts';
import type { HandedPath } from '../../core/db/arrivals.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { importPending } from '../../core/sync/transfer.ts';
import { checkHandedAnswers, type RefusalReason } from './answers-check.ts';
import { refusedByRights } from './answers-rights.ts';

export type TakeInOutcome =
  /** People: the assessments the answers hold; changes: how many were new here. */
  /** leftOut: changes this phone may not make; taken: changes whose id another phone's change taken in earlier holds. */
  { ok: true; people: number; changes: number; known: number; leftOut: number; taken: number } | { ok: false; reason: RefusalReason };

/**
 * Take in the answers a phone handed over, scanned or from a file: checked first (nothing of a
 * refused code is stored; a change the phone may not make is left out), then merged as the file import and sync merge them. Each change keeps
 * its id, so the same answers taken in twice, or synced by the phone later, count once; the
 * tablet relays them to the server at its next sync.
 */
export async function takeInAnswers(store: Pick<LocalStore, 'db'>, workshop: Workshop, json: unknown, path: HandedPath): Promise<TakeInOutcome> {
  const verdict = await checkHandedAnswers(json, workshop.id, workshop.joinTokenHash);
  if (!verdict.ok) return verdict;
  // What the phone may not make (the server's rules, judged here) is left out, not shown and not relayed.
  const refused = await refusedByRights(store.db, workshop.id, verdict.file.mutations);
  const file = { ...verdict.file, mutations: verdict.file.mutations.filter((m) => !refused.has(m.mutationId)) };
  const { imported, skipped, taken } = await importPending(store.db, file, { path });
  const people = new Set(file.mutations.filter((m) => m.kind === 'assessment').map((m) => m.recordId)).size;
  return { ok: true, people, changes: imported, known: skipped, leftOut: refused.size, taken };
}
