import type * as z from 'zod/mini';
import {
  actionSchema, agendaItemSchema, assessmentSchema, frameworkSchema, noteSchema, organisationSchema, participantSchema,
  practiceSchema, projectSchema, scoreSchema, swotSchema, workshopSchema, lostValueSchema, PRACTICE_CURATION_FIELDS,
} from './records.ts';

const KB = 1024;

/**
 * Who may write records of a kind, and what a participant's device reads of them. A facilitator's
 * key writes every kind but lost values in the scopes it owns.
 * - `writers`: 'facilitator', a facilitator's key only; 'participant', a participant's join
 *   credential too, for the records its device created in its workshop while the workshop is
 *   open; 'server', no one but the server (lost values).
 * - `ownReference` (participant kinds): the record must name, in `field`, a record of `kind` the
 *   participant's device created (`not_your_assessment` otherwise): `always`, or only when the
 *   change sets the field and the merged record keeps a value (`whenSet`).
 * - `curation`: the fields a coordinator may change on records that already exist (compendium).
 * - `participantReads`: 'workshop', every record of its workshop; 'facilitator', its facilitator's
 *   records shared across workshops; 'own', only those its device created.
 */
export interface KindAccess {
  writers: 'facilitator' | 'participant' | 'server';
  ownReference?: { field: string; kind: string; when: 'always' | 'whenSet' };
  curation?: readonly string[];
  participantReads: 'workshop' | 'facilitator' | 'own';
}

