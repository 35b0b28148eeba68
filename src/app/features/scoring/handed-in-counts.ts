import { creatorOf } from '../../../shared/hlc.ts';
import type { Assessment, Organisation } from '../../../shared/schemas/records.ts';
import type { HandedPath } from '../../core/db/arrivals.ts';

/** How an assessment reached this device: made here, synced from the server, scanned from a phone, or from a file. */
export type ArrivalPath = 'here' | 'synced' | HandedPath;
export const ARRIVAL_PATHS = ['synced', 'scan', 'file', 'here'] as const satisfies readonly ArrivalPath[];

export interface HandedInRow {
  organisationId: string;
  name: string;
  counts: Record<ArrivalPath, number>;
  total: number;
}

/**
 * Per organisation, the assessments on this device by the path they came: those this device made
 * (handed round), those a scan or a file brought, and the rest, which came by sync.
 */
export function handedInCounts(
  assessments: readonly Assessment[],
  organisations: readonly Organisation[],
  handed: ReadonlyMap<string, HandedPath>,
  deviceId: string,
  name: (o: Organisation) => string,
): HandedInRow[] {
  const rows = new Map(organisations.map((o) => [o.id, { organisationId: o.id, name: name(o), counts: { here: 0, synced: 0, scan: 0, file: 0 }, total: 0 } satisfies HandedInRow]));
  for (const a of assessments) {
    const row = rows.get(a.organisationId);
    if (!row) continue;
    const path: ArrivalPath = handed.get(a.id) ?? (creatorOf(a) === deviceId ? 'here' : 'synced');
    row.counts[path]++;
    row.total++;
  }
  return [...rows.values()];
}
