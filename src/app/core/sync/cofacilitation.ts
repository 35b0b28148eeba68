import { apiErrorSchema } from '../../../shared/protocol.ts';
import { ACCESS_KEY_PREFIX } from '../../../shared/identity/join-credential.ts';
import { COFACILITATOR_CODE_MS } from '../../../shared/identity/cofacilitator-code.ts';
import * as z from 'zod/mini';
import { ACCESS_KEY } from '../credentials/credentials.ts';
import { heldCodes, settleCode } from '../db/cofacilitator-codes.ts';
import { getSetting } from '../db/settings.ts';
import type { LocalStore } from '../db/store.ts';
import { ANSWER_WAIT, answerTimer, type AnswerWait } from './answer-wait.ts';
import { SyncFailure } from './failure.ts';

const joinedSchema = z.strictObject({ workshopId: z.string() });

/** The device's own facilitator key: only such a key co-facilitates a workshop. */
async function facilitatorKey(store: LocalStore): Promise<string | undefined> {
  const key = await getSetting(store.db, ACCESS_KEY);
  return key?.startsWith(ACCESS_KEY_PREFIX.facilitator) ? key : undefined;
}

/**
 * Present each waiting co-facilitator code with this device's key (before its sync, so that the
 * sync reads the workshop it opens). A code the server does not know yet stays waiting: the
 * owner's device registers it when it syncs. Past the days a code lasts it can no longer work.
 * No connection, or a server that cannot answer now: the codes wait for the next sync.
 */
export async function redeemWaitingCodes(store: LocalStore, endpoint: string, fetchImpl: typeof fetch, answerWait: AnswerWait = ANSWER_WAIT, now = Date.now()): Promise<void> {
  const waiting = (await heldCodes(store.db)).filter((c) => c.state === 'waiting');
  const key = waiting.length ? await facilitatorKey(store) : undefined;
  if (!key) return;
  for (const held of waiting) {
    const request = JSON.stringify({ code: held.code });
    // A link that died with no word leaves the codes waiting, and the sync ends overdue (answer-wait.ts).
    const wait = answerTimer(new Blob([request]).size, answerWait);
    const answer = await fetchImpl(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: request, signal: wait.signal })
      .then(async (res) => ({ res, body: await wait.json(res) }))
      .catch(() => undefined)
      .finally(() => wait.done());
    if (wait.signal.aborted) throw new SyncFailure('offline', undefined, true);
    if (!answer) return;
    const { res, body } = answer;
    if (res.ok) {
      const joined = joinedSchema.safeParse(body);
      if (joined.success) await settleCode(store.db, held.code, { state: 'joined', detail: joined.data.workshopId });
      continue;
    }
    const code = apiErrorSchema().safeParse(body).data?.error.code;
    if (code === 'cofacilitator_code_unknown') {
      if (now - held.enteredAt > COFACILITATOR_CODE_MS) await settleCode(store.db, held.code, { state: 'refused', detail: 'cofacilitator_code_expired' });
      continue;
    }
    // A refusal that names the code itself is final; anything else (busy, a limit) is tried again later.
    if (code?.startsWith('cofacilitator_') || code === 'forbidden') await settleCode(store.db, held.code, { state: 'refused', detail: code });
  }
}

/** What asking the server to remove a co-facilitator came to. */
export type Removal = 'removed' | 'offline' | 'forbidden' | 'not_found' | 'failed';

/** The owner removes a co-facilitator (by its key's public id): it counts once the server has it, so it needs a connection. */
export async function removeCofacilitator(store: LocalStore, base: string, fetchImpl: typeof fetch, workshopId: string, keyId: string): Promise<Removal> {
  const key = await facilitatorKey(store);
  if (!key) return 'forbidden';
  let res: Response;
  try {
    res = await fetchImpl(`${base}workshops/${workshopId}/cofacilitators/${keyId}`, { method: 'DELETE', headers: { authorization: `Bearer ${key}` } });
  } catch {
    return 'offline';
  }
  if (res.ok) return 'removed';
  const code = apiErrorSchema().safeParse(await res.json().catch(() => undefined)).data?.error.code;
  return code === 'forbidden' || code === 'not_found' ? code : 'failed';
}
