import * as z from 'zod/mini';
import { once } from '../once.ts';
import { PROJECT_REFERENCE } from '../project-reference.ts';
import { cofacilitatorCodeSchema, teamSchema } from './team.ts';
import { LIMITS, clockTime, countryCode, deviceId, id, idList, isoDate, languageCode, list, optionalDate, requiredText, syncFields, text } from './fields.ts';

/** What the server keeps of a workshop's join token, and the workshop record carries: its SHA-256 in hex. */
export const JOIN_TOKEN_HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Records that belong to one workshop carry its id; the workshop record carries its own. */
const inWorkshop = () => ({ ...syncFields(), workshopId: id() });
/** Records shared across workshops (projects, custom frameworks) are scoped by their owner. */
const owned = () => ({ ...syncFields(), ownerId: id() });

export const WORKSHOP_STATUSES = ['planned', 'running', 'closed'] as const;
const workshopFields = () => ({
  title: requiredText(LIMITS.title),
  theme: requiredText(LIMITS.short),
  startDate: isoDate(),
  endDate: optionalDate(),
  venue: text(LIMITS.title),
  country: countryCode(),
  languages: list(languageCode()),
  facilitators: list(requiredText(LIMITS.name)),
  objectives: text(LIMITS.text),
  projectIds: idList(),
  /** The framework participants score with (its id; the default TUOC framework when absent). */
  frameworkId: z.optional(requiredText(LIMITS.short)),
  /** Scores are kept without the participant's name. */
  anonymousScores: z.optional(z.boolean()),
  /** SHA-256 of the participants' join token; the token itself stays on the facilitator's devices. */
  joinTokenHash: z.optional(z.string().check(z.regex(JOIN_TOKEN_HASH_PATTERN))),
  status: z.enum(WORKSHOP_STATUSES),
  // Added with follow-up workshops: optional, so workshops written before still parse.
  /** The workshop this one follows up (its baseline, a year before): its organisations and agenda were carried over. */
  followsWorkshopId: z.optional(id()),
  /** The round new assessments count for ('baseline' when absent); earlier answers keep their own. */
  currentRound: z.optional(requiredText(LIMITS.short)),
  /**
   * The co-facilitator code that works now: its SHA-256 and when it stops working. Only the key
   * that owns the workshop writes it; a new code replaces the old one, which stops working.
   */
  cofacilitatorCode: z.optional(cofacilitatorCodeSchema()),
  /** Who facilitates the workshop, by their keys' names: the server writes it, no device does. */
  team: z.optional(teamSchema()),
});
/** The dates of a workshop read forwards: an end date, when given, is not before the start. */
const datesInOrder = () =>
  z.refine<{ startDate: string; endDate: string }>((w) => w.endDate === '' || w.endDate >= w.startDate, {
    message: 'end date before start date',
    path: ['endDate'],
  });
export const workshopSchema = once(() => z.strictObject({ ...inWorkshop(), ...workshopFields() }).check(datesInOrder()));
export type Workshop = z.infer<ReturnType<typeof workshopSchema>>;
/** A workshop's own fields, without what every synced record carries. */
export type WorkshopInput = Omit<Workshop, keyof ReturnType<typeof inWorkshop>>;

export const PROJECT_STATUSES = ['planned', 'active', 'completed'] as const;
/** ISO 4217 currency code (EUR, XOF, NOK…), checked for shape: the list of currencies changes. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
/**
 * A budget is one value: amount and currency together, so a per-field merge can never pair one
 * device's amount with another device's currency.
 */
const budgetSchema = once(() =>
  z.strictObject({
    amount: z.number().check(z.gte(0), z.lte(1e15)),
    currency: z.string().check(z.regex(CURRENCY_CODE)),
  }),
);
export const projectFields = once(() => ({
  reference: z.string().check(z.trim(), z.regex(PROJECT_REFERENCE, { message: 'project reference shape' })),
  title: requiredText(LIMITS.title),
  donor: text(LIMITS.name),
  partners: list(requiredText(LIMITS.name)),
  countries: list(countryCode()),
  themes: list(requiredText(LIMITS.short)),
  startDate: optionalDate(),
  endDate: optionalDate(),
  status: z.enum(PROJECT_STATUSES),
  // Added after the first release: optional, so projects written by older builds still parse.
  /** The organisation that implements the project (often one of the partners, or the donor's agency). */
  implementer: z.optional(requiredText(LIMITS.name)),
  budget: z.optional(budgetSchema()),
  /** A person or address to ask about the project. */
  contact: z.optional(requiredText(LIMITS.title)),
}));
export const projectSchema = once(() => z.strictObject({ ...owned(), ...projectFields() }));
export type Project = z.infer<ReturnType<typeof projectSchema>>;
/**
 * What a form or an import may write. Dates in order are checked here and not on stored records,
 * so a project an older build stored with crossed dates still opens (and can be corrected).
 */
