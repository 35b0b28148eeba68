import { isRejectionCode, type RejectionCode } from '../../../shared/sync/rejections.ts';
import type { RecordKind } from '../../../shared/schemas/kinds.ts';
import type { RefusedGroup } from './RefusedChanges.tsx';
import type { RejectedChange } from '../../core/db/sync-state.ts';

/**
 * Refused changes grouped by reason, in the order the reasons first appear; a code this build does
 * not know (a newer server) reads as "no reason given". Invitations to make anew are those of the
 * workshops whose record was refused for `join_token_taken` and are still on this device.
 */
export function groupRefused(entries: readonly RejectedChange[], titleOf: (workshopId: string) => string | undefined): RefusedGroup[] {
  const groups = new Map<RejectionCode | 'unknown', { count: number; kinds: Set<RecordKind>; workshops: Set<string> }>();
  for (const { mutation, code } of entries) {
    const key = isRejectionCode(code) ? code : 'unknown';
    const g = groups.get(key) ?? { count: 0, kinds: new Set<RecordKind>(), workshops: new Set<string>() };
    groups.set(key, g);
    g.count++;
    g.kinds.add(mutation.kind);
    if (key === 'join_token_taken' && mutation.kind === 'workshop') g.workshops.add(mutation.recordId);
  }
  return [...groups].map(([code, g]) => ({
    code,
    count: g.count,
    kinds: [...g.kinds],
    invitations: [...g.workshops].flatMap((workshopId) => {
      const title = titleOf(workshopId);
      return title === undefined ? [] : [{ workshopId, title }];
    }),
  }));
}
