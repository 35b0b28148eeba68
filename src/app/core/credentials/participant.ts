import { createContext, useContext, type Accessor } from 'solid-js';
import { parseJoinCredential } from '../../../shared/identity/join-credential.ts';
import { ACCESS_KEY, JOINED } from './credentials.ts';
import type { AppDb } from '../db/db.ts';
import { getSetting } from '../db/settings.ts';
import { live } from '../db/live-query.ts';

/** Whether this device takes part only by join links (a participant's phone), not with a key of its own. */
export async function isParticipantOnly(db: AppDb): Promise<boolean> {
  const key = await getSetting(db, ACCESS_KEY);
  if (key) return parseJoinCredential(key) !== undefined;
  return (await db.meta.where('key').startsWith(`setting:${JOINED}`).count()) > 0;
}

/**
 * Whether this device is a participant's phone, as the app shell keeps it (undefined until read;
 * the shell shows no screen before it knows).
 */
export const ParticipantDevice = createContext<Accessor<boolean | undefined>>();

/**
 * Whether this device is a participant's phone: the shell's answer, known when a screen is made;
 * read from the database where no shell gives it (undefined until read).
 */
export function useParticipantDevice(db: AppDb): Accessor<boolean | undefined> {
  return useContext(ParticipantDevice) ?? live(() => isParticipantOnly(db));
}
