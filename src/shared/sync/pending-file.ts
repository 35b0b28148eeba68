import * as z from 'zod/mini';
import { once } from '../once.ts';
import { mutationSchema } from '../schemas/mutation.ts';

/** A file of changes not yet synced, carried to another device or kept safe until a connection returns. */
export const pendingFileSchema = once(() => z.strictObject({
  format: z.literal('workshop-companion/pending-changes'),
  deviceId: z.string().check(z.maxLength(40)),
  exportedAt: z.string().check(z.maxLength(40)),
  mutations: z.array(mutationSchema()).check(z.maxLength(100_000)),
}));
export type PendingFile = z.infer<ReturnType<typeof pendingFileSchema>>;
