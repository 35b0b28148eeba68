import type * as z from 'zod/mini';
import {
  actionSchema,
  agendaItemSchema,
  assessmentSchema,
  frameworkSchema,
  noteSchema,
  organisationSchema,
  participantSchema,
  practiceSchema,
  projectSchema,
  scoreSchema,
  swotSchema,
  workshopSchema,
  lostValueSchema,
  deviceSchema,
} from './records.ts';
import { agreedScoreSchema, ballotSchema, delegateSchema, pollSchema } from './room-records.ts';
import { photoSchema } from './photo-records.ts';

const KB = 1024;

/**
 * The registry of record kinds, in two halves: this one holds what storage and sync need of each
 * kind, and is all the first screen loads; kind-rules.ts holds its device indexes, who may write
 * and read it, its export table, its name on screen and its feature, for the server and the screens that use them
 * (kept apart, they keep 0.7 KB gzip off the first screen). Storage, the outbox, sync, the
 * server's access rules, the export bundle, where replaced edits show, and the kind's name on
 * screen follow the two; tests/unit/record-kinds.test.ts fails when a kind lacks a field of
 * either, its device table, access rule, export table, feature folder or words. Adding a kind
 * takes: its schema (records.ts), its entry here and in kind-rules.ts, a Dexie schema version
 * creating its table with the rules' `indexes` (app/core/db/schema-versions.ts), its export table when it
 * has one (app/features/report/export/tables.ts), its feature folder, and its words in every
 * dictionary (README.md, "Adding a record kind", lists them).
 *
 * - `schema` builds the kind's validator on first use; `scope` names the field that scopes a
 *   record for sync (a workshop scopes itself).
 *
 * `maxBytes` bounds the UTF-8 size of a record's JSON (the merged record, system fields included):
 * the server refuses a change past it (`record_too_large`) and so does storage on the device, since
 * every record is sent whole to every device that reads it. Each is the smallest of 16, 32, 64 or
 * 128 KB that holds, with a tenth to spare, the largest record the kind's schema accepts when
 * every list is full and every text is at its LIMITS length in a script of three bytes per
 * character (tests/unit/shared/record-size.test.ts builds those records), so the limit never
 * refuses what a form accepts: it bounds what the schema leaves open. A framework document is
 * free-form data: 512 KB is twenty times the built-in TUOC framework in its five languages. A lost
 * value holds one field of any kind, at most a framework document.
 */
export const RECORD_KINDS = {
  workshop: { schema: workshopSchema, scope: 'workshopId', maxBytes: 64 * KB },
  project: { schema: projectSchema, scope: 'ownerId', maxBytes: 64 * KB },
  agendaItem: { schema: agendaItemSchema, scope: 'workshopId', maxBytes: 16 * KB },
  organisation: { schema: organisationSchema, scope: 'workshopId', maxBytes: 16 * KB },
  participant: { schema: participantSchema, scope: 'workshopId', maxBytes: 16 * KB },
  note: { schema: noteSchema, scope: 'workshopId', maxBytes: 32 * KB },
  practice: { schema: practiceSchema, scope: 'workshopId', maxBytes: 128 * KB },
  assessment: { schema: assessmentSchema, scope: 'workshopId', maxBytes: 16 * KB },
  score: { schema: scoreSchema, scope: 'workshopId', maxBytes: 32 * KB },
  swot: { schema: swotSchema, scope: 'workshopId', maxBytes: 64 * KB },
  action: { schema: actionSchema, scope: 'workshopId', maxBytes: 64 * KB },
  framework: { schema: frameworkSchema, scope: 'ownerId', maxBytes: 512 * KB },
  /** Server-written; for records scoped by owner, `workshopId` holds that owner id. */
  lostValue: { schema: lostValueSchema, scope: 'workshopId', maxBytes: 528 * KB },
  device: { schema: deviceSchema, scope: 'ownerId', maxBytes: 16 * KB },
  delegate: { schema: delegateSchema, scope: 'workshopId', maxBytes: 16 * KB },
  poll: { schema: pollSchema, scope: 'workshopId', maxBytes: 32 * KB },
  ballot: { schema: ballotSchema, scope: 'workshopId', maxBytes: 16 * KB },
  agreedScore: { schema: agreedScoreSchema, scope: 'workshopId', maxBytes: 32 * KB },
  photo: { schema: photoSchema, scope: 'workshopId', maxBytes: 16 * KB },
} as const satisfies Record<
  string,
  {
    schema: () => unknown;
    scope: 'workshopId' | 'ownerId';
    maxBytes: number;
  }
>;

export type RecordKind = keyof typeof RECORD_KINDS;
export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKind[];
export type RecordOf<K extends RecordKind> = z.infer<ReturnType<(typeof RECORD_KINDS)[K]['schema']>>;
/** Fields every record has; the rest are the kind's editable fields. */
export const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt', 'deviceId', 'deleted', 'workshopId', 'ownerId'] as const;
export type SystemField = (typeof SYSTEM_FIELDS)[number];
export type EditableOf<K extends RecordKind> = Omit<RecordOf<K>, SystemField>;
