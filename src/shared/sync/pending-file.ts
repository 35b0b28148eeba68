import * as z from 'zod/mini';
import { once } from '../once.ts';
import { DEVICE_ID_PATTERN } from '../identity/device-proof.ts';
import { mutationSchema } from '../schemas/mutation.ts';
import { authorSchema } from './protocol.ts';

/** A file of changes not yet synced, carried to another device or kept safe until a connection returns. */
export const pendingFileSchema = once(() =>
  z.strictObject({
    format: z.literal('workshop-companion/pending-changes'),
    deviceId: z.string().check(z.maxLength(40)),
    exportedAt: z.string().check(z.maxLength(40)),
    mutations: z.array(mutationSchema()).check(z.maxLength(100_000)),
    /** The authors of the changes, each with its key and credential binding, so whoever relays them proves who wrote them. */
    authors: z.optional(z.record(z.string().check(z.regex(DEVICE_ID_PATTERN)), authorSchema())),
  }),
);
export type PendingFile = z.infer<ReturnType<typeof pendingFileSchema>>;
