import { bindingText, macText } from '../../../shared/identity/device-proof.ts';
import { credentialHash, credentialRef } from '../../../shared/identity/credential.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import type { Author } from '../../../shared/sync/protocol.ts';
import type { AppDb } from '../db/db.ts';
import type { DeviceKey } from './device-key.ts';

const AUTHORS = 'sync:authors';

/**
 * How this device introduces itself as the author of changes another device will deliver: its
 * public key, and the binding to the credential it works under. None for a credential of the older
 * join-link form, which names no workshop.
 */
export async function authorEntry(key: DeviceKey, credential: string): Promise<Author | undefined> {
  const ref = credentialRef(credential);
  if (!ref) return undefined;
  return { key: key.publicKey, credential: ref, mac: await macText(credentialHash(credential), bindingText(key.deviceId)) };
}

async function knownAuthors(db: AppDb): Promise<Record<string, Author>> {
  const v = (await db.meta.get(AUTHORS))?.value;
  return v && typeof v === 'object' ? (v as Record<string, Author>) : {};
}

/** Keep the authors of changes taken in from another device, to name them when those changes are relayed. Call inside a transaction on meta. */
export async function rememberAuthors(db: AppDb, authors: Readonly<Record<string, Author>>): Promise<void> {
  if (Object.keys(authors).length === 0) return;
  await db.meta.put({ key: AUTHORS, value: { ...(await knownAuthors(db)), ...authors } });
}

/** The authors of the changes in `mutations` that another device made, as far as this device knows them. */
export async function authorsOf(db: AppDb, mutations: readonly Mutation[], self: string): Promise<Record<string, Author>> {
  const others = new Set(mutations.map((m) => m.deviceId).filter((d) => d !== self));
  if (others.size === 0) return {};
  const known = await knownAuthors(db);
  return Object.fromEntries([...others].flatMap((d) => (known[d] ? [[d, known[d]] as const] : [])));
}
