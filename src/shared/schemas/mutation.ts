import * as z from 'zod/mini';
import { deviceId, id, stamp } from './fields.ts';
import { RECORD_KIND_NAMES, type RecordKind } from './kinds.ts';

/**
 * A change made on a device, kept in its outbox until the server acknowledges it.
 * `mutationId` makes delivery idempotent; `seq` orders one device's changes; `patch` holds only
 * the fields this change set, each stamped with `hlc`, so merges can be per field.
 */
export const mutationSchema = z.strictObject({
  mutationId: id(),
  deviceId: deviceId(),
  seq: z.int().check(z.gte(1)),
  kind: z.enum(RECORD_KIND_NAMES as [RecordKind, ...RecordKind[]]),
  recordId: id(),
  scope: id(),
  op: z.enum(['upsert', 'delete']),
  hlc: stamp(),
  patch: z.record(z.string(), z.unknown()),
});
export type Mutation = z.infer<typeof mutationSchema>;
