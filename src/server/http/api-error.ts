import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ApiErrorCode } from '../../shared/protocol.ts';

/** Every API failure is JSON with a stable code and a sentence for people reading logs or curl. */
export function apiError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string): Response {
  return c.json({ error: { code, message } } satisfies ApiError, status);
}
