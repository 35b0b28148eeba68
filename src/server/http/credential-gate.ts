import type { Context } from 'hono';
import { credentialHash, parseJoinCredential } from '../../shared/identity/credential.ts';
import type { ApiErrorCode } from '../../shared/protocol.ts';
import { callerFor } from '../auth/access.ts';
import { credentialRefusal } from '../auth/credential-refusal.ts';
import { bearer } from '../auth/keys.ts';
import type { ServerStore } from '../store/types.ts';
import { clientAddress } from './client-address.ts';
import type { CredentialKind, SyncLimiter } from './sync-limits.ts';

/** Whose budget a request spends: a credential by the hash the server stores of it. */
export interface Credential {
  kind: CredentialKind;
  id: string;
}
export type Caller = NonNullable<Awaited<ReturnType<typeof callerFor>>>;

/** A request's credential, settled: its caller, or why it is refused (and when to come back). */
export type Settled = { caller: Caller; credential: Credential; address: string } | { refused: { status: 401 | 429; code: ApiErrorCode; message: string; retryAfter?: number | undefined } };

/**
 * Settle the credential of a request before anything of it is read, and take one request from its
 * budget. Credentials not seen valid lately are first held back by the failed attempts of their
 * address, so guessing stays slow while working devices are never stopped by it.
 */
export async function settleCredential(c: Context, store: ServerStore, limiter: SyncLimiter, trustProxy: number): Promise<Settled> {
  const address = clientAddress(c, trustProxy);
  const token = bearer(c.req.header('authorization'));
  const credential: Credential | undefined = token ? { kind: parseJoinCredential(token) ? 'join' : 'key', id: credentialHash(token) } : undefined;
  if (!credential || !limiter.isKnown(credential.kind, credential.id)) {
    const wait = limiter.authWait(address);
    if (wait !== undefined)
      return { refused: { status: 429, code: 'rate_limited', message: 'too many failed attempts to sign in from this address; try again after Retry-After seconds', retryAfter: wait } };
  }
  const caller = token ? await callerFor(store, token) : undefined;
  if (!caller || !credential) {
    limiter.authFailed(address, credential);
    const why = await credentialRefusal(store, token);
    return { refused: { status: 401, code: why.code, message: why.message } };
  }
  const wait = limiter.take(credential.kind, credential.id, 'requests');
  if (wait !== undefined) return { refused: { status: 429, code: 'rate_limited', message: 'too many requests with this key or join link; try again after Retry-After seconds', retryAfter: wait } };
  return { caller, credential, address };
}
