import type { Workshop } from '../../../shared/schemas/records.ts';
import type { HandedPath } from '../../core/db/arrivals.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { importPending } from '../../core/sync/transfer.ts';
import { checkHandedAnswers, type RefusalReason } from './answers-check.ts';

export type TakeInOutcome =
  /** People: the assessments the answers hold; changes: how many were new here. */
  { ok: true; people: number; changes: number; known: number } | { ok: false; reason: RefusalReason };

/**
 * Take in the answers a phone handed over, scanned or from a file: checked first (nothing of a
 * refused code is stored), then merged as the file import and sync merge them. Each change keeps
 * its id, so the same answers taken in twice, or synced by the phone later, count once; the
 * tablet relays them to the server at its next sync.
 */
export async function takeInAnswers(store: Pick<LocalStore, 'db'>, workshop: Workshop, json: unknown, path: HandedPath): Promise<TakeInOutcome> {
  const verdict = await checkHandedAnswers(json, workshop.id, workshop.joinTokenHash);
  if (!verdict.ok) return verdict;
  const { imported, skipped } = await importPending(store.db, verdict.file, { path });
  const people = new Set(verdict.file.mutations.filter((m) => m.kind === 'assessment').map((m) => m.recordId)).size;
  return { ok: true, people, changes: imported, known: skipped };
}
