// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'solid-js/web';
import { AnalysisTable } from '../../../../../src/app/features/analysis/AnalysisTable.tsx';
import { agreedRowsFor } from '../../../../../src/app/features/analysis/agreed-view.ts';
import { WHOLE_WORKSHOP } from '../../../../../src/app/features/analysis/analysis-view.ts';
import { analyseProfile, type ScoredAssessment } from '../../../../../src/shared/framework/analysis.ts';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import type { AgreedEntry } from '../../../../../src/shared/framework/agreed.ts';

const scored: ScoredAssessment[] = [
  {
    id: '1',
    organisationId: 'A',
    round: 'baseline',
    answers: new Map([
      ['autonomy', 3],
      ['coherence', 3],
    ]),
  },
  {
    id: '2',
    organisationId: 'A',
    round: 'baseline',
    answers: new Map([
      ['autonomy', 4],
      ['coherence', 4],
    ]),
  },
];
const analysis = analyseProfile(DEFAULT_TUOC, scored);
const entry = (itemId: string, value: number | null, justification: string): AgreedEntry => ({ organisationId: 'A', itemId, round: 'baseline', value, justification });

function mount(agreed: ReturnType<typeof agreedRowsFor>) {
  const root = document.createElement('div');
  document.body.append(root);
  const dispose = render(() => <AnalysisTable caption="Scores" analysis={analysis} itemLabel={(id) => id} groupLabel={(id) => id} agreed={agreed} justificationsTitle="Why" />, root);
  const cells = (itemId: string) => [...root.querySelectorAll(`tr[data-item="${itemId}"] td`)].map((td) => td.textContent);
  return { root, dispose, cells };
}

describe('agreed scores in the analysis table', () => {
  it('shows the agreed score beside mean and spread, flags the one more than a point away, and gives the reasons as text', () => {
    const rows = agreedRowsFor(
      [entry('autonomy', 5, 'Congress set its own budget'), entry('coherence', 4, ''), entry('sustainability', null, 'Two views')],
      { organisationId: 'A', round: 'baseline' },
      analysis,
    );
    const { root, dispose, cells } = mount(rows);
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toContain('Agreed');
    // n, mean, median, sd, agreed, range, don't know
    expect(cells('autonomy')).toEqual(['2', '3.5', '3.5', '0.71', '5 ⚠ Differs by more than a point', '3–4', '0']);
    expect(cells('coherence')[4]).toBe('4');
    expect(cells('sustainability')[4]).toBe('Could not agree');
    expect(cells('democratic-ownership')[4]).toBe('—none recorded');
    expect(root.querySelector('tr[data-item="autonomy"]')!.classList.contains('table__row--differs')).toBe(true);
    expect(root.querySelector('[data-testid="agreed-differing"]')!.textContent).toBe('1 item where the agreed score differs from the mean by more than a point');
    const why = root.querySelector('section[aria-label="Why"]')!;
    expect([...why.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(['Justification: Congress set its own budget', 'Justification: Two views']);
    dispose();
  });

  it('has no agreed column until the group records something, nor for all organisations together', () => {
    const none = mount(agreedRowsFor([], { organisationId: 'A', round: 'baseline' }, analysis));
    expect([...none.root.querySelectorAll('thead th')].map((th) => th.textContent)).not.toContain('Agreed');
    expect(none.cells('autonomy')).toHaveLength(6);
    none.dispose();
    expect(agreedRowsFor([entry('autonomy', 5, '')], { organisationId: WHOLE_WORKSHOP, round: 'baseline' }, analysis)).toBeUndefined();
  });
});
