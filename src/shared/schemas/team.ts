import * as z from 'zod/mini';
import { once } from '../once.ts';
import { KEY_ID_PATTERN } from '../identity/join-credential.ts';
import { LIMITS, requiredText } from './fields.ts';

/** What the workshop record carries of a co-facilitator code: its SHA-256 in hex and when it stops working. */
const CODE_HASH_PATTERN = /^[0-9a-f]{64}$/;
/** An instant as `Date.prototype.toISOString` writes it. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** A real instant (no 13th month, no 31st of April): the date it names writes back the same text. */
const isInstant = (s: string) => {
  const at = new Date(s);
  return !Number.isNaN(at.getTime()) && at.toISOString() === s;
};

export const cofacilitatorCodeSchema = once(() =>
  z.strictObject({
    hash: z.string().check(z.regex(CODE_HASH_PATTERN)),
    expiresAt: z.string().check(z.regex(ISO_INSTANT), z.refine(isInstant, { message: 'not a real instant' })),
  }),
);

/** Most facilitators of one workshop: its owner and co-facilitators. */
export const MAX_TEAM = 12;
const TEAM_ROLES = ['owner', 'cofacilitator'] as const;
const teamMemberSchema = once(() => z.strictObject({ keyId: z.string().check(z.regex(KEY_ID_PATTERN)), name: requiredText(LIMITS.name), role: z.enum(TEAM_ROLES) }));
export type TeamMember = z.infer<ReturnType<typeof teamMemberSchema>>;
/** Who facilitates a workshop, owner first, by their keys' public ids and names: written by the server only. */
export const teamSchema = once(() => z.array(teamMemberSchema()).check(z.maxLength(MAX_TEAM)));
