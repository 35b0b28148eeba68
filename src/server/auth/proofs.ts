import { timingSafeEqual, type KeyObject } from 'node:crypto';
import { decodeHlc } from '../../shared/hlc.ts';
import { bindingText, macText, mutationSigningText, requestSigningText } from '../../shared/identity/device-proof.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { Author, SyncRequest } from '../../shared/sync/protocol.ts';
import type { RejectionCode } from '../../shared/sync/rejections.ts';
import type { ServerStore } from '../store/types.ts';
import { accessFor, type Access, type StoredCredential } from './access.ts';
import { deviceKey, signatureVerifies } from './device-signature.ts';

/** Whether the request body was signed by the device it names, with the key its id hashes. */
export function senderIsProven(text: string, signature: string | undefined, req: Pick<SyncRequest, 'deviceId' | 'deviceKey'>): boolean {
  if (!signature) return false;
  const sender = deviceKey(req.deviceKey);
  return sender !== undefined && sender.id === req.deviceId && signatureVerifies(sender.key, signature, requestSigningText(text));
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
  key: KeyObject;
  access: Access;
}

/** Each named author whose key hashes to its id and whose binding proves an active credential, with that credential's access. */
async function provenAuthors(store: ServerStore, req: SyncRequest): Promise<Map<string, ProvenAuthor>> {
  const relayed = new Set(req.mutations.map((m) => m.deviceId).filter((d) => d !== req.deviceId));
  const out = new Map<string, ProvenAuthor>();
  for (const [deviceId, author] of Object.entries(req.authors ?? {})) {
    const proven = relayed.has(deviceId) ? deviceKey(author.key) : undefined;
    if (proven?.id !== deviceId) continue;
    const credential = await boundCredential(store, deviceId, author);
    const access = credential && (await accessFor(store, credential));
    if (access) out.set(deviceId, { key: proven.key, access: access(deviceId) });
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
  for (const m of req.mutations) {
    if (decodeHlc(m.hlc).node !== m.deviceId) verdicts.set(m, 'stamp_not_writer');
    else if (m.deviceId === req.deviceId) verdicts.set(m, sender);
    else {
      const author = authors.get(m.deviceId);
      const signed = author !== undefined && m.sig !== undefined && signatureVerifies(author.key, m.sig, mutationSigningText(m));
      verdicts.set(m, signed ? author.access : 'author_unproven');
    }
  }
  return verdicts;
}
