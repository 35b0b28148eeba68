// What a load-test device pushes: its workshop (on the scope its key commits to) and then notes,
// one device's batch as the sync and push-cpu benchmarks both send it.
import { encodeHlc } from '../src/shared/hlc.ts';
import { committedScopeId } from '../src/shared/identity/scope-commitment.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import type { Mutation } from '../src/shared/schemas/mutation.ts';
import { testDevice } from '../tests/support/test-devices.ts';
import { workshopFields } from '../tests/support/workshop-fields.ts';

/** Device number `d`'s batch of `count` changes: a workshop, then notes in it. */
export function loadDeviceMutations(name: string, d: number, count: number): Mutation[] {
  const deviceId = testDevice(name).id;
  const w = committedScopeId(deviceId);
  return Array.from({ length: count }, (_, i): Mutation => ({
    mutationId: uuidv7(),
    deviceId,
    seq: i + 1,
    kind: i === 0 ? 'workshop' : 'note',
    recordId: i === 0 ? w : uuidv7(),
    scope: w,
    op: 'upsert',
    hlc: encodeHlc({ wall: Date.now(), count: i, node: deviceId }),
    patch: i === 0 ? { workshopId: w, ...workshopFields(`Workshop ${d}`) } : { workshopId: w, kind: 'lesson', text: `note ${i} from device ${d}`, capacities: [] },
  }));
}
