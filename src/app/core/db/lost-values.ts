import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/kinds.ts';
import type { LostValue } from '../../../shared/schemas/records.ts';
import type { LocalStore } from './store.ts';

/**
 * Values that lost a merge (the server keeps each as a lost value in its record's scope), for
 * review. A workshop shows those of its records, whatever their kind; records shared across
 * workshops (the kinds scoped by owner: projects, frameworks) are in no workshop, so Settings
 * shows theirs. Between them, every kind a lost value can concern shows.
 */
const newestFirst = (xs: LostValue[]): LostValue[] => xs.sort((a, b) => b.winnerStamp.localeCompare(a.winnerStamp));

/** The field that scopes the record a lost value concerns, by its kind's entry; undefined for a kind this build does not know. */
const lostValueScope = (l: LostValue): 'workshopId' | 'ownerId' | undefined => (Object.hasOwn(RECORD_KINDS, l.recordKind) ? RECORD_KINDS[l.recordKind as RecordKind].scope : undefined);

/** The lost values of a workshop's records, newest first. */
export async function workshopLostValues(store: LocalStore, workshopId: string): Promise<LostValue[]> {
  return newestFirst(await store.repos.lostValue.list(workshopId));
}

/** The lost values of records shared across workshops (every kind scoped by owner), newest first. */
export async function sharedLostValues(store: LocalStore): Promise<LostValue[]> {
  return newestFirst((await store.repos.lostValue.list()).filter((l) => lostValueScope(l) === 'ownerId'));
}
