import { describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import { frameworkItems } from '../../../../../src/shared/framework/schema.ts';
import type { ActionItem, Assessment, Organisation, Practice, Project, Score, Workshop } from '../../../../../src/shared/schemas/records.ts';
import { recordMaker } from '../../../../support/record-maker.ts';
import { projectPage, type ProjectPageSource } from '../../../../../src/app/features/projects/projects-page.ts';

const { nextId, sys, workshop: workshopOf, org, next } = recordMaker();
const ITEMS = frameworkItems(DEFAULT_TUOC).map((i) => i.id);
const workshop = (title: string, startDate: string, projectIds: string[]) => workshopOf(title, startDate, { projectIds });

/** An assessment answering every item of the default framework with one value (null: "don't know"). */
function assessed(w: Workshop, o: Organisation, round: string, value: number | null, submitted = true): { assessment: Assessment; scores: Score[] } {
  const assessment: Assessment = { ...sys(next()), workshopId: w.id, organisationId: o.id, frameworkId: 'tuoc', frameworkVersion: 1, round, submitted };
  return { assessment, scores: ITEMS.map((itemId) => ({ ...sys(), workshopId: w.id, assessmentId: assessment.id, itemId, value, comment: '' })) };
}

const action = (w: Workshop, o: Organisation | undefined, text: string, status: ActionItem['status'], due = ''): ActionItem => ({
  ...sys(),
  workshopId: w.id,
  organisationId: o?.id,
  itemId: 'organising-mobilising',
  action: text,
  who: '',
  due,
  indicator: '',
  status,
});
const practice = (w: Workshop, title: string, projectIds: string[], extra: Partial<Practice> = {}): Practice => ({
  ...sys(),
  workshopId: w.id,
  title,
  context: '',
  approach: '',
  results: '',
  capacities: [],
  sustainability: '',
  contact: '',
  organisationIds: [],
  projectIds,
  status: 'reviewed',
  ...extra,
});

function fixture() {
  const projectId = nextId();
  const project: Project = {
    ...sys(),
    id: projectId,
    ownerId: nextId(),
    reference: 'RAF/22/11/NOR',
    title: 'Promoting rights',
    donor: 'Norway',
    partners: ['c.n.t.l.', 'Syndicat des travailleurs de l’economie informelle'],
    countries: [],
    themes: [],
    startDate: '',
    endDate: '',
    status: 'active',
    implementer: 'NUSF',
  };
  const later = workshop('Follow-up in Dakar', '2027-03-01', [projectId]);
  const first = workshop('Baseline in Thiès', '2026-03-10', [projectId]);
  const other = workshop('Unrelated workshop', '2026-05-01', []);
  const cntl1 = org(first, 'CNTL', 'Confédération nationale des travailleurs du Littoral');
  const stei = org(first, '', "Syndicat des travailleurs de l'économie informelle");
  const nusf = org(first, 'NUSF', 'Nordic Union Solidarity Fund', 'NO');
  const gupw = org(first, 'GUPW', 'Port workers');
  const cntl2 = org(later, 'cntl', 'CNTL (Littoral)');
  const cntlElsewhere = org(other, 'CNTL', 'Same union, unlinked workshop');
  const rounds = [
    assessed(first, cntl1, 'baseline', 2),
    assessed(first, cntl1, 'baseline', 3),
    assessed(first, cntl1, 'baseline', 5, false), // not submitted: left out
    assessed(later, cntl2, 'follow-up', 4),
    assessed(first, stei, 'baseline', null), // only "don't know"
    assessed(first, gupw, 'baseline', 1), // not a partner
    assessed(other, cntlElsewhere, 'follow-up', 1), // workshop does not name the project
  ];
  const source: ProjectPageSource = {
    project,
    workshops: [later, first, other],
    practices: [
      practice(first, 'Mutual health fund', [projectId]),
      practice(other, 'Also linked from elsewhere', [projectId]),
      practice(first, 'Merged duplicate', [projectId], { mergedInto: nextId() }),
      practice(first, 'Not linked', []),
    ],
    organisations: [cntl1, stei, nusf, gupw, cntl2, cntlElsewhere],
    assessments: rounds.map((r) => r.assessment),
    scores: rounds.flatMap((r) => r.scores),
    actions: [
      action(later, cntl2, 'Recruit 200 port casuals', 'in-progress', '2027-09-30'),
      action(first, cntl1, 'Agree a dues policy', 'done', '2026-06-30'),
      action(first, gupw, 'Not a partner’s action', 'planned'),
      action(first, undefined, 'Whole workshop action', 'planned'),
      action(other, cntlElsewhere, 'Unlinked workshop action', 'planned'),
    ],
  };
  return { source, first, later, other, cntl1, stei, nusf };
}

describe('project page', () => {
  it('matches partner and implementer names to organisations by acronym or name, case, accents and punctuation aside', () => {
    const { source, first } = fixture();
    const byAcronym = org(first, 'CNTL', 'x');
    const byName = org(first, '', "SYNDICAT des travailleurs de l'Économie informelle");
    const implementer = org(first, 'NUSF', '');
    const stranger = org(first, 'GUPW', 'Port workers');
    const page = projectPage({ ...source, organisations: [byAcronym, byName, implementer, stranger], assessments: [], scores: [], actions: [] }, () => DEFAULT_TUOC);
    expect(page.partners.map((p) => p.organisation.id).sort()).toEqual([byAcronym.id, byName.id, implementer.id].sort());
  });

  it('lists the workshops that named the project (oldest first) and the practice cards linked to it from any workshop', () => {
    const { source, first, later, other } = fixture();
    const page = projectPage(source, () => DEFAULT_TUOC);
    expect(page.workshops.map((w) => w.id)).toEqual([first.id, later.id]);
    expect(page.practices.map((p) => [p.practice.title, p.workshop?.id])).toEqual([
      ['Mutual health fund', first.id],
      ['Also linked from elsewhere', other.id],
    ]);
  });

  it('gives each partner’s overall mean per round (submitted only), the same union across workshops as one, with the change', () => {
    const { source } = fixture();
    const page = projectPage(source, () => DEFAULT_TUOC);
    expect(page.rounds).toEqual(['baseline', 'follow-up']);
    const byName = Object.fromEntries(page.partners.map((p) => [p.organisation.acronym || p.organisation.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['CNTL', 'NUSF', "Syndicat des travailleurs de l'économie informelle"]);
    expect(byName.CNTL!.rounds).toEqual([
      { round: 'baseline', respondents: 2, overall: 2.5 },
      { round: 'follow-up', respondents: 1, overall: 4 },
    ]);
    expect(byName.CNTL!.change).toBe(1.5);
    // Answered "don't know" throughout: counted, but no figure and no change.
    expect(byName["Syndicat des travailleurs de l'économie informelle"]!.rounds).toEqual([{ round: 'baseline', respondents: 1, overall: null }]);
    expect(byName["Syndicat des travailleurs de l'économie informelle"]!.change).toBeNull();
    expect(byName.NUSF!.rounds).toEqual([]);
  });

  it('gives each partner’s capacities by round of the project’s workshops, with each one’s change', () => {
    const { source, first, later } = fixture();
    const cntl = projectPage(source, () => DEFAULT_TUOC).partners.find((p) => p.organisation.acronym === 'CNTL')!;
    // The unlinked workshop's follow-up of the same union is the history page's, not the project's.
    expect(cntl.capacities.rounds.map((r) => [r.workshop.id, r.round, r.respondents])).toEqual([
      [first.id, 'baseline', 2],
      [later.id, 'follow-up', 1],
    ]);
    expect(cntl.capacities.capacities.map((c) => c.itemId)).toEqual(ITEMS);
    for (const c of cntl.capacities.capacities) {
      expect(c.cells.map((x) => x?.mean)).toEqual([2.5, 4]);
      expect(c.change).toBe(1.5);
    }
  });

  it('analyses each round with its workshop’s framework', () => {
    const { source, later } = fixture();
    const short = { ...DEFAULT_TUOC, id: 'short', groups: DEFAULT_TUOC.groups.slice(0, 1) };
    const inShort = new Set(frameworkItems(short).map((i) => i.id));
    // The follow-up answered 4 to the short framework's items and 1 to the others, which it does not ask.
    const follow = new Set(source.assessments.filter((a) => a.workshopId === later.id).map((a) => a.id));
    const scores = source.scores.map((s) => (follow.has(s.assessmentId) && !inShort.has(s.itemId) ? { ...s, value: 1 } : s));
    const cntl = (frameworkOf: Parameters<typeof projectPage>[1]) => projectPage({ ...source, scores }, frameworkOf).partners.find((p) => p.organisation.acronym === 'CNTL')!;
    expect(cntl((w) => (w.id === later.id ? short : DEFAULT_TUOC)).rounds.map((r) => r.overall)).toEqual([2.5, 4]);
    expect(cntl(() => DEFAULT_TUOC).rounds[1]!.overall).toBeLessThan(4);
  });

  it('gathers the partners’ action-plan items of those workshops with their status, in workshop order', () => {
    const { source } = fixture();
    const page = projectPage(source, () => DEFAULT_TUOC);
    expect(page.actions.map((a) => [a.action.action, a.action.status, a.organisation.acronym])).toEqual([
      ['Agree a dues policy', 'done', 'CNTL'],
      ['Recruit 200 port casuals', 'in-progress', 'cntl'],
    ]);
  });

  it('is empty, not broken, for a project no workshop names', () => {
    const { source } = fixture();
    const page = projectPage({ ...source, project: { ...source.project, id: nextId() } }, () => DEFAULT_TUOC);
    expect(page).toEqual({ workshops: [], practices: [], rounds: [], partners: [], actions: [] });
  });
});
