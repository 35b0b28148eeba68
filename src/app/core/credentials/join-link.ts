import { randomBase32 } from '../../../shared/identity/base32.ts';
import { JOIN_TOKEN_LENGTH, JOIN_TOKEN_SOURCE } from '../../../shared/identity/join-credential.ts';
import { UUID_V7_SOURCE } from '../../../shared/ids.ts';
import { webSha256Hex } from '../../../shared/identity/bytes.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { SYSTEM_FIELDS, type EditableOf } from '../../../shared/schemas/kinds.ts';
import type { LocalStore } from '../db/store.ts';
import { forgetRejected, rejectedChanges } from '../db/sync-state.ts';
import { getSetting, setSetting } from '../db/settings.ts';

const newToken = (): string => randomBase32(JOIN_TOKEN_LENGTH);

export const canInvite = () => typeof crypto !== 'undefined' && Boolean(crypto.subtle);

/** The invitation a facilitator's device shows: the token it holds, or word that another device made the workshop's current one. */
export type Invitation = { token: string } | { elsewhere: true };

const tokenKey = (workshopId: string) => `join:${workshopId}`;

/**
 * The participants' join token of a workshop: kept on the device that made it only; its hash travels
 * on the workshop record so the server can check it, and the server keeps one per workshop. Only a
 * workshop with no invitation yet gets one by itself: when the record carries a hash this device
 * does not hold (a co-facilitator's device, the same key's other tablet), writing one of its own
 * would retire the phones' link, and the other device would write its own back, each undoing the other.
 */
export async function invitation(store: LocalStore, workshop: Workshop): Promise<Invitation> {
  const held = await getSetting(store.db, tokenKey(workshop.id));
  if (held && workshop.joinTokenHash === (await webSha256Hex(held))) return { token: held };
  if (workshop.joinTokenHash) return { elsewhere: true };
  return { token: await writeToken(store, workshop, held ?? newToken()) };
}

/** A new token for the workshop, asked for by a person: it retires the old one on the server. */
export async function newInvitation(store: LocalStore, workshop: Workshop, alsoSend: Partial<EditableOf<'workshop'>> = {}): Promise<string> {
  return writeToken(store, workshop, newToken(), alsoSend);
}

async function writeToken(store: LocalStore, workshop: Workshop, token: string, alsoSend: Partial<EditableOf<'workshop'>> = {}): Promise<string> {
  await setSetting(store.db, tokenKey(workshop.id), token);
  const hash = await webSha256Hex(token);
  if (workshop.joinTokenHash !== hash) await store.repos.workshop.update(workshop.id, { ...alsoSend, joinTokenHash: hash });
  return token;
}

/**
 * The way out of `join_token_taken`: a new invitation for the workshop. The refused changes of the
 * workshop record never reached the server, so what they wrote goes again (as it stands on this
 * device now) in the same change as the new code; they then leave the list of refused changes.
 * Only their fields go: sending the whole record would overwrite edits made meanwhile elsewhere.
 */
export async function reissueInvitation(store: LocalStore, workshopId: string): Promise<void> {
  const workshop = await store.repos.workshop.get(workshopId);
  if (!workshop) return;
  const refused = (await rejectedChanges(store.db)).filter((r) => r.code === 'join_token_taken' && r.mutation.kind === 'workshop' && r.mutation.recordId === workshopId);
  const fields = new Set(refused.flatMap((r) => Object.keys(r.mutation.patch)));
  const system: ReadonlySet<string> = new Set(SYSTEM_FIELDS);
  const record = workshop as Record<string, unknown>;
  const again = Object.fromEntries([...fields].filter((f) => !system.has(f) && f !== 'joinTokenHash' && record[f] !== undefined).map((f) => [f, record[f]])) as Partial<EditableOf<'workshop'>>;
  await newInvitation(store, workshop, again);
  const ids = new Set(refused.map((r) => r.mutation.mutationId));
  await forgetRejected(store.db, (r) => !ids.has(r.mutation.mutationId));
}

/**
 * The link (and QR code) that joins a workshop: its id and token, and, when given, the offer a
 * phone needs to join and score with no network (see features/join/join-offer.ts).
 */
export const joinLink = (workshopId: string, token: string, offer?: string) => `${location.origin}/join#${workshopId}.${token}${offer ? `.${offer}` : ''}`;

const JOIN_HASH = new RegExp(`^#(${UUID_V7_SOURCE})\\.(${JOIN_TOKEN_SOURCE})(?:\\.([A-Za-z0-9_-]{1,8000}))?$`);

/** `#<workshop id>.<token>[.<offer>]` from a join link. */
export function parseJoinHash(hash: string): { workshopId: string; token: string; offer?: string } | undefined {
  const m = JOIN_HASH.exec(hash);
  return m ? { workshopId: m[1]!, token: m[2]!, ...(m[3] ? { offer: m[3] } : {}) } : undefined;
}
