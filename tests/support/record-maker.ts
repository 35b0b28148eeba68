import type { Organisation, Workshop } from '../../src/shared/schemas/records.ts';
import { workshopFields } from './workshop-fields.ts';

/**
 * Whole records as a pure test makes them, with no device: ids and clock stamps in sequence, so
 * a record made later sorts later. `sys(n)` stamps a record at step `n` (the current step by
 * default); `next()` is the step the next record will take; `nextId()` an id alone.
 */
export function recordMaker() {
  let seq = 0;
  const stamp = (n: number) => `00176400000${String(n).padStart(4, '0')}-000000-d`;
  const nextId = () => `0190a000-0000-7000-8000-${String(++seq).padStart(12, '0')}`;
  const sys = (n = seq) => ({ id: nextId(), createdAt: stamp(n), updatedAt: stamp(n), deviceId: 'd', deleted: false });
  const workshop = (title: string, startDate: string, extra: Partial<Workshop> = {}): Workshop => {
    const base = sys();
    return { ...base, workshopId: base.id, ...workshopFields(title, { theme: 'social-protection', startDate, country: 'SN', status: 'closed' }), ...extra };
  };
  const org = (w: Workshop, acronym: string, name: string, country = 'SN'): Organisation => ({ ...sys(), workshopId: w.id, acronym, name, country, kind: 'national-centre', partnerRole: 'receiving' });
  return { nextId, sys, workshop, org, next: () => seq + 1 };
}
