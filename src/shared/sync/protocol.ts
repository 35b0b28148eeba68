import * as z from 'zod/mini';
import { once } from '../once.ts';
import { mutationSchema } from '../schemas/mutation.ts';
import { RECORD_KIND_NAMES, type RecordKind } from '../schemas/kinds.ts';

export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_CHANGES_PER_PULL = 1000;

/** One round trip: push a batch of mutations and pull what changed since the cursor. */
export const syncRequestSchema = once(() => z.strictObject({
  protocolVersion: z.int(),
  deviceId: z.string().check(z.regex(/^[A-Za-z0-9_]{1,40}$/)),
  /**
   * Opaque position in the server's change feed; null for "from the start". The server hands out
   * small integers; a larger one would not survive Number() nor fit PostgreSQL's BIGINT.
   */
  cursor: z.nullable(z.string().check(z.regex(/^\d{1,19}$/), z.refine((v) => Number.isSafeInteger(Number(v)), { message: 'cursor out of range' }))),
  mutations: z.array(mutationSchema()).check(z.maxLength(MAX_MUTATIONS_PER_PUSH)),
}));
export type SyncRequest = z.infer<ReturnType<typeof syncRequestSchema>>;

export const ACK_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
export const ackSchema = once(() => z.strictObject({
  mutationId: z.string(),
  status: z.enum(ACK_STATUSES),
  code: z.optional(z.string()),
}));
export type Ack = z.infer<ReturnType<typeof ackSchema>>;

export const changeSchema = once(() => z.strictObject({
  kind: z.enum(RECORD_KIND_NAMES as [RecordKind, ...RecordKind[]]),
  record: z.record(z.string(), z.unknown()),
}));
export type Change = z.infer<ReturnType<typeof changeSchema>>;

export const syncResponseSchema = once(() => z.strictObject({
  protocolVersion: z.int(),
  acks: z.array(ackSchema()),
  changes: z.array(changeSchema()),
  cursor: z.string(),
  /** More changes wait past this page: sync again at once. */
  hasMore: z.boolean(),
}));
export type SyncResponse = z.infer<ReturnType<typeof syncResponseSchema>>;
