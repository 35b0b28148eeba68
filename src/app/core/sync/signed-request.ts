import { DEVICE_SIGNATURE_HEADER, requestSigningText, signText } from '../../../shared/identity/device-proof.ts';
import { PROTOCOL_VERSION } from '../../../shared/protocol.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import type { SyncRequest } from '../../../shared/sync/protocol.ts';
import type { LocalStore } from '../db/store.ts';

/**
 * The JSON text of one sync request and the signature that proves this device sent it. Changes
 * this device relays for others travel with their authors' signatures, and the request names those
 * authors; undefined when this device has no key (no WebCrypto on a plain-http address).
 */
export async function signedRequest(store: LocalStore, cursor: string | null, mutations: readonly Mutation[]): Promise<{ json: string; headers: Record<string, string> } | undefined> {
  const key = store.deviceKey;
  if (!key) return undefined;
  // Only a device relaying others' changes names authors: that code is loaded when it does.
  const relays = mutations.some((m) => m.deviceId !== store.deviceId);
  const authors = relays ? await (await import('../credentials/authors.ts')).authorsOf(store.db, mutations, store.deviceId) : {};
  const request: SyncRequest = {
    protocolVersion: PROTOCOL_VERSION,
    deviceId: key.deviceId,
    deviceKey: key.publicKey,
    cursor,
    mutations: [...mutations],
    ...(Object.keys(authors).length ? { authors } : {}),
  };
  const json = JSON.stringify(request);
  return { json, headers: { [DEVICE_SIGNATURE_HEADER]: await signText(key.privateKey, requestSigningText(json)) } };
}
