import { PRACTICE_CURATION_FIELDS } from './records.ts';
import type { EditableOf, RecordKind } from './kinds.ts';

/**
 * Who may write records of a kind, and what a participant's device reads of them. A facilitator's
 * key writes every kind but lost values in the scopes it owns.
 * - `writers`: 'facilitator', a facilitator's key only; 'participant', a participant's join
 *   credential too, for the records its device created in its workshop while the workshop is
 *   open; 'server', no one but the server (lost values).
 * - `ownReference` (participant kinds): the record must name, in `field`, a record of `kind` the
 *   participant's device created (`not_your_assessment` otherwise): `always`, or only when the
 *   change sets the field and the merged record keeps a value (`whenSet`).
 * - `references`, `delegated`: what else the server loads to judge a participant's change.
 * - `curation`: the fields a coordinator may change on records that already exist (compendium).
 * - `participantReads`: 'workshop', every record of its workshop; 'facilitator', its facilitator's
 *   records shared across workshops; 'own', only those its device created.
 */
export interface KindAccess {
  writers: 'facilitator' | 'participant' | 'server';
  ownReference?: { field: string; kind: string; when: 'always' | 'whenSet' };
  /** Records the server's rules look at besides the one written (a ballot's vote, a delegation's organisation). */
  references?: readonly { field: string; kind: string }[];
  /** The rules look at the writing device's delegation (`delegateIdFor`): the organisation it speaks for. */
  delegated?: true;
  curation?: readonly string[];
  participantReads: 'workshop' | 'facilitator' | 'own';
}

/**
 * The registry's second half (kinds.ts has the first, what storage and sync need): what each kind
 * means to people. The server's access rules, the export bundle, refused changes and replaced
 * edits read it; the first screen does not.
 * - `indexes`: the Dexie index string of the kind's table on a device, primary key first, then
 *   only the fields queries filter on, as the latest schema version (app/core/db/schema-versions.ts)
 *   creates it; the app reads the versions, which must never change once shipped.
 * - `access`: who may write it and what a participant reads of it (see `KindAccess`).
 * - `exportTable`: the table (file and sheet slug) a workshop export shows the kind in, or null
 *   when no table does (a framework is exported whole with the workshop; lost values are not).
 * - `label`: the dictionary key of the kind's name, as refused changes and replaced edits show it.
 * - `feature`: the folder of src/app/features whose screens make and show the kind's records
 *   (lost values: a workshop's overview shows them; Settings, those of records shared across workshops).
 */
