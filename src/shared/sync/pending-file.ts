import * as z from 'zod/mini';
import { mutationSchema } from '../schemas/mutation.ts';

/** A file of changes not yet synced, carried to another device or kept safe until a connection returns. */
export const pendingFileSchema = z.strictObject({
  format: z.literal('workshop-companion/pending-changes'),
  deviceId: z.string().check(z.maxLength(40)),
  exportedAt: z.string().check(z.maxLength(40)),
  mutations: z.array(mutationSchema).check(z.maxLength(100_000)),
});
export type PendingFile = z.infer<typeof pendingFileSchema>;
