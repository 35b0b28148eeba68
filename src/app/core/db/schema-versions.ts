import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every Dexie schema version the app ever shipped, oldest first. Never edit or remove an entry:
 * add a new one (with an upgrade function when data must move), so any older device opens cleanly.
 * Index strings list the primary key first; only fields that queries filter on are indexed.
 * A record kind's table, as the versions leave it, has the index string of its registry entry
 * (`KIND_RULES[kind].indexes`, src/shared/schemas/kind-rules.ts), checked by tests/unit/record-kinds.test.ts: a new kind, or new
 * indexes, come with a new version here that says so in plain strings, never by editing an old one.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      workshop: 'id, startDate, updatedAt',
      project: 'id, ownerId, reference',
      agendaItem: 'id, workshopId',
      organisation: 'id, workshopId',
      participant: 'id, workshopId, organisationId',
      note: 'id, workshopId, agendaItemId, [workshopId+updatedAt]',
      practice: 'id, workshopId, status',
      assessment: 'id, workshopId, organisationId',
      score: 'id, workshopId, assessmentId',
      swot: 'id, workshopId',
      action: 'id, workshopId',
      framework: 'id, ownerId',
      outbox: 'seq, &mutationId, kind, scope',
      meta: 'key',
    },
  },
  {
    // Values that lost to a concurrent edit, sent by the server for review.
    version: 2,
    stores: { lostValue: 'id, workshopId' },
  },
  {
    // Pulled records look up only their own pending changes, not the whole outbox.
    version: 3,
    stores: { outbox: 'seq, &mutationId, kind, scope, recordId' },
  },
  {
    // The names facilitators give their devices, shown beside replaced edits.
    version: 4,
    stores: { device: 'id, ownerId' },
  },
  {
    // The room decides: delegations, dot votes and their ballots, agreed scores.
    version: 5,
    stores: { delegate: 'id, workshopId', poll: 'id, workshopId', ballot: 'id, workshopId, pollId', agreedScore: 'id, workshopId, organisationId' },
  },
  {
    // Photos: the records, and their files kept on the device by content hash (core/db/photo-files.ts).
    version: 6,
    stores: { photo: 'id, workshopId, subjectId', photoFile: 'hash, state' },
  },
  {
    // A workshop's overview counts its notes by kind on an index of live notes, without reading one
    // (core/db/live-kinds.ts). The notes already stored enter it as they are written again, in the
    // background after start (`fillLiveKinds`): an upgrade that wrote them all could fail on a
    // full device, and the app would then not open.
    version: 7,
    stores: { note: 'id, workshopId, agendaItemId, [workshopId+updatedAt], [workshopId+liveKind]' },
  },
];
