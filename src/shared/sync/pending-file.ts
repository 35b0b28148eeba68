import * as z from 'zod/mini';
import { once } from '../once.ts';
import { DEVICE_ID_PATTERN } from '../identity/device-proof.ts';
import { mutationSchema } from '../schemas/mutation.ts';
import { authorSchema } from './protocol.ts';
import { PHOTO_HASH, PHOTO_MAX_BYTES, PHOTO_TYPES } from '../photos/photo-limits.ts';

/**
 * A photo's file not yet on the server, carried with the changes (base64url): a full device's
 * export, or a tablet's files moved to another, loses no photo either. The taker checks the bytes
 * against the hash and as the server would before keeping them.
 */
const pendingPhotoSchema = () =>
  z.strictObject({
    hash: z.string().check(z.regex(PHOTO_HASH)),
    type: z.enum(PHOTO_TYPES),
    role: z.enum(['file', 'thumb']),
    photoId: z.string().check(z.maxLength(40)),
    data: z.string().check(z.maxLength(Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 4)),
  });
export type PendingPhoto = z.infer<ReturnType<typeof pendingPhotoSchema>>;

/** A file of changes not yet synced, carried to another device or kept safe until a connection returns. */
export const pendingFileSchema = once(() =>
  z.strictObject({
    format: z.literal('workshop-companion/pending-changes'),
    deviceId: z.string().check(z.maxLength(40)),
    exportedAt: z.string().check(z.maxLength(40)),
    mutations: z.array(mutationSchema()).check(z.maxLength(100_000)),
    /** The authors of the changes, each with its key and credential binding, so whoever relays them proves who wrote them. */
    authors: z.optional(z.record(z.string().check(z.regex(DEVICE_ID_PATTERN)), authorSchema())),
    photos: z.optional(z.array(pendingPhotoSchema()).check(z.maxLength(10_000))),
  }),
);
export type PendingFile = z.infer<ReturnType<typeof pendingFileSchema>>;