export const KIND_RULES = {
  workshop: { indexes: 'id, startDate, updatedAt', access: { writers: 'facilitator', participantReads: 'workshop' }, exportTable: 'workshop', label: 'refused.kinds.workshop', feature: 'workshop' },
  project: { indexes: 'id, ownerId, reference', access: { writers: 'facilitator', participantReads: 'own' }, exportTable: 'projects', label: 'refused.kinds.project', feature: 'projects' },
  agendaItem: { indexes: 'id, workshopId', access: { writers: 'facilitator', participantReads: 'workshop' }, exportTable: 'agenda', label: 'refused.kinds.agendaItem', feature: 'agenda' },
  organisation: { indexes: 'id, workshopId', access: { writers: 'facilitator', participantReads: 'workshop' }, exportTable: 'organisations', label: 'refused.kinds.organisation', feature: 'people' },
  participant: {
    indexes: 'id, workshopId, organisationId',
    access: { writers: 'facilitator', participantReads: 'own' },
    exportTable: 'participants',
    label: 'refused.kinds.participant',
    feature: 'people',
  },
  note: {
    indexes: 'id, workshopId, agendaItemId, [workshopId+updatedAt], [workshopId+liveKind]',
    access: { writers: 'participant', participantReads: 'own' },
    exportTable: 'notes',
    label: 'refused.kinds.note',
    feature: 'notes',
  },
  practice: {
    indexes: 'id, workshopId, status',
    access: { writers: 'facilitator', curation: PRACTICE_CURATION_FIELDS, participantReads: 'own' },
    exportTable: 'practices',
    label: 'refused.kinds.practice',
    feature: 'practices',
  },
  assessment: {
    // Only the naming is the participant's: a respondent its facilitator named later stays named.
    indexes: 'id, workshopId, organisationId',
    access: { writers: 'participant', ownReference: { field: 'respondentId', kind: 'participant', when: 'whenSet' }, participantReads: 'own' },
    exportTable: 'assessments',
    label: 'refused.kinds.assessment',
    feature: 'scoring',
  },
  score: {
    indexes: 'id, workshopId, assessmentId',
    access: { writers: 'participant', ownReference: { field: 'assessmentId', kind: 'assessment', when: 'always' }, participantReads: 'own' },
    exportTable: 'scores',
    label: 'refused.kinds.score',
    feature: 'scoring',
  },
  // Cards from phones: a participant writes its own, for its delegation's organisation (shared/rights/room-rules.ts).
  swot: { indexes: 'id, workshopId', access: { writers: 'participant', delegated: true, participantReads: 'own' }, exportTable: 'swot', label: 'refused.kinds.swot', feature: 'priorities' },
  // The plan is shown in plenary: phones read it, draft items for their organisation and update their organisation's items' status.
  action: {
    indexes: 'id, workshopId',
    access: { writers: 'participant', delegated: true, participantReads: 'workshop' },
    exportTable: 'actions',
    label: 'refused.kinds.action',
    feature: 'priorities',
  },
  framework: { indexes: 'id, ownerId', access: { writers: 'facilitator', participantReads: 'facilitator' }, exportTable: null, label: 'refused.kinds.framework', feature: 'frameworks' },
  lostValue: { indexes: 'id, workshopId', access: { writers: 'server', participantReads: 'own' }, exportTable: null, label: 'refused.kinds.lostValue', feature: 'workshop' },
  // A participant's phone never reads the names of its facilitator's devices (it creates none).
  device: { indexes: 'id, ownerId', access: { writers: 'facilitator', participantReads: 'own' }, exportTable: null, label: 'refused.kinds.device', feature: 'settings' },
  delegate: {
    indexes: 'id, workshopId',
    access: { writers: 'participant', references: [{ field: 'organisationId', kind: 'organisation' }], participantReads: 'own' },
    exportTable: null,
    label: 'refused.kinds.delegate',
    feature: 'priorities',
  },
  poll: { indexes: 'id, workshopId', access: { writers: 'facilitator', participantReads: 'workshop' }, exportTable: 'votes', label: 'refused.kinds.poll', feature: 'votes' },
  // Secret until revealed: a phone reads its own ballot only.
  ballot: {
    indexes: 'id, workshopId, pollId',
    access: { writers: 'participant', delegated: true, references: [{ field: 'pollId', kind: 'poll' }], participantReads: 'own' },
    exportTable: 'ballots',
    label: 'refused.kinds.ballot',
    feature: 'votes',
  },
  agreedScore: {
    indexes: 'id, workshopId, organisationId',
    access: { writers: 'facilitator', participantReads: 'own' },
    exportTable: 'agreed-scores',
    label: 'refused.kinds.agreedScore',
    feature: 'analysis',
  },
  // The record only: its files follow on their own path, read with the same rights (docs/sync-protocol.md, "Photos").
  photo: { indexes: 'id, workshopId, subjectId', access: { writers: 'facilitator', participantReads: 'own' }, exportTable: 'photos', label: 'refused.kinds.photo', feature: 'photos' },
} as const satisfies Record<
  RecordKind,
  {
    indexes: string;
    access: KindAccess;
    exportTable: string | null;
    label: `refused.kinds.${string}`;
    feature: string;
  }
>;

/** A kind's access, typed as every entry's is: for code that looks at one field of any kind. */
export const kindAccess = (kind: RecordKind): KindAccess => KIND_RULES[kind].access;
/** The kinds whose entry says `test` of their access, in registry order. */
export const kindsWhere = (test: (access: KindAccess) => boolean): RecordKind[] => (Object.keys(KIND_RULES) as RecordKind[]).filter((k) => test(kindAccess(k)));
/** The kinds a workshop export shows in a table of their own, and each one's table. */
export type ExportedKind = { [K in RecordKind]: (typeof KIND_RULES)[K]['exportTable'] extends string ? K : never }[RecordKind];
export type ExportTableOf<K extends ExportedKind> = (typeof KIND_RULES)[K]['exportTable'] & string;
/** The i18n key of a kind's name. */
export type KindLabel = (typeof KIND_RULES)[RecordKind]['label'];

/**
 * Each editable field of each kind, by the label its form shows it under (the same words as the
 * form, so a replaced edit reads as the facilitator typed it): dictionary keys, which
 * tests/unit/record-kinds.test.ts finds in every language. A field no form shows (an order, a merge
 * link) is left out and named by its record's kind. A new kind needs an entry here.
 */
