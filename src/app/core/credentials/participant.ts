import { parseJoinCredential } from '../../../shared/identity/join-credential.ts';
import { ACCESS_KEY, JOINED } from './credentials.ts';
import type { AppDb } from '../db/db.ts';
import { getSetting } from '../db/settings.ts';

/** Whether this device takes part only by join links (a participant's phone), not with a key of its own. */
export async function isParticipantOnly(db: AppDb): Promise<boolean> {
  const key = await getSetting(db, ACCESS_KEY);
  if (key) return parseJoinCredential(key) !== undefined;
  return (await db.meta.where('key').startsWith(`setting:${JOINED}`).count()) > 0;
}
