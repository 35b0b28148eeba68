import * as z from 'zod/mini';
import { once } from '../once.ts';
import { LIMITS, id, requiredText, syncFields, text } from './fields.ts';

// What the room decides with phones: delegations, dot votes and their ballots, agreed scores.

const inWorkshop = () => ({ ...syncFields(), workshopId: id() });

/**
 * Which organisation a participant's device speaks for in a workshop: its cards, votes and plan
 * drafts are for this organisation only. One per device and workshop (`delegateIdFor`); the phone
 * chooses once, and only a facilitator may change it.
 */
export const delegateSchema = once(() => z.strictObject({ ...inWorkshop(), organisationId: id() }));
export type Delegate = z.infer<ReturnType<typeof delegateSchema>>;

const POLL_STATES = ['open', 'closed', 'revealed'] as const;
/** What a vote is on: SWOT cards (candidate priorities) or the framework's capacities. */
export const POLL_SUBJECTS = ['cards', 'capacities'] as const;
export const POLL_MAX_OPTIONS = 30;
export const POLL_MAX_DOTS = 20;
/** One choice of a vote: a card's id or a framework item's id, with the words phones show for it. */
const pollOptionSchema = once(() => z.strictObject({ id: requiredText(LIMITS.short), label: requiredText(LIMITS.title) }));
export type PollOption = z.infer<ReturnType<typeof pollOptionSchema>>;
/**
 * A dot vote the facilitator runs: each participant places up to `dots` dots on the options, at
 * most one per option unless `stack`. Ballots stay unseen until `revealed`; a vote no longer open
 * takes no ballot. `organisationId`, when set, lets only that organisation's delegation vote.
 */
export const pollSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    title: requiredText(LIMITS.title),
    subject: z.enum(POLL_SUBJECTS),
    options: z.array(pollOptionSchema()).check(z.minLength(2), z.maxLength(POLL_MAX_OPTIONS)),
    dots: z.int().check(z.gte(1), z.lte(POLL_MAX_DOTS)),
    stack: z.boolean(),
    organisationId: z.optional(id()),
    state: z.enum(POLL_STATES),
  }),
);
export type Poll = z.infer<ReturnType<typeof pollSchema>>;

/**
 * One voter's dots in a vote, by option id. No name, ever: a phone's ballot is known by its
 * device (`ballotIdFor`), a ballot cast on the facilitator's tablet by pass-the-device by nobody.
 */
export const ballotSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    pollId: id(),
    dots: z
      .record(z.string().check(z.minLength(1), z.maxLength(LIMITS.short)), z.int().check(z.gte(1), z.lte(POLL_MAX_DOTS)))
      .check(z.refine((d) => Object.keys(d).length <= POLL_MAX_OPTIONS, { message: 'too many options' })),
  }),
);
export type Ballot = z.infer<ReturnType<typeof ballotSchema>>;

/**
 * The score an organisation's group agrees for one item in one round, with the evidence behind it
 * (`agreedScoreIdFor`: one record per organisation, item and round). Null: the group could not agree.
 */
export const agreedScoreSchema = once(() =>
  z.strictObject({
    ...inWorkshop(),
    organisationId: id(),
    itemId: requiredText(LIMITS.short),
    round: requiredText(LIMITS.short),
    value: z.nullable(z.int().check(z.gte(0), z.lte(100))),
    justification: text(LIMITS.text),
  }),
);
export type AgreedScore = z.infer<ReturnType<typeof agreedScoreSchema>>;