export const projectInputSchema = once(() => z.strictObject(projectFields()).check(datesInOrder()));
export type ProjectInput = z.infer<ReturnType<typeof projectInputSchema>>;
export type Budget = z.infer<ReturnType<typeof budgetSchema>>;

export const AGENDA_KINDS = ['plenary', 'group-work', 'presentation', 'scoring', 'break', 'other'] as const;
export const agendaItemSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    title: requiredText(LIMITS.title),
    kind: z.enum(AGENDA_KINDS),
    day: z.int().check(z.gte(1), z.lte(31)),
    start: z.union([z.literal(''), clockTime()]),
    minutes: z.int().check(z.gte(0), z.lte(24 * 60)),
    order: z.number(),
  }),
);
export type AgendaItem = z.infer<ReturnType<typeof agendaItemSchema>>;

export const PARTNER_ROLES = ['supporting', 'receiving', 'other'] as const;
export const ORGANISATION_KINDS = ['national-centre', 'sectoral-federation', 'solidarity-support-organisation', 'other'] as const;
export const organisationSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    name: requiredText(LIMITS.title),
    acronym: text(LIMITS.short),
    country: countryCode(),
    kind: z.enum(ORGANISATION_KINDS),
    partnerRole: z.enum(PARTNER_ROLES),
  }),
);
export type Organisation = z.infer<ReturnType<typeof organisationSchema>>;

export const GENDERS = ['', 'female', 'male', 'other', 'undisclosed'] as const;
export const participantSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    name: requiredText(LIMITS.name),
    organisationId: z.optional(id()),
    role: text(LIMITS.short),
    gender: z.enum(GENDERS),
    consent: z.boolean(),
  }),
);
export type Participant = z.infer<ReturnType<typeof participantSchema>>;

export const NOTE_KINDS = ['approach', 'challenge', 'result', 'lesson', 'question', 'quote'] as const;
export const noteSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    agendaItemId: z.optional(id()),
    kind: z.enum(NOTE_KINDS),
    text: requiredText(LIMITS.text),
    capacities: list(requiredText(LIMITS.short)),
    participantId: z.optional(id()),
    organisationId: z.optional(id()),
  }),
);
export type Note = z.infer<ReturnType<typeof noteSchema>>;

export const PRACTICE_STATUSES = ['draft', 'reviewed', 'compendium'] as const;
export const practiceSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    title: requiredText(LIMITS.title),
    context: text(LIMITS.text),
    approach: text(LIMITS.text),
    results: text(LIMITS.text),
    capacities: list(requiredText(LIMITS.short)),
    sustainability: text(LIMITS.text),
    contact: text(LIMITS.title),
    organisationIds: idList(),
    projectIds: idList(),
    sourceNoteId: z.optional(id()),
    status: z.enum(PRACTICE_STATUSES),
    /** Place in its theme's compendium, set by curation (lower first); unset cards follow, newest first. */
    compendiumOrder: z.optional(z.number().check(z.gte(-1e9), z.lte(1e9))),
    /** Set when curation merged this card into another one: it then shows only as that card's source. */
    mergedInto: z.optional(id()),
  }),
);
export type Practice = z.infer<ReturnType<typeof practiceSchema>>;

/** Fields of a practice card a coordinator may change while curating the compendium. */
export const PRACTICE_CURATION_FIELDS = [
  'title',
  'context',
  'approach',
  'results',
  'sustainability',
  'capacities',
  'organisationIds',
  'projectIds',
  'status',
  'compendiumOrder',
  'mergedInto',
] as const;

