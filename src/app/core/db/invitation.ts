import type { AppDb } from './db.ts';
import { rejectedMutations } from './sync-state.ts';

/**
 * Whether the server has this workshop's current join token: no change that sets it waits in the
 * outbox, and none was refused. Until then, a phone that opens the link hears "not here yet".
 */
export async function invitationSent(db: AppDb, workshopId: string): Promise<boolean> {
  const setsToken = (m: { kind: string; recordId: string; patch: Record<string, unknown> }) => m.kind === 'workshop' && m.recordId === workshopId && 'joinTokenHash' in m.patch;
  const waiting = await db.outbox.where('recordId').equals(workshopId).filter(setsToken).count();
  if (waiting > 0) return false;
  return !(await rejectedMutations(db)).some(setsToken);
}