export const FIELD_LABELS: { [K in RecordKind]: Partial<Record<keyof EditableOf<K>, string>> } = {
  workshop: {
    title: 'workshopForm.fieldTitle',
    theme: 'workshopForm.fieldTheme',
    startDate: 'workshopForm.fieldStart',
    endDate: 'workshopForm.fieldEnd',
    venue: 'workshopForm.fieldVenue',
    country: 'workshopForm.fieldCountry',
    languages: 'workshopForm.fieldLanguages',
    facilitators: 'workshopForm.fieldFacilitators',
    objectives: 'workshopForm.fieldObjectives',
    projectIds: 'projects.title',
    frameworkId: 'frameworks.inUse',
    anonymousScores: 'scoring.fieldAnonymous',
    status: 'workshopForm.fieldStatus',
    currentRound: 'scoring.fieldRound',
  },
  project: {
    reference: 'projectField.reference',
    title: 'projectField.title',
    donor: 'projectField.donor',
    partners: 'projectField.partners',
    countries: 'projectField.countries',
    themes: 'projectField.themes',
    startDate: 'projectField.startDate',
    endDate: 'projectField.endDate',
    status: 'projectField.status',
    implementer: 'projectField.implementer',
    budget: 'projectPage.budget',
    contact: 'projectField.contact',
  },
  agendaItem: { title: 'agenda.fieldTitle', kind: 'agenda.fieldKind', day: 'agenda.fieldDay', start: 'agenda.fieldStart', minutes: 'agenda.fieldMinutes' },
  organisation: {
    name: 'organisations.fieldName',
    acronym: 'organisations.fieldAcronym',
    country: 'organisations.fieldCountry',
    kind: 'organisations.fieldKind',
    partnerRole: 'organisations.fieldRole',
  },
  participant: {
    name: 'participants.fieldName',
    organisationId: 'participants.fieldOrganisation',
    role: 'participants.fieldRole',
    gender: 'participants.fieldGender',
    consent: 'participants.fieldConsent',
  },
  note: {
    agendaItemId: 'notes.fieldSession',
    kind: 'notes.fieldKind',
    text: 'notes.fieldText',
    capacities: 'notes.fieldCapacities',
    participantId: 'notes.fieldWho',
    organisationId: 'participants.fieldOrganisation',
  },
  practice: {
    title: 'practices.fieldTitle',
    context: 'practices.fieldContext',
    approach: 'practices.fieldApproach',
    results: 'practices.fieldResults',
    capacities: 'practices.fieldCapacities',
    sustainability: 'practices.fieldSustainability',
    contact: 'practices.fieldContact',
    organisationIds: 'practices.fieldOrganisations',
    projectIds: 'projects.title',
    status: 'practices.fieldStatus',
  },
  assessment: { respondentId: 'scoring.fieldRespondent', organisationId: 'scoring.fieldOrganisation', round: 'scoring.fieldRound', frameworkId: 'frameworks.inUse' },
  score: { value: 'score.scaleLegend', comment: 'score.comment' },
  swot: {
    organisationId: 'swot.fieldOrganisation',
    quadrant: 'swot.fieldQuadrant',
    text: 'swot.fieldText',
    factorId: 'swot.fieldFactor',
    wording: 'cards.fieldWording',
    group: 'cards.fieldGroup',
    author: 'cards.fieldAuthor',
  },
  action: { itemId: 'actions.fieldCapacity', action: 'actions.fieldAction', who: 'actions.fieldWho', due: 'actions.fieldDue', indicator: 'actions.fieldIndicator', status: 'actions.fieldStatus' },
  framework: { name: 'frameworks.fieldName' },
  lostValue: {},
  device: { name: 'deviceName.title' },
  delegate: { organisationId: 'cards.fieldDelegation' },
  poll: {
    title: 'votes.fieldTitle',
    subject: 'votes.fieldSubject',
    options: 'votes.fieldOptions',
    dots: 'votes.fieldDots',
    stack: 'votes.fieldStack',
    organisationId: 'votes.fieldOrganisation',
    state: 'votes.fieldState',
  },
  ballot: { dots: 'votes.ballotDots' },
  agreedScore: { value: 'agreed.fieldValue', justification: 'agreed.fieldJustification', round: 'scoring.fieldRound' },
  photo: { caption: 'photos.fieldCaption', recognisable: 'photos.fieldRecognisable', consent: 'photos.fieldConsent' },
};
