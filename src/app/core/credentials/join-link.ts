import { randomBase32 } from '../../../shared/identity/base32.ts';
import { JOIN_TOKEN_LENGTH, JOIN_TOKEN_SOURCE } from '../../../shared/identity/join-credential.ts';
import { UUID_V7_SOURCE } from '../../../shared/ids.ts';
import { webSha256Hex } from '../../../shared/identity/bytes.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { SYSTEM_FIELDS, type EditableOf } from '../../../shared/schemas/kinds.ts';
import type { LocalStore } from '../db/store.ts';
import { forgetRejected, rejectedChanges } from '../db/sync-state.ts';
import { getSetting, setSetting } from '../db/settings.ts';
import { isParticipantOnly } from './participant.ts';

const newToken = (): string => randomBase32(JOIN_TOKEN_LENGTH);

export const canInvite = () => typeof crypto !== 'undefined' && Boolean(crypto.subtle);

/**
 * The participants' join token of a workshop: kept on this device only; its hash travels on the
 * workshop record so the server can check it. `rotate` makes a new one and retires the old.
 */
export async function joinToken(store: LocalStore, workshop: Workshop, rotate = false, alsoSend: Partial<EditableOf<'workshop'>> = {}): Promise<string> {
  const key = `join:${workshop.id}`;
  let token = rotate ? undefined : await getSetting(store.db, key);
  if (!token) {
    token = newToken();
    await setSetting(store.db, key, token);
  }
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
  await joinToken(store, workshop, true, again);
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

/** A device that joined as a participant syncs with join links instead of a key of its own. */
export async function isParticipantDevice(store: LocalStore): Promise<boolean> {
  return isParticipantOnly(store.db);
}
