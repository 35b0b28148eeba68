import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorCode } from '../../shared/protocol.ts';
import { apiError } from './api-error.ts';
import type { BodyReader } from './body-reader.ts';
import type { Discarder } from './discard-body.ts';

/**
 * Refuse a request whose body has not been read, or not to its end: the rest is discarded first
 * (see `createDiscarder`) so that the status and its code reach a client that is still sending,
 * whatever the body's size. A discard cut short closes the connection after the answer.
 */
export async function refuse(c: Context, body: BodyReader, discarder: Discarder, status: ContentfulStatusCode, code: ApiErrorCode, message: string, retryAfterSeconds?: number): Promise<Response> {
  if (retryAfterSeconds !== undefined) c.header('Retry-After', String(retryAfterSeconds));
  if (!(await discarder.discard(body))) c.header('Connection', 'close');
  return apiError(c, status, code, message);
}
