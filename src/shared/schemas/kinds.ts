import type * as z from 'zod/mini';
import {
  actionSchema, agendaItemSchema, assessmentSchema, frameworkSchema, noteSchema, organisationSchema, participantSchema,
  practiceSchema, projectSchema, scoreSchema, swotSchema, workshopSchema, lostValueSchema,
} from './records.ts';

/**
 * The registry of record kinds. Storage, the outbox and sync iterate this table, so adding a kind
 * here is the only change they need. `scope` names the field that scopes a record for sync;
 * `schema` builds the kind's validator on first use.
 */
export const RECORD_KINDS = {
  workshop: { schema: workshopSchema, scope: 'workshopId' },
  project: { schema: projectSchema, scope: 'ownerId' },
  agendaItem: { schema: agendaItemSchema, scope: 'workshopId' },
  organisation: { schema: organisationSchema, scope: 'workshopId' },
  participant: { schema: participantSchema, scope: 'workshopId' },
  note: { schema: noteSchema, scope: 'workshopId' },
  practice: { schema: practiceSchema, scope: 'workshopId' },
  assessment: { schema: assessmentSchema, scope: 'workshopId' },
  score: { schema: scoreSchema, scope: 'workshopId' },
  swot: { schema: swotSchema, scope: 'workshopId' },
  action: { schema: actionSchema, scope: 'workshopId' },
  framework: { schema: frameworkSchema, scope: 'ownerId' },
  /** Server-written; for records scoped by owner, `workshopId` holds that owner id. */
  lostValue: { schema: lostValueSchema, scope: 'workshopId' },
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;
export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKind[];
export type RecordOf<K extends RecordKind> = z.infer<ReturnType<(typeof RECORD_KINDS)[K]['schema']>>;
/** Fields every record has; the rest are the kind's editable fields. */
export const SYSTEM_FIELDS = ['id', 'createdAt', 'updatedAt', 'deviceId', 'deleted', 'workshopId', 'ownerId'] as const;
export type SystemField = (typeof SYSTEM_FIELDS)[number];
export type EditableOf<K extends RecordKind> = Omit<RecordOf<K>, SystemField>;
