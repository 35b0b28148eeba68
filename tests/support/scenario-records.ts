import { readFileSync } from 'node:fs';
import { encodeHlc } from '../../src/shared/hlc.ts';
import { uuidv7 } from '../../src/shared/ids.ts';
import type { RecordKind } from '../../src/shared/schemas/kinds.ts';
import type { Mutation } from '../../src/shared/schemas/mutation.ts';
import { deviceIdOf, syncRequest } from './test-devices.ts';

/** The field scenario (tests/fixtures/field-scenario.json), as typed as the tests need it. */
export interface FieldScenario {
  workshop: {
    title: string;
    theme: string;
    startDate: string;
    endDate: string;
    venue: string;
    country: string;
    languages: string[];
    facilitators: string[];
    objectives: string;
    projects: { reference: string; title: string; donor: string; partners: string[] }[];
  };
  sessions: { key: string; title: string; kind: string; start: string; minutes: number }[];
  organisations: { key: string; name: string; acronym: string; country: string; kind: string; partnerRole: string }[];
  participants: { key: string; name: string; organisation: string; role: string; gender: string; consent: boolean }[];
  notes: { key: string; kind: string; session: string; text: string; organisation: string; capacities: string[] }[];
  assessments: { key: string; respondent: string; organisation: string; round: string; scores: Record<string, number | null>; comments: Record<string, string> }[];
  expected: { byOrganisation: Record<string, Record<string, { n: number; dontKnow: number; mean: number; median: number; sd: number | null; min: number; max: number }>> };
}

export const scenario = JSON.parse(readFileSync('tests/fixtures/field-scenario.json', 'utf8')) as FieldScenario;

export interface SeedRecord {
  kind: RecordKind;
  id: string;
  scope: string;
  fields: Record<string, unknown>;
}

const slug = (s: string) => s.replace(/ /g, '-');
const GENDER: Record<string, string> = { female: 'female', male: 'male', 'prefer not to say': 'undisclosed' };

export interface PracticeSeed {
  title: string;
  status: 'draft' | 'reviewed' | 'compendium';
  context?: string;
  approach?: string;
  results?: string;
  sustainability?: string;
  capacities?: string[];
  /** Organisation keys of the scenario (ORG-A…). */
  organisations?: string[];
  /** Project references of the workshop. */
  projects?: string[];
}

export interface AssessmentSeed {
  /** Organisation key of the scenario (ORG-A…). */
  organisation: string;
  round: string;
  scores: Record<string, number | null>;
  submitted?: boolean;
}

/**
 * The whole field-scenario workshop as records (workshop, projects, agenda, organisations,
 * participants, notes, assessments with scores, and the given practice cards), so a test can push
 * it to the server like a facilitator's device would. Overrides change the workshop's own fields.
 */