/**
 * The registry of record kinds: each entry is everything kind-level the app and the server know
 * of a kind. Storage, the outbox, sync, the server's access rules, the export bundle, where
 * replaced edits show, and the kind's name on screen follow it; tests/unit/record-kinds.test.ts
 * fails when a kind lacks its entry's fields, device table, access rule, export table, feature
 * folder or words. Adding a kind takes more than this entry: its schema (records.ts), a Dexie schema
 * version creating its table with `indexes` (app/core/db/schema-versions.ts), its export table
 * when it has one (app/features/report/export/tables.ts), its largest record (which sets
 * `maxBytes`, tests/unit/shared/record-size.test.ts), its feature folder, and its words in every
 * dictionary (README.md, "Adding a record kind", lists them).
 *
 * - `schema` builds the kind's validator on first use; `scope` names the field that scopes a
 *   record for sync (a workshop scopes itself).
 * - `indexes`: the Dexie index string of the kind's table on a device, primary key first, then
 *   only the fields queries filter on.
 * - `access`: who may write it and what a participant reads of it (see `KindAccess`).
 * - `exportTable`: the table (file and sheet slug) a workshop export shows the kind in, or null
 *   when no table does (a framework is exported whole with the workshop; lost values are not).
 * - `label`: the dictionary key of the kind's name, as refused changes and replaced edits show it.
 * - `feature`: the folder of src/app/features whose screens make and show the kind's records
 *   (lost values: a workshop's overview shows them; Settings, those of records shared across workshops).
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
  workshop: {
    schema: workshopSchema, scope: 'workshopId', maxBytes: 64 * KB, indexes: 'id, startDate, updatedAt',
    access: { writers: 'facilitator', participantReads: 'workshop' }, exportTable: 'workshop', label: 'refused.kinds.workshop', feature: 'workshop',
  },
  project: {
    schema: projectSchema, scope: 'ownerId', maxBytes: 64 * KB, indexes: 'id, ownerId, reference',
    access: { writers: 'facilitator', participantReads: 'own' }, exportTable: 'projects', label: 'refused.kinds.project', feature: 'projects',
  },
  agendaItem: {
    schema: agendaItemSchema, scope: 'workshopId', maxBytes: 16 * KB, indexes: 'id, workshopId',
    access: { writers: 'facilitator', participantReads: 'workshop' }, exportTable: 'agenda', label: 'refused.kinds.agendaItem', feature: 'agenda',
  },
  organisation: {
    schema: organisationSchema, scope: 'workshopId', maxBytes: 16 * KB, indexes: 'id, workshopId',
    access: { writers: 'facilitator', participantReads: 'workshop' }, exportTable: 'organisations', label: 'refused.kinds.organisation', feature: 'people',
  },
  participant: {
    schema: participantSchema, scope: 'workshopId', maxBytes: 16 * KB, indexes: 'id, workshopId, organisationId',
    access: { writers: 'facilitator', participantReads: 'own' }, exportTable: 'participants', label: 'refused.kinds.participant', feature: 'people',
  },
  note: {
    schema: noteSchema, scope: 'workshopId', maxBytes: 32 * KB, indexes: 'id, workshopId, agendaItemId, [workshopId+updatedAt]',
    access: { writers: 'participant', participantReads: 'own' }, exportTable: 'notes', label: 'refused.kinds.note', feature: 'notes',
  },
  practice: {
    schema: practiceSchema, scope: 'workshopId', maxBytes: 128 * KB, indexes: 'id, workshopId, status',
    access: { writers: 'facilitator', curation: PRACTICE_CURATION_FIELDS, participantReads: 'own' }, exportTable: 'practices', label: 'refused.kinds.practice', feature: 'practices',
  },
  assessment: {
    schema: assessmentSchema, scope: 'workshopId', maxBytes: 16 * KB, indexes: 'id, workshopId, organisationId',
    // Only the naming is the participant's: a respondent its facilitator named later stays named.
    access: { writers: 'participant', ownReference: { field: 'respondentId', kind: 'participant', when: 'whenSet' }, participantReads: 'own' },
    exportTable: 'assessments', label: 'refused.kinds.assessment', feature: 'scoring',
  },
  score: {
    schema: scoreSchema, scope: 'workshopId', maxBytes: 32 * KB, indexes: 'id, workshopId, assessmentId',
    access: { writers: 'participant', ownReference: { field: 'assessmentId', kind: 'assessment', when: 'always' }, participantReads: 'own' },
    exportTable: 'scores', label: 'refused.kinds.score', feature: 'scoring',
  },
  swot: {
    schema: swotSchema, scope: 'workshopId', maxBytes: 32 * KB, indexes: 'id, workshopId',
    access: { writers: 'facilitator', participantReads: 'own' }, exportTable: 'swot', label: 'refused.kinds.swot', feature: 'priorities',
  },
  action: {
    schema: actionSchema, scope: 'workshopId', maxBytes: 64 * KB, indexes: 'id, workshopId',
    access: { writers: 'facilitator', participantReads: 'own' }, exportTable: 'actions', label: 'refused.kinds.action', feature: 'priorities',
  },
  framework: {
    schema: frameworkSchema, scope: 'ownerId', maxBytes: 512 * KB, indexes: 'id, ownerId',
    access: { writers: 'facilitator', participantReads: 'facilitator' }, exportTable: null, label: 'refused.kinds.framework', feature: 'frameworks',
  },
  /** Server-written; for records scoped by owner, `workshopId` holds that owner id. */
  lostValue: {
    schema: lostValueSchema, scope: 'workshopId', maxBytes: 528 * KB, indexes: 'id, workshopId',
    access: { writers: 'server', participantReads: 'own' }, exportTable: null, label: 'refused.kinds.lostValue', feature: 'workshop',
  },
} as const satisfies Record<string, {
  schema: () => unknown;
  scope: 'workshopId' | 'ownerId';
  maxBytes: number;
  indexes: string;
  access: KindAccess;
  exportTable: string | null;
  label: `refused.kinds.${string}`;
  feature: string;
}>;

export type RecordKind = keyof typeof RECORD_KINDS;
export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKind[];
export type RecordOf<K extends RecordKind> = z.infer<ReturnType<(typeof RECORD_KINDS)[K]['schema']>>;
/** A kind's entry, typed as every entry is: for code that looks at one field of any kind. */
export const kindAccess = (kind: RecordKind): KindAccess => RECORD_KINDS[kind].access;
/** The kinds whose entry says `test` of their access, in registry order. */
export const kindsWhere = (test: (access: KindAccess) => boolean): RecordKind[] => RECORD_KIND_NAMES.filter((k) => test(kindAccess(k)));
/** The kinds a workshop export shows in a table of their own, and each one's table. */
export type ExportedKind = { [K in RecordKind]: (typeof RECORD_KINDS)[K]['exportTable'] extends string ? K : never }[RecordKind];
export type ExportTableOf<K extends ExportedKind> = (typeof RECORD_KINDS)[K]['exportTable'] & string;
/** The i18n key of a kind's name. */
export type KindLabel = (typeof RECORD_KINDS)[RecordKind]['label'];
/** Fields every record has; the rest are the kind's editable fields. */
export const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt', 'deviceId', 'deleted', 'workshopId', 'ownerId'] as const;
export type SystemField = (typeof SYSTEM_FIELDS)[number];
export type EditableOf<K extends RecordKind> = Omit<RecordOf<K>, SystemField>;
