import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseState, stateText } from '../../../src/server/store/state-text.ts';
import { encodeHlc } from '../../../src/shared/hlc.ts';
import { applyMutation, emptyState, type RecordState } from '../../../src/shared/sync/merge.ts';

const devices = ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'cccccccccccccccccccccccccccccccc'];
const fields = ['title', 'text', 'value', 'comment', 'deleted', 'stamp', 'devices', 'fields'];

/** A record's state after a few writes by a few devices, as the merge leaves it. */
const stateAfterWrites = fc
  .array(
    fc.record({
      device: fc.constantFrom(...devices),
      wall: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
      patch: fc.dictionary(fc.constantFrom(...fields), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { minKeys: 1 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((writes) =>
    writes.reduce<RecordState>(
      (state, w, i) => applyMutation(state, { op: 'upsert', patch: w.patch, hlc: encodeHlc({ wall: w.wall, count: i, node: w.device }), deviceId: w.device }).next,
      emptyState(),
    ),
  );

describe('the merge state as the server stores it', () => {
  it('reads back exactly what was written, whoever wrote which field', () => {
    fc.assert(
      fc.property(stateAfterWrites, (state) => {
        expect(parseState(stateText(state))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a record of one change with its stamp and device once', () => {
    const { next } = applyMutation(undefined, {
      op: 'upsert',
      patch: { title: 'A', text: 'B', value: 3 },
      hlc: encodeHlc({ wall: 1_790_000_000_000, count: 0, node: devices[0]! }),
      deviceId: devices[0]!,
    });
    const text = stateText(next);
    expect(JSON.parse(text)).toEqual({ fields: { title: 'A', text: 'B', value: 3 }, stamp: next.stamps.title, device: devices[0] });
    expect(text.length).toBeLessThan(JSON.stringify(next).length / 2);
  });

  it('reads states stored before in their full form, and writes the full form where fields and stamps do not match', () => {
    const full: RecordState = { fields: { a: 1, b: 2 }, stamps: { a: 's1', b: 's2' }, devices: { a: 'd1', b: 'd1' } };
    expect(parseState(JSON.stringify(full))).toEqual(full);
    const odd: RecordState = { fields: { a: 1 }, stamps: { a: 's1', b: 's2' }, devices: { a: 'd1', b: 'd2' } };
    expect(JSON.parse(stateText(odd))).toEqual(odd);
    expect(parseState(stateText(emptyState()))).toEqual(emptyState());
  });
});
