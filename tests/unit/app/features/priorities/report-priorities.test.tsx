// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@solidjs/testing-library';
import { ReportPriorities } from '../../../../../src/app/features/report/ReportPriorities.tsx';
import type { ActionItem, Organisation, SwotEntry } from '../../../../../src/shared/schemas/records.ts';

const base = (id: string) => ({ id, createdAt: `stamp-${id}`, updatedAt: `stamp-${id}`, deviceId: 'tablet', deleted: false, workshopId: 'w1' });
const org: Organisation = { ...base('o1'), name: 'Confédération nationale des travailleurs', acronym: 'CNTL', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' };
const swot = (id: string, text: string, over: Partial<SwotEntry> = {}): SwotEntry => ({ ...base(id), quadrant: 'strength', organisationId: 'o1', text, ...over });
const action = (id: string, text: string, status: ActionItem['status']): ActionItem => ({
  ...base(id),
  organisationId: 'o1',
  itemId: 'autonomy',
  action: text,
  who: '',
  due: '',
  indicator: '',
  status,
});

describe('the printed SWOT and plan', () => {
  afterEach(cleanup);

  it('shows the board’s words, groups and ideas, each merged card once under the card it joined, and no drafts in the plan', () => {
    render(() => (
      <ReportPriorities
        organisations={[org]}
        itemLabel={(id) => id}
        swot={[
          swot('a', 'we have many memebrs', { wording: 'Large membership', group: 'Members' }),
          swot('b', 'Dues by mobile money'),
          swot('c', 'M-Pesa for dues', { mergedInto: 'b' }),
          swot('d', 'Organise riders', { quadrant: 'idea' }),
        ]}
        actions={[action('x', 'Open a dues account', 'planned'), action('y', 'A delegation’s draft', 'proposed')]}
      />
    ));
    const text = document.body.textContent ?? '';
    expect(text).toContain('Large membership');
    expect(text).not.toContain('we have many memebrs');
    expect(text).toContain('Group: Members');
    expect(text).toContain('Ideas for priorities');
    expect(text).toContain('Organise riders');
    expect(text.split('M-Pesa for dues')).toHaveLength(2);
    expect(text).toContain('Merged: M-Pesa for dues');
    expect(screen.getByRole('table', { name: 'CNTL' }).textContent).toContain('Open a dues account');
    expect(text).not.toContain('A delegation’s draft');
  });
});
