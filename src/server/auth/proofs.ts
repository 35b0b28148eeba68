import { timingSafeEqual } from 'node:crypto';
import { decodeHlc } from '../../shared/hlc.ts';
import { bindingText, deviceIdForKey, importPublicKey, macText, mutationSigningText, requestSigningText, verifyText } from '../../shared/identity/device-proof.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Author, SyncRequest } from '../../shared/sync/protocol.ts';
import type { RejectionCode } from '../../shared/sync/rejections.ts';
import type { ServerStore } from '../store/types.ts';
import { accessFor, type Access, type StoredCredential } from './access.ts';

/** Imported public keys, by their base64url text: importing costs about as much as a verification. */
const KEYS = new Map<string, CryptoKey>();
const MAX_KEYS = 4096;

async function publicKey(text: string): Promise<CryptoKey | undefined> {
  const cached = KEYS.get(text);
  if (cached) return cached;
  const key = await importPublicKey(text);
  if (!key) return undefined;
  // Oldest first out: a flood of new keys costs the flooder its own verifications, not others' cache.
  if (KEYS.size >= MAX_KEYS) KEYS.delete(KEYS.keys().next().value!);
  KEYS.set(text, key);
  return key;
}

/** Whether the request body was signed by the device it names, with the key its id hashes. */
export async function senderIsProven(text: string, signature: string | undefined, req: Pick<SyncRequest, 'deviceId' | 'deviceKey'>): Promise<boolean> {
  if (!signature || deviceIdForKey(req.deviceKey) !== req.deviceId) return false;
  const key = await publicKey(req.deviceKey);
  return key !== undefined && verifyText(key, signature, requestSigningText(text));
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The stored credential an author's binding proves, if its MAC verifies against one that is active. */
async function boundCredential(store: ServerStore, deviceId: string, author: Author): Promise<StoredCredential | undefined> {
  const text = bindingText(deviceId);
  if (author.credential.kind === 'key') {
    const key = await store.findKeyById(author.credential.keyId);
    return key && sameText(await macText(key.hash, text), author.mac) ? { kind: 'key', hash: key.hash } : undefined;
  }
  const { workshopId } = author.credential;
  for (const tokenHash of await store.joinTokenHashes(workshopId)) {
    if (sameText(await macText(tokenHash, text), author.mac)) return { kind: 'join', tokenHash, workshopId };
  }
  return undefined;
}

interface ProvenAuthor {
  key: CryptoKey;
  access: Access;
}

/** Each named author whose key hashes to its id and whose binding proves an active credential, with that credential's access. */
async function provenAuthors(store: ServerStore, req: SyncRequest): Promise<Map<string, ProvenAuthor>> {
  const relayed = new Set(req.mutations.map((m) => m.deviceId).filter((d) => d !== req.deviceId));
  const out = new Map<string, ProvenAuthor>();
  for (const [deviceId, author] of Object.entries(req.authors ?? {})) {
    if (!relayed.has(deviceId) || deviceIdForKey(author.key) !== deviceId) continue;
    const key = await publicKey(author.key);
    const credential = key && (await boundCredential(store, deviceId, author));
    const access = credential && (await accessFor(store, credential));
    if (key && access) out.set(deviceId, { key, access: access(deviceId) });
  }
  return out;
}

/** What each mutation of a push is judged by: its author's access, or the reason it is refused before any rule is read. */
export type Verdicts = Map<Mutation, Access | RejectionCode>;

/**
 * Judge every mutation by its author. The sender's own changes (proven by the request signature)
 * take the sender's access. A relayed change must carry its author's signature, and its author a
 * binding to an active credential: it is then judged by that credential's rights, whoever
 * delivers it. Every change's clock stamp must name its author, so a stamp's device is its writer.
 */
export async function judgeAuthors(store: ServerStore, req: SyncRequest, sender: Access): Promise<Verdicts> {
  const authors = await provenAuthors(store, req);
  const verdicts: Verdicts = new Map();
  await Promise.all(
    req.mutations.map(async (m) => {
      if (decodeHlc(m.hlc).node !== m.deviceId) return void verdicts.set(m, 'stamp_not_writer');
      if (m.deviceId === req.deviceId) return void verdicts.set(m, sender);
      const author = authors.get(m.deviceId);
      const signed = author !== undefined && m.sig !== undefined && (await verifyText(author.key, m.sig, mutationSigningText(m)));
      verdicts.set(m, signed ? author.access : 'author_unproven');
    }),
  );
  return verdicts;
}
