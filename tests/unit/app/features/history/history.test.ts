import { describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import { frameworkItems, type FrameworkDocument } from '../../../../../src/shared/framework/schema.ts';
import type { ActionItem, Assessment, Organisation, Score, Workshop } from '../../../../../src/shared/schemas/records.ts';
import type { AgreedScore } from '../../../../../src/shared/schemas/room-records.ts';
import { recordMaker } from '../../../../support/record-maker.ts';
import { organisationHistory, type FrameworkOf, type HistorySource } from '../../../../../src/app/features/history/history.ts';

const { sys, workshop, org, next } = recordMaker();
const TUOC_ITEMS = frameworkItems(DEFAULT_TUOC).map((i) => i.id);

/** A submitted assessment answering `values` (item id → value), made at stamp `at`. */
function assessed(w: Workshop, o: Organisation, round: string, values: Record<string, number | null>, framework: Pick<FrameworkDocument, 'id' | 'version'> = DEFAULT_TUOC, at = next()) {
  const assessment: Assessment = { ...sys(at), workshopId: w.id, organisationId: o.id, frameworkId: framework.id, frameworkVersion: framework.version, round, submitted: true };
  const scores: Score[] = Object.entries(values).map(([itemId, value]) => ({ ...sys(at), workshopId: w.id, assessmentId: assessment.id, itemId, value, comment: '' }));
  return { assessment, scores };
}
const every = (value: number) => Object.fromEntries(TUOC_ITEMS.map((id) => [id, value]));
const agreedScore = (w: Workshop, o: Organisation, round: string, itemId: string, value: number | null): AgreedScore => ({
  ...sys(),
  workshopId: w.id,
  organisationId: o.id,
  itemId,
  round,
  value,
  justification: '',
});

function source(parts: { workshops: Workshop[]; organisations: Organisation[]; scored: ReturnType<typeof assessed>[]; agreed?: AgreedScore[]; actions?: ActionItem[] }): HistorySource {
  return {
    workshops: parts.workshops,
    organisations: parts.organisations,
    assessments: parts.scored.map((s) => s.assessment),
    scores: parts.scored.flatMap((s) => s.scores),
    agreedScores: parts.agreed ?? [],
    actions: parts.actions ?? [],
  };
}

const documents =
  (...docs: FrameworkDocument[]): FrameworkOf =>
  (_w, answered) =>
    docs.find((d) => d.id === answered?.frameworkId && d.version === answered.frameworkVersion) ?? DEFAULT_TUOC;

describe('an organisation’s history', () => {
  it('orders rounds by date across workshops, with each capacity’s mean and its change from the baseline', () => {
    const followUp = workshop('Social protection — follow-up', '2027-06-01');
    const baseline = workshop('Social protection', '2026-06-01');
    const [a, b] = [org(baseline, 'CNTL', 'Confédération nationale'), org(followUp, 'CNTL', 'Confédération nationale')];
    const h = organisationHistory(
      source({
        // Records listed newest first: the order comes from the workshops' dates.
        workshops: [followUp, baseline],
        organisations: [b, a],
        scored: [assessed(followUp, b, 'follow-up', every(4)), assessed(baseline, a, 'baseline', every(2)), assessed(baseline, a, 'baseline', every(3))],
      }),
      a,
      documents(),
    );
    expect(h.rounds.map((r) => [r.round, r.year, r.respondents])).toEqual([
      ['baseline', '2026', 2],
      ['follow-up', '2027', 1],
    ]);
    expect(h.rounds.map((r) => r.overall)).toEqual([2.5, 4]);
    const bargaining = h.capacities.find((c) => c.itemId === 'collective-bargaining')!;
    expect(bargaining.cells.map((c) => c?.mean)).toEqual([2.5, 4]);
    expect(bargaining.cells.map((c) => c?.n)).toEqual([2, 1]);
    expect(bargaining.change).toBe(1.5);
    expect(bargaining.inEveryRound).toBe(true);
    expect(h.capacities.map((c) => c.itemId)).toEqual(TUOC_ITEMS);
    expect(h.organisation.id).toBe(b.id);
  });

  it('keeps two rounds of one workshop apart, in the order they started, and leaves unsubmitted answers out', () => {
    const w = workshop('Youth', '2026-03-01');
    const o = org(w, 'NUSF', 'National Union');
    const late = assessed(w, o, 'follow-up', every(5), DEFAULT_TUOC, 50);
    const early = assessed(w, o, 'baseline', every(1), DEFAULT_TUOC, 10);
    const draft = assessed(w, o, 'baseline', every(5), DEFAULT_TUOC, 11);
    draft.assessment.submitted = false;
    const h = organisationHistory(source({ workshops: [w], organisations: [o], scored: [late, early, draft] }), o, documents());
    expect(h.rounds.map((r) => r.round)).toEqual(['baseline', 'follow-up']);
    expect(h.capacities[0]!.cells.map((c) => c?.mean)).toEqual([1, 5]);
    expect(h.capacities[0]!.change).toBe(4);
  });

  it('shows agreed scores beside the means, and their change, also in a round with agreed scores only', () => {
    const w1 = workshop('Baseline', '2025-05-01');
    const w2 = workshop('Follow-up', '2026-05-01');
    const [o1, o2] = [org(w1, 'STP', 'Syndicat'), org(w2, 'STP', 'Syndicat')];
    const h = organisationHistory(
      source({
        workshops: [w1, w2],
        organisations: [o1, o2],
        scored: [assessed(w1, o1, 'baseline', every(2))],
        agreed: [agreedScore(w1, o1, 'baseline', 'collective-bargaining', 2), agreedScore(w2, o2, 'follow-up', 'collective-bargaining', 4), agreedScore(w2, o2, 'follow-up', 'autonomy', null)],
      }),
      o1,
      documents(),
    );
    expect(h.rounds.map((r) => [r.round, r.respondents, r.overall])).toEqual([
      ['baseline', 1, 2],
      ['follow-up', 0, null],
    ]);
    const bargaining = h.capacities.find((c) => c.itemId === 'collective-bargaining')!;
    expect(bargaining.cells.map((c) => c && [c.mean, c.agreed, c.agreedRecorded])).toEqual([
      [2, 2, true],
      [null, 4, true],
    ]);
    expect(bargaining.agreedChange).toBe(2);
    expect(bargaining.change).toBeNull();
    const autonomy = h.capacities.find((c) => c.itemId === 'autonomy')!;
    expect(autonomy.cells[1]).toEqual({ mean: null, n: 0, agreed: null, agreedRecorded: true });
    expect(autonomy.agreedChange).toBeNull();
  });

  it('analyses each round with the framework version it answered, and says which items only one version has', () => {
    const v1 = adapted(1, ['dues', 'training']);
    const v2 = adapted(2, ['dues', 'youth']);
    const w1 = workshop('Baseline', '2025-05-01', { frameworkId: 'adapted' });
    const w2 = workshop('Follow-up', '2026-05-01', { frameworkId: 'adapted' });
    const [o1, o2] = [org(w1, 'STP', 'Syndicat'), org(w2, 'STP', 'Syndicat')];
    const h = organisationHistory(
      source({
        workshops: [w1, w2],
        organisations: [o1, o2],
        scored: [assessed(w1, o1, 'baseline', { dues: 2, training: 3 }, v1), assessed(w2, o2, 'follow-up', { dues: 5, youth: 1 }, v2)],
      }),
      o2,
      documents(v1, v2),
    );
    expect(h.rounds.map((r) => r.framework.version)).toEqual([1, 2]);
    expect(h.capacities.map((c) => [c.itemId, c.inEveryRound, c.cells.map((x) => x?.mean), c.change])).toEqual([
      ['dues', true, [2, 5], 3],
      ['youth', false, [undefined, 1], null],
      ['training', false, [3, undefined], null],
    ]);
    expect(h.capacities[1]!.label.en).toBe('youth v2');
  });

  it('matches the same union across workshops by its folded name, in its country only, with its action-plan items', () => {
    const w1 = workshop('Baseline', '2025-05-01');
    const w2 = workshop('Follow-up', '2026-05-01');
    const here = org(w1, '', 'Confédération Générale du Travail');
    const again = org(w2, '', 'CONFEDERATION generale du travail');
    const elsewhere = org(w2, '', 'Confédération Générale du Travail', 'BF');
    const action = (o: Organisation, w: Workshop, text: string, status: ActionItem['status']): ActionItem => ({
      ...sys(),
      workshopId: w.id,
      organisationId: o.id,
      itemId: 'organising-mobilising',
      action: text,
      who: '',
      due: '',
      indicator: '',
      status,
    });
    const h = organisationHistory(
      source({
        workshops: [w1, w2],
        organisations: [here, again, elsewhere],
        scored: [assessed(w1, here, 'baseline', every(2)), assessed(w2, again, 'follow-up', every(3)), assessed(w2, elsewhere, 'follow-up', every(5))],
        actions: [action(again, w2, 'Second plan', 'planned'), action(here, w1, 'First plan', 'done'), action(here, w1, 'A phone’s draft', 'proposed'), action(elsewhere, w2, 'Not theirs', 'planned')],
      }),
      here,
      documents(),
    );
    expect(h.records.map((o) => o.id)).toEqual([here.id, again.id]);
    expect(h.rounds.map((r) => r.overall)).toEqual([2, 3]);
    expect(h.capacities[0]!.change).toBe(1);
    expect(h.actions.map((a) => [a.action.action, a.action.status, a.workshop.title])).toEqual([
      ['First plan', 'done', 'Baseline'],
      ['Second plan', 'planned', 'Follow-up'],
    ]);
  });
});

/** An adapted framework of one group whose items are `items`, labelled with their id and version. */
function adapted(version: number, items: string[]): FrameworkDocument {
  return {
    ...DEFAULT_TUOC,
    id: 'adapted',
    version,
    groups: [{ id: 'all', label: { en: 'All' }, items: items.map((id) => ({ id, label: { en: `${id} v${version}` } })) }],
  };
}
