import * as z from 'zod/mini';
import { once } from '../once.ts';
import { PHOTO_HASH, PHOTO_MAX_BYTES, PHOTO_TYPES, STORED_MAX_SIDE, THUMB_MAX_BYTES } from '../photos/photo-limits.ts';
import { LIMITS, id, syncFields, text } from './fields.ts';

/**
 * What a photo is attached to: a note, a practice card, or, by the workshop's id, the workshop
 * itself, its SWOT board or its action plan.
 */
const PHOTO_SUBJECTS = ['workshop', 'note', 'practice', 'swot', 'plan'] as const;
export type PhotoSubject = (typeof PHOTO_SUBJECTS)[number];

const side = () => z.int().check(z.gte(1), z.lte(STORED_MAX_SIDE));
/** One stored file of a photo, known by its content: the bytes travel apart from the record (docs/sync-protocol.md, "Photos"). */
const photoFileSchema = (maxBytes: number) =>
  z.strictObject({
    hash: z.string().check(z.regex(PHOTO_HASH)),
    type: z.enum(PHOTO_TYPES),
    bytes: z.int().check(z.gte(1), z.lte(maxBytes)),
    width: side(),
    height: side(),
  });
export type PhotoFile = z.infer<ReturnType<typeof photoFileSchema>>;

/**
 * A photo of a flipchart, a wall of sticky notes, a drawn plan or field evidence. The record syncs
 * with the others; its two files (the shrunk photo and its thumbnail) follow on their own path, by
 * hash. `recognisable`: people can be recognised in it, so it stays out of the compendium unless
 * `consent` is recorded.
 */
export const photoSchema = once(() =>
  z.strictObject({
    ...syncFields(),
    workshopId: id(),
    subject: z.enum(PHOTO_SUBJECTS),
    subjectId: id(),
    caption: text(LIMITS.title * 2),
    file: photoFileSchema(PHOTO_MAX_BYTES),
    thumb: photoFileSchema(THUMB_MAX_BYTES),
    recognisable: z.boolean(),
    consent: z.boolean(),
  }),
);
export type Photo = z.infer<ReturnType<typeof photoSchema>>;
