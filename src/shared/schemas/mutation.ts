import * as z from 'zod/mini';
import { SIGNATURE_PATTERN } from '../identity/device-proof.ts';
import { once } from '../once.ts';
import { deviceId, id, stamp } from './fields.ts';
import { RECORD_KIND_NAMES, type RecordKind } from './kinds.ts';

/**
 * A change made on a device, kept in its outbox until the server acknowledges it.
 * `mutationId` makes delivery idempotent; `seq` orders one device's changes; `patch` holds only
 * the fields this change set, each stamped with `hlc`, so merges can be per field; `base` tells
 * which writes the device had seen, so only truly concurrent edits are kept as lost values.
 */
export const mutationSchema = once(() =>
  z.strictObject({
    mutationId: id(),
    deviceId: deviceId(),
    seq: z.int().check(z.gte(1)),
    kind: z.enum(RECORD_KIND_NAMES as [RecordKind, ...RecordKind[]]),
    recordId: id(),
    scope: id(),
    op: z.enum(['upsert', 'delete']),
    hlc: stamp(),
    /** The record's stamp as this device knew it when the change was made: what the writer had seen. */
    base: z.optional(stamp()),
    patch: z.record(z.string(), z.unknown()),
    /**
     * The author's signature of the change (src/shared/identity/device-proof.ts), added when it
     * leaves its device by another way than the author's own sync (a file, a QR code): a relaying
     * device can deliver it but not alter it.
     */
    sig: z.optional(z.string().check(z.regex(SIGNATURE_PATTERN))),
  }),
);
export type Mutation = z.infer<ReturnType<typeof mutationSchema>>;
