import { parseJoinCredential } from '../../shared/identity/credential.ts';
import type { ApiErrorCode } from '../../shared/protocol.ts';
import type { ServerStore } from '../store/types.ts';
import { hashKey } from './keys.ts';

export interface CredentialRefusal {
  code: Extract<ApiErrorCode, 'unauthorized' | 'key_revoked' | 'invitation_retired'>;
  message: string;
}

/**
 * Why a credential opens nothing, once `callerFor` found no access for it, so the device can say
 * what to do: a key its administrator revoked (`key_revoked`: ask for a new key), a join link
 * whose workshop's facilitator key was revoked (`invitation_retired`: ask for a new link), or
 * anything else, unknown or missing (`unauthorized`). Asked only of refused requests.
 */
export async function credentialRefusal(store: ServerStore, token: string | undefined): Promise<CredentialRefusal> {
  if (!token) return { code: 'unauthorized', message: 'a valid access key is required' };
  const unknown: CredentialRefusal = { code: 'unauthorized', message: 'a valid access key or join link is required' };
  const join = parseJoinCredential(token);
  if (join) {
    const workshopId = await store.workshopForJoinToken(hashKey(join.token));
    if (!workshopId || (join.workshopId !== undefined && join.workshopId !== workshopId)) return unknown;
    const owner = await store.scopeOwner(workshopId);
    const retired = owner !== undefined && Boolean((await store.keyRecord(owner))?.revokedAt);
    return retired ? { code: 'invitation_retired', message: "this join link was retired with its facilitator's key; ask the facilitator for a new one" } : unknown;
  }
  const key = await store.keyRecord(hashKey(token));
  return key?.revokedAt ? { code: 'key_revoked', message: 'this access key was revoked; ask your administrator for a new one' } : unknown;
}
