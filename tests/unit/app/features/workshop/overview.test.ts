import { describe, expect, it } from 'vitest';
import { workshopCounts } from '../../../../../src/app/features/workshop/overview.ts';
import type { Participant, Practice } from '../../../../../src/shared/schemas/records.ts';

describe('workshop counts', () => {
  it('counts records and breaks them down by gender and status, and totals the notes counted by kind', () => {
    const p = (gender: Participant['gender']) => ({ gender }) as Participant;
    const pr = (status: Practice['status']) => ({ status }) as Practice;
    const c = workshopCounts({
      organisations: [{}, {}] as never,
      participants: [p('female'), p('female'), p('male'), p('')],
      agenda: [{}, {}, {}] as never,
      notesByKind: { approach: 2, challenge: 0, result: 0, lesson: 0, question: 0, quote: 1 },
      practices: [pr('reviewed'), pr('draft')],
    });
    expect(c).toMatchObject({ organisations: 2, participants: 4, sessions: 3, notes: 3, practices: 2 });
    expect(c.byGender).toEqual({ '': 1, female: 2, male: 1, other: 0, undisclosed: 0 });
    expect(c.notesByKind).toEqual({ approach: 2, challenge: 0, result: 0, lesson: 0, question: 0, quote: 1 });
    expect(c.practicesByStatus).toEqual({ draft: 1, reviewed: 1, compendium: 0 });
  });
});