export function scenarioWorkshop(opts: {
  owner: string;
  workshop?: Partial<FieldScenario['workshop']>;
  practices?: PracticeSeed[];
  swot?: { quadrant: string; text: string; organisation?: string }[];
  actions?: { item: string; action: string; who: string; due: string; status: string; organisation?: string }[];
  extraNotes?: number;
  /** More assessments after the scenario's baseline ones, such as a follow-up round (anonymous). */
  assessments?: AssessmentSeed[];
}) {
  const w = { ...scenario.workshop, ...opts.workshop };
  const workshopId = uuidv7();
  const out: SeedRecord[] = [];
  const add = (kind: RecordKind, fields: Record<string, unknown>, scope = workshopId, id = uuidv7()) => {
    out.push({ kind, id, scope, fields });
    return id;
  };
  const projects = new Map(
    w.projects.map((p) => [
      p.reference,
      add(
        'project',
        { ownerId: opts.owner, reference: p.reference, title: p.title, donor: p.donor, partners: p.partners, countries: [], themes: [], startDate: '', endDate: '', status: 'active' },
        opts.owner,
      ),
    ]),
  );
  add(
    'workshop',
    {
      workshopId,
      title: w.title,
      theme: opts.workshop?.theme ?? slug(scenario.workshop.theme),
      startDate: w.startDate,
      endDate: w.endDate,
      venue: w.venue,
      country: w.country,
      languages: w.languages,
      facilitators: w.facilitators,
      objectives: w.objectives,
      projectIds: [...projects.values()],
      status: 'closed',
    },
    workshopId,
    workshopId,
  );
  const sessions = new Map(scenario.sessions.map((s, i) => [s.key, add('agendaItem', { workshopId, title: s.title, kind: slug(s.kind), day: 1, start: s.start, minutes: s.minutes, order: i + 1 })]));
  const orgs = new Map(
    scenario.organisations.map((o) => [o.key, add('organisation', { workshopId, name: o.name, acronym: o.acronym, country: o.country, kind: slug(o.kind), partnerRole: o.partnerRole })]),
  );
  const people = new Map(
    scenario.participants.map((p) => [
      p.key,
      add('participant', { workshopId, name: p.name, organisationId: orgs.get(p.organisation), role: p.role, gender: GENDER[p.gender] ?? '', consent: p.consent }),
    ]),
  );
  for (const n of scenario.notes) add('note', { workshopId, agendaItemId: sessions.get(n.session), kind: n.kind, text: n.text, capacities: n.capacities, organisationId: orgs.get(n.organisation) });
  // A busy workshop: many more notes, each as long as a real one
  for (let i = 0; i < (opts.extraNotes ?? 0); i++) {
    const n = scenario.notes[i % scenario.notes.length]!;
    add('note', {
      workshopId,
      agendaItemId: sessions.get(n.session),
      kind: n.kind,
      text: `${i + 1}. ${n.text.slice(0, 400)} Members discussed how dues, services and organising connect in their branch.`,
      capacities: n.capacities,
      organisationId: orgs.get(n.organisation),
    });
  }
  for (const a of scenario.assessments) {
    const assessmentId = add('assessment', {
      workshopId,
      respondentId: people.get(a.respondent),
      organisationId: orgs.get(a.organisation),
      frameworkId: 'tuoc',
      frameworkVersion: 1,
      round: a.round,
      submitted: true,
    });
    for (const [itemId, value] of Object.entries(a.scores)) add('score', { workshopId, assessmentId, itemId, value, comment: a.comments[itemId] ?? '' });
  }
  for (const a of opts.assessments ?? []) {
    const assessmentId = add('assessment', { workshopId, organisationId: orgs.get(a.organisation), frameworkId: 'tuoc', frameworkVersion: 1, round: a.round, submitted: a.submitted ?? true });
    for (const [itemId, value] of Object.entries(a.scores)) add('score', { workshopId, assessmentId, itemId, value, comment: '' });
  }
  for (const p of opts.practices ?? []) {
    add('practice', {
      workshopId,
      title: p.title,
      context: p.context ?? '',
      approach: p.approach ?? '',
      results: p.results ?? '',
      capacities: p.capacities ?? [],
      sustainability: p.sustainability ?? '',
      contact: '',
      organisationIds: (p.organisations ?? []).map((k) => orgs.get(k)),
      projectIds: (p.projects ?? []).map((r) => projects.get(r)),
      status: p.status,
    });
  }
  for (const s of opts.swot ?? []) add('swot', { workshopId, quadrant: s.quadrant, text: s.text, organisationId: s.organisation ? orgs.get(s.organisation) : undefined });
  for (const a of opts.actions ?? [])
    add('action', { workshopId, itemId: a.item, action: a.action, who: a.who, due: a.due, indicator: '', status: a.status, organisationId: a.organisation ? orgs.get(a.organisation) : undefined });
  return { workshopId, records: out, orgIds: orgs };
}

/** Records as the mutations a device would push (one device, stamps in order); `device` names a test device (tests/support/test-devices.ts). */
export function asMutations(records: readonly SeedRecord[], device: string, wall = Date.UTC(2026, 2, 11, 17)): Mutation[] {
  const deviceId = deviceIdOf(device);
  return records.map((r, i) => ({
    mutationId: uuidv7(),
    deviceId,
    seq: i + 1,
    kind: r.kind,
    recordId: r.id,
    scope: r.scope,
    op: 'upsert',
    hlc: encodeHlc({ wall: wall + i, count: 0, node: deviceId }),
    patch: Object.fromEntries(Object.entries(r.fields).filter(([, v]) => v !== undefined)),
  }));
}

/** Push records to a running server as a facilitator's device (a test device of that name, signing each request); fails loudly on any refusal. */
export async function pushRecords(baseUrl: string, key: string, device: string, records: readonly SeedRecord[]): Promise<void> {
  const mutations = asMutations(records, device);
  for (let i = 0; i < mutations.length; i += 400) {
    const res = await fetch(`${baseUrl}/api/sync`, { method: 'POST', ...syncRequest(key, device, { mutations: mutations.slice(i, i + 400) }) });
    if (!res.ok) throw new Error(`seed push failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { acks: { status: string; code?: string }[] };
    const refused = body.acks.filter((a) => a.status === 'rejected');
    if (refused.length) throw new Error(`seed push refused: ${JSON.stringify(refused.slice(0, 3))}`);
  }
}
