import { decodeHlc } from '../../../shared/hlc.ts';
import { bindingText, deviceIdForKeyAsync, importPublicKey, macText, mutationSigningText, verifyText } from '../../../shared/identity/device-proof.ts';
import { kindsWhere } from '../../../shared/schemas/kind-rules.ts';
import type { Mutation } from '../../../shared/schemas/mutation.ts';
import { pendingFileSchema, type PendingFile } from '../../../shared/sync/pending-file.ts';
import type { Author } from '../../../shared/sync/protocol.ts';

/** Why answers handed over are not taken in: each has its sentence (`handover.refused.<reason>`). */
export type RefusalReason = 'notAnswers' | 'empty' | 'otherWorkshop' | 'altered' | 'oldInvitation';
export type AnswersVerdict = { ok: true; file: PendingFile } | { ok: false; reason: RefusalReason };

/** What a participant's phone may write, and so hand over. */
const PARTICIPANT_KINDS: ReadonlySet<string> = new Set(kindsWhere((a) => a.writers === 'participant'));

/**
 * Check answers a phone handed over (scanned or from a file) before anything of them is stored:
 * every change belongs to this workshop, is of a kind a participant writes, and is signed by its
 * author, whose key hashes to its id and who is bound to this workshop's join link (checked
 * against the link's hash when this device holds it). The server checks the same again; this
 * check keeps a forged or altered code off the tablet's screen in the meantime.
 */
export async function checkHandedAnswers(json: unknown, workshopId: string, joinTokenHash: string | undefined): Promise<AnswersVerdict> {
  const parsed = pendingFileSchema().safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'notAnswers' };
  const file = parsed.data;
  if (file.mutations.length === 0) return { ok: false, reason: 'empty' };
  if (file.mutations.some((m) => m.scope !== workshopId)) return { ok: false, reason: 'otherWorkshop' };
  if (file.mutations.some((m) => !PARTICIPANT_KINDS.has(m.kind))) return { ok: false, reason: 'altered' };
  const authors = file.authors ?? {};
  const proven = new Map<string, Promise<CryptoKey | undefined>>();
  for (const m of file.mutations) {
    const author = authors[m.deviceId];
    if (!author) return { ok: false, reason: 'altered' };
    if (author.credential.kind !== 'join' || author.credential.workshopId !== workshopId) return { ok: false, reason: 'otherWorkshop' };
    let key = proven.get(m.deviceId);
    if (!key) proven.set(m.deviceId, (key = provenKey(m.deviceId, author)));
    if (!(await signedBy(await key, m))) return { ok: false, reason: 'altered' };
  }
  if (joinTokenHash) {
    for (const [deviceId, author] of Object.entries(authors)) {
      if (!proven.has(deviceId)) continue;
      if ((await macText(joinTokenHash, bindingText(deviceId))) !== author.mac) return { ok: false, reason: 'oldInvitation' };
    }
  }
  return { ok: true, file };
}

/** The author's public key, when it hashes to the id the changes name. */
async function provenKey(deviceId: string, author: Author): Promise<CryptoKey | undefined> {
  return (await deviceIdForKeyAsync(author.key)) === deviceId ? importPublicKey(author.key) : undefined;
}

async function signedBy(key: CryptoKey | undefined, m: Mutation): Promise<boolean> {
  if (!key || !m.sig) return false;
  // A change's stamp names its writer, as the server requires.
  if (decodeHlc(m.hlc).node !== m.deviceId) return false;
  return verifyText(key, m.sig, mutationSigningText(m));
}
