import { encodeHlc } from '../../../src/shared/hlc.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { deviceIdOf } from '../../support/test-devices.ts';
import { workshopFields } from '../../support/workshop-fields.ts';

export { authorEntry, deviceIdOf, signedBy, syncInit, syncRequest, testDevice } from '../../support/test-devices.ts';

let seq = 0;
/** A mutation as a device would push it. */
/** A mutation as a device would push it; `device` is a test device's name (see tests/support/test-devices.ts). */
export function mutation(over: Partial<Mutation> & Pick<Mutation, 'kind' | 'recordId' | 'scope' | 'patch'>, wall = Date.UTC(2026, 2, 10), device = 'deviceA'): Mutation {
  const id = deviceIdOf(device);
  return { mutationId: uuidv7(), deviceId: id, seq: ++seq, op: 'upsert', hlc: encodeHlc({ wall, count: seq % 1000, node: id }), ...over };
}

export const workshopPatch = (id: string, title = 'Social protection') => ({
  workshopId: id,
  ...workshopFields(title, { theme: 'social-protection', country: 'SN', status: 'planned' }),
});

export const notePatch = (workshopId: string, text: string) => ({ workshopId, kind: 'lesson', text, capacities: [] });
