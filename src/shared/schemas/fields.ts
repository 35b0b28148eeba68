import * as z from 'zod/mini';
import { UUID_V7 } from '../ids.ts';
import { isHlcStamp, NODE_PATTERN } from '../hlc.ts';

/** Length limits shared by forms, storage and the server, so all three refuse the same input. */
export const LIMITS = {
  name: 120,
  title: 200,
  short: 80,
  text: 5_000,
  longText: 20_000,
  listItems: 50,
} as const;

export const id = () => z.string().check(z.regex(UUID_V7));
export const stamp = () => z.string().check(z.refine(isHlcStamp, { message: 'invalid clock stamp' }));
export const deviceId = () => z.string().check(z.regex(NODE_PATTERN));

/** Required text: trimmed length at least 1, at most `max` characters. */
export const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
/** Optional text: may be empty, at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));

export const isoDate = () =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/),
    z.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      message: 'not a calendar date',
    }),
  );
export const optionalDate = () => z.union([z.literal(''), isoDate()]);
export const clockTime = () => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** ISO 3166-1 alpha-2 code, or empty when not given. */
export const countryCode = () => z.string().check(z.regex(/^([A-Z]{2})?$/));
export const languageCode = () => z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/));
export const list = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(LIMITS.listItems));
export const idList = () => list(id());

/** Fields every synced record carries. */
export const syncFields = () => ({
  id: id(),
  createdAt: stamp(),
  updatedAt: stamp(),
  deviceId: deviceId(),
  deleted: z.boolean(),
});
