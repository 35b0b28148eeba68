import { describe, expect, it } from 'vitest';
import { agreedToDraft, agreedWrite, COULD_NOT_AGREE, draftValue } from '../../../../../src/app/features/analysis/agreed-draft.ts';

const d = (value: string, justification = '') => ({ value, justification });

describe('an agreed score’s form', () => {
  it('reads a record: a score, "could not agree", or nothing recorded', () => {
    expect(agreedToDraft({ value: 4, justification: 'Minutes of the congress' })).toEqual(d('4', 'Minutes of the congress'));
    expect(agreedToDraft({ value: null, justification: '' })).toEqual(d(COULD_NOT_AGREE));
    expect(agreedToDraft(undefined)).toEqual(d(''));
    expect([draftValue(''), draftValue(COULD_NOT_AGREE), draftValue('3')]).toEqual([undefined, null, 3]);
  });

  it('writes the whole record when the item has none yet', () => {
    expect(agreedWrite(d('5', ' Two strikes won '), d(''), false)).toEqual({ kind: 'put', fields: { value: 5, justification: 'Two strikes won' } });
    expect(agreedWrite(d(COULD_NOT_AGREE), d(''), false)).toEqual({ kind: 'put', fields: { value: null, justification: '' } });
  });

  it('writes only what changed on an item already recorded, so another tablet’s edit of the other field survives', () => {
    expect(agreedWrite(d('3', 'Same words'), d('4', 'Same words'), true)).toEqual({ kind: 'put', fields: { value: 3 } });
    expect(agreedWrite(d('4', 'New words'), d('4', 'Old words'), true)).toEqual({ kind: 'put', fields: { justification: 'New words' } });
    expect(agreedWrite(d('4', 'Old words'), d('4', 'Old words'), true)).toEqual({ kind: 'nothing' });
  });

  it('asks for a score rather than drop a justification typed without one', () => {
    expect(agreedWrite(d('', 'Evidence'), d(''), false)).toEqual({ kind: 'needsValue' });
    expect(agreedWrite(d('', 'Evidence'), d('4', 'Evidence'), true)).toEqual({ kind: 'needsValue' });
  });

  it('emptied entirely, removes a recorded item; on an unrecorded one does nothing', () => {
    expect(agreedWrite(d('', '  '), d('4', 'x'), true)).toEqual({ kind: 'remove' });
    expect(agreedWrite(d(''), d(''), false)).toEqual({ kind: 'nothing' });
  });
});