export const ROUND_PRESETS = ['baseline', 'follow-up'] as const;
export const assessmentSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    respondentId: z.optional(id()),
    organisationId: id(),
    frameworkId: requiredText(LIMITS.short),
    frameworkVersion: z.int().check(z.gte(1)),
    round: requiredText(LIMITS.short),
    submitted: z.boolean(),
  }),
);
export type Assessment = z.infer<ReturnType<typeof assessmentSchema>>;

/** One answer: a point on the framework's scale, or null for "don't know". */
export const scoreSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    assessmentId: id(),
    itemId: requiredText(LIMITS.short),
    value: z.nullable(z.int().check(z.gte(0), z.lte(100))),
    comment: text(LIMITS.text),
  }),
);
export type Score = z.infer<ReturnType<typeof scoreSchema>>;

const SWOT_QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
/** What a SWOT card may be: one of the four quadrants, or an idea for a priority (step 3). */
export const SWOT_CARD_KINDS = [...SWOT_QUADRANTS, 'idea'] as const;
export const swotSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    quadrant: z.enum(SWOT_CARD_KINDS),
    organisationId: z.optional(id()),
    /** The author's words: a participant's card keeps them whatever the facilitator does with it. */
    text: requiredText(LIMITS.text),
    /** A framework item, for strengths and weaknesses drawn from the scores. */
    itemId: z.optional(requiredText(LIMITS.short)),
    /** A framework external factor, for opportunities and threats. */
    factorId: z.optional(requiredText(LIMITS.short)),
    // Added with cards from phones: optional, so entries written before still parse.
    /** The facilitator's rewording, shown on the board instead of `text`, which stays. */
    wording: z.optional(requiredText(LIMITS.text)),
    /** The cluster the facilitator put the card in, by its label. */
    group: z.optional(requiredText(LIMITS.short)),
    /** Set when the facilitator merged this card into another: it shows as that card's source. */
    mergedInto: z.optional(id()),
    /** The author's name as typed on their phone; never set in an anonymous workshop. */
    author: z.optional(requiredText(LIMITS.name)),
  }),
);
export type SwotEntry = z.infer<ReturnType<typeof swotSchema>>;

/** `proposed`: a delegation's draft from a phone, until the facilitator accepts it into the plan. */
export const ACTION_STATUSES = ['proposed', 'planned', 'in-progress', 'done', 'dropped'] as const;
export const actionSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    organisationId: z.optional(id()),
    itemId: requiredText(LIMITS.short),
    action: requiredText(LIMITS.text),
    who: text(LIMITS.title),
    due: optionalDate(),
    indicator: text(LIMITS.text),
    status: z.enum(ACTION_STATUSES),
  }),
);
export type ActionItem = z.infer<ReturnType<typeof actionSchema>>;

/** A framework document is data (groups, items, scale); its inner shape is validated by its own module. */
export const frameworkSchema = once(() =>
  z.strictObject({
    ...owned(),
    name: requiredText(LIMITS.title),
    version: z.int().check(z.gte(1)),
    document: z.record(z.string(), z.unknown()),
  }),
);
export type Framework = z.infer<ReturnType<typeof frameworkSchema>>;

/**
 * A value that lost to a concurrent edit from another device, kept so a facilitator can review it.
 * Written by the server only, in the scope of the record it belongs to; append-only.
 */
export const lostValueSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    recordKind: requiredText(LIMITS.short),
    recordId: id(),
    field: requiredText(LIMITS.short),
    value: z.unknown(),
    stamp: requiredText(LIMITS.short),
    lostDeviceId: requiredText(LIMITS.short),
    winnerStamp: requiredText(LIMITS.short),
    winnerDeviceId: requiredText(LIMITS.short),
  }),
);
export type LostValue = z.infer<ReturnType<typeof lostValueSchema>>;

/**
 * The name a facilitator gives one of their devices ("Amina's tablet"), so replaced edits say
 * where they came from. Scoped by owner like projects; `namedDeviceId` is the device it names
 * (`deviceId` is, as on every record, its last writer). It names; it grants nothing.
 */
export const deviceSchema = once(() => z.strictObject({ ...owned(), namedDeviceId: deviceId(), name: requiredText(LIMITS.name) }));
export type Device = z.infer<ReturnType<typeof deviceSchema>>;
