import type { Workshop } from '../../shared/schemas/records.ts';
import type { LocalStore } from '../storage/store.ts';
import { getSetting, setSetting } from '../storage/sync-state.ts';
import { ACCESS_KEY } from '../sync/engine.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
export const JOIN_PREFIX = 'wcj_';

/** 32 base-32 characters: 160 random bits. */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const canInvite = () => typeof crypto !== 'undefined' && Boolean(crypto.subtle);

/**
 * The participants' join token of a workshop: kept on this device only; its hash travels on the
 * workshop record so the server can check it. `rotate` makes a new one and retires the old.
 */
export async function joinToken(store: LocalStore, workshop: Workshop, rotate = false): Promise<string> {
  const key = `join:${workshop.id}`;
  let token = rotate ? undefined : await getSetting(store.db, key);
  if (!token) {
    token = newToken();
    await setSetting(store.db, key, token);
  }
  const hash = await sha256Hex(token);
  if (workshop.joinTokenHash !== hash) await store.repos.workshop.update(workshop.id, { joinTokenHash: hash });
  return token;
}

export const joinLink = (workshopId: string, token: string) => `${location.origin}/join#${workshopId}.${token}`;

/** `#<workshop id>.<token>` from a join link. */
export function parseJoinHash(hash: string): { workshopId: string; token: string } | undefined {
  const m = /^#([0-9a-f-]{36})\.([a-z2-7]{26,64})$/.exec(hash);
  return m ? { workshopId: m[1]!, token: m[2]! } : undefined;
}

/** A device that joined as a participant syncs with a join token instead of a key. */
export async function isParticipantDevice(store: LocalStore): Promise<boolean> {
  return (await getSetting(store.db, ACCESS_KEY))?.startsWith(JOIN_PREFIX) ?? false;
}
