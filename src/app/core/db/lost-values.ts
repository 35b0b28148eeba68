import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/kinds.ts';
import type { LostValue } from '../../../shared/schemas/records.ts';
import type { LocalStore } from './store.ts';
import { namesByDevice } from './device-names.ts';
import { isIgnoredField } from '../../../shared/sync/merge.ts';

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

/** Lost values as a facilitator reviews them: with the names of the devices they came from, and which are in place again. */
export interface LostValueReview {
  values: LostValue[];
  /** Device id → the name its facilitator gave it; a device not here has no name (a phone, or never named). */
  deviceNames: ReadonlyMap<string, string>;
  /** Id → name of the records that lost values name (an organisation, a session…), so no id is shown. */
  recordNames: ReadonlyMap<string, string>;
  /** The ids of the lost values this build can write back (see `canPutBack`). */
  writable: ReadonlySet<string>;
  /** The ids of the lost values that their record's field holds again (put back, or typed again). */
  inPlace: ReadonlySet<string>;
}

/**
 * Whether a lost value can be written back by this build: a kind it knows, and a field of that
 * kind's records that a write may set (not a stamp or id the merge derives).
 */
export function canPutBack(l: LostValue): l is LostValue & { recordKind: RecordKind } {
  return Object.hasOwn(RECORD_KINDS, l.recordKind) && Object.hasOwn(RECORD_KINDS[l.recordKind as RecordKind].schema().shape, l.field) && !isIgnoredField(l.field);
}

/** Fields that hold the ids of other records, by the kind of record they name. */
const REFERENCES: Readonly<Record<string, 'organisation' | 'project' | 'agendaItem' | 'participant'>> = {
  organisationId: 'organisation',
  organisationIds: 'organisation',
  projectIds: 'project',
  agendaItemId: 'agendaItem',
  participantId: 'participant',
  respondentId: 'participant',
};

/** A record's name as lists show it: an organisation's acronym, a project's reference, a session's title, a person's name. */
async function nameOf(store: LocalStore, kind: (typeof REFERENCES)[string], id: string): Promise<string | undefined> {
  if (kind === 'organisation') {
    const o = await store.repos.organisation.get(id);
    return o && (o.acronym || o.name);
  }
  if (kind === 'project') return (await store.repos.project.get(id))?.reference;
  if (kind === 'agendaItem') return (await store.repos.agendaItem.get(id))?.title;
  return (await store.repos.participant.get(id))?.name;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** `values` with what their review shows: read in one query, so a live query follows the records, names and lost values alike. */
export async function reviewLostValues(store: LocalStore, values: LostValue[]): Promise<LostValueReview> {
  const inPlace = new Set<string>();
  const writable = new Set<string>();
  const recordNames = new Map<string, string>();
  for (const l of values) {
    const kind = Object.hasOwn(REFERENCES, l.field) ? REFERENCES[l.field] : undefined;
    for (const id of kind ? [l.value].flat() : []) {
      if (typeof id !== 'string' || recordNames.has(id)) continue;
      const name = await nameOf(store, kind!, id);
      if (name) recordNames.set(id, name);
    }
    if (!canPutBack(l)) continue;
    writable.add(l.id);
    const record = (await store.repos[l.recordKind].get(l.recordId)) as Record<string, unknown> | undefined;
    // A delete that lost is in place when the record is gone; any other value, when its field holds it.
    const holds = l.field === 'deleted' ? (l.value === true) === (record === undefined) : record !== undefined && same(record[l.field], l.value);
    if (holds) inPlace.add(l.id);
  }
  return { values, deviceNames: namesByDevice(await store.repos.device.list()), recordNames, writable, inPlace };
}
