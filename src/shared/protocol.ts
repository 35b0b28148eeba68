import * as z from 'zod/mini';
import { once } from './once.ts';

/** Version of the client-server protocol; a client sends it and the server refuses others with `protocol_outdated`. */
export const PROTOCOL_VERSION = 2;

/** Stable error codes that cross the wire. The client turns each into words (i18n `error.<code>`). */
const API_ERROR_CODES = [
  'not_found',
  'payload_too_large',
  'too_many_mutations',
  'invalid_json',
  'invalid_request',
  'protocol_outdated',
  'unauthorized',
  'forbidden',
  'rate_limited',
  'server_busy',
  'internal',
  /** The access key is known but was revoked by an administrator. */
  'key_revoked',
  /** A participants' join link that no longer opens its workshop (rotated, or its facilitator's key revoked). */
  'invitation_retired',
  /** The request's device proof is missing or does not verify (see docs/security.md). */
  'device_unproven',
  /** The body did not arrive within the server's deadline. */
  'request_timeout',
  /** Photos (docs/sync-protocol.md, "Photos"): the bytes are not a stored photo the server takes (not an image, metadata left in, too many pixels, cut short). */
  'photo_refused',
  /** The bytes' SHA-256 is not the hash the request names. */
  'photo_hash_mismatch',
  /** No photo record the caller reads names this file (yet: the record syncs first). */
  'photo_unknown',
  /** The credential's photo storage is full. */
  'photo_quota_exceeded',
  /** Co-facilitators (docs/sync-protocol.md, "Co-facilitators"): not a code at all (a mistyped letter). */
  'cofacilitator_code_invalid',
  /** No workshop registered this code yet: its owner's device has not synced it. */
  'cofacilitator_code_unknown',
  /** The code let someone in already: a code works once. */
  'cofacilitator_code_used',
  /** The code's days are over. */
  'cofacilitator_code_expired',
  /** A newer code replaced it, the owner withdrew it, or the owner's key was revoked. */
  'cofacilitator_code_revoked',
  /** The key redeeming the code owns the workshop. */
  'cofacilitator_is_owner',
  /** The workshop has as many facilitators as it may. */
  'cofacilitator_team_full',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = once(() =>
  z.object({
    error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string() }),
  }),
);
export type ApiError = z.infer<ReturnType<typeof apiErrorSchema>>;

/** What GET /api/health answers (docs/sync-protocol.md): the app only checks that it answers; its body tells people and monitors the build, protocol and store. */
export interface Health {
  status: 'ok';
  version: string;
  protocolVersion: number;
  storage: 'sqlite' | 'postgres';
}
