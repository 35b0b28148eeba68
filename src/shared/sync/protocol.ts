import * as z from 'zod/mini';
import { once } from '../once.ts';
import { KEY_ID_PATTERN } from '../identity/join-credential.ts';
import { DEVICE_ID_PATTERN, MAC_PATTERN, PUBLIC_KEY_PATTERN } from '../identity/device-proof.ts';
import { id } from '../schemas/fields.ts';
import { mutationSchema } from '../schemas/mutation.ts';
import { pullCursorParts } from './pull-cursor.ts';
import { RECORD_KIND_NAMES, type RecordKind } from '../schemas/kinds.ts';

export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_CHANGES_PER_PULL = 1000;

/** Most authors of relayed changes named in one request (a tablet relays a room of phones). */
export const MAX_AUTHORS_PER_PUSH = 200;

/**
 * The author of relayed changes: its public key (which hashes to its device id) and the proof that
 * binds it to the credential it works under, named without revealing it.
 */
export const authorSchema = once(() =>
  z.strictObject({
    key: z.string().check(z.regex(PUBLIC_KEY_PATTERN)),
    credential: z.union([z.strictObject({ kind: z.literal('key'), keyId: z.string().check(z.regex(KEY_ID_PATTERN)) }), z.strictObject({ kind: z.literal('join'), workshopId: id() })]),
    mac: z.string().check(z.regex(MAC_PATTERN)),
  }),
);
export type Author = z.infer<ReturnType<typeof authorSchema>>;

/**
 * One round trip: push a batch of mutations and pull what changed since the cursor. The sending
 * device proves its id: `deviceKey` hashes to `deviceId`, and the Device-Signature header signs the
 * body's JSON text with that key. Its own changes need nothing more; changes it relays carry their
 * author's signature (`sig`), and `authors` names each of those authors.
 */
export const syncRequestSchema = once(() =>
  z.strictObject({
    protocolVersion: z.int(),
    deviceId: z.string().check(z.regex(DEVICE_ID_PATTERN)),
    deviceKey: z.string().check(z.regex(PUBLIC_KEY_PATTERN)),
    /** Opaque position in the server's change feed, as the server handed it out (see pull-cursor.ts); null for "from the start". */
    cursor: z.nullable(
      z.string().check(
        z.maxLength(40),
        z.refine((v) => pullCursorParts(v) !== undefined, { message: 'malformed cursor or out of range' }),
      ),
    ),
    mutations: z.array(mutationSchema()).check(z.maxLength(MAX_MUTATIONS_PER_PUSH)),
    authors: z.optional(
      z
        .record(z.string().check(z.regex(DEVICE_ID_PATTERN)), authorSchema())
        .check(z.refine((a) => Object.keys(a).length <= MAX_AUTHORS_PER_PUSH, { message: `at most ${MAX_AUTHORS_PER_PUSH} authors` })),
    ),
  }),
);
export type SyncRequest = z.infer<ReturnType<typeof syncRequestSchema>>;

const ACK_STATUSES = ['applied', 'duplicate', 'rejected'] as const;
const ackSchema = once(() =>
  z.strictObject({
    mutationId: z.string(),
    status: z.enum(ACK_STATUSES),
    code: z.optional(z.string()),
  }),
);
export type Ack = z.infer<ReturnType<typeof ackSchema>>;

/**
 * A device that sends this header with the value `rejected` is answered with the acks of its
 * refused changes only: every other change of its push was taken (applied, or known already), and
 * saying so one by one is most of a push's answer. Devices that do not send it get every ack.
 */
export const SYNC_ACKS_HEADER = 'sync-acks';
export const REJECTED_ACKS_ONLY = 'rejected';

/** The acks an answer lists, for a request whose `SYNC_ACKS_HEADER` was `asked` (undefined when it sent none). */
export function shownAcks(acks: Ack[], asked: string | undefined): Ack[] {
  return asked === REJECTED_ACKS_ONLY ? acks.filter((a) => a.status === 'rejected') : acks;
}

/** The acks of a push of `sent` answered under `SYNC_ACKS_HEADER`: those listed, and every other change taken. */
export function pushAcks(sent: readonly { mutationId: string }[], listed: readonly Ack[]): Ack[] {
  const named = new Set(listed.map((a) => a.mutationId));
  return [...listed, ...sent.filter((m) => !named.has(m.mutationId)).map((m): Ack => ({ mutationId: m.mutationId, status: 'applied' }))];
}

/** A JSON object, taken as it is: the device checks each pulled record against its kind's own schema. */
const isJsonObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const changeSchema = once(() =>
  z.strictObject({
    kind: z.enum(RECORD_KIND_NAMES as [RecordKind, ...RecordKind[]]),
    record: z.custom<Record<string, unknown>>(isJsonObject),
  }),
);
export type Change = z.infer<ReturnType<typeof changeSchema>>;

export const syncResponseSchema = once(() =>
  z.strictObject({
    protocolVersion: z.int(),
    acks: z.array(ackSchema()),
    changes: z.array(changeSchema()),
    cursor: z.string(),
    /** More changes wait past this page: sync again at once. */
    hasMore: z.boolean(),
  }),
);
export type SyncResponse = z.infer<ReturnType<typeof syncResponseSchema>>;
