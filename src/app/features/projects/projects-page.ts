import { analyseProfile } from '../../../shared/framework/analysis.ts';
import type { ActionItem, Assessment, Organisation, Practice, Project, Score, Workshop } from '../../../shared/schemas/records.ts';
import { organisationKey } from '../compendium/index.ts';
import { foldKey } from './projects-values.ts';
import { toScored } from '../analysis/index.ts';
import { organisationHistory, type FrameworkOf, type OrganisationHistory } from '../history/index.ts';

/** What a project page reads: the project, every workshop and practice on the device, and the records of the workshops that name it. */
export interface ProjectPageSource {
  project: Project;
  workshops: readonly Workshop[];
  practices: readonly Practice[];
  /** Organisations, assessments, scores and actions of (at least) the workshops that name the project. */
  organisations: readonly Organisation[];
  assessments: readonly Assessment[];
  scores: readonly Score[];
  actions: readonly ActionItem[];
}

export interface RoundResult {
  round: string;
  /** Submitted assessments in this round. */
  respondents: number;
  /** Mean of the item means (the framework analysis' overall figure); null when nobody answered. */
  overall: number | null;
}

/** One partner organisation's capacity results over rounds; the same union in several workshops is one partner. */
export interface PartnerResult {
  key: string;
  organisation: Organisation;
  rounds: RoundResult[];
  /** Latest round's overall mean less the first round's; null with fewer than two rounds that have one. */
  change: number | null;
  /** Each capacity's mean per round of the project's workshops, with its change. */
  capacities: Pick<OrganisationHistory, 'rounds' | 'capacities'>;
}

export interface ProjectPage {
  /** Workshops that name the project, oldest first. */
  workshops: Workshop[];
  practices: { practice: Practice; workshop: Workshop | undefined }[];
  /** Round names in the order they happened, across every partner (the results table's columns). */
  rounds: string[];
  partners: PartnerResult[];
  actions: { action: ActionItem; organisation: Organisation; workshop: Workshop }[];
}

/**
 * The organisations a project names (partners and implementer) as the keys they are compared by:
 * case, accents, spaces and punctuation aside, so "C.N.T.L." finds "CNTL".
 */
function projectPartnerKeys(project: Project): Set<string> {
  return new Set([...project.partners, project.implementer ?? ''].map(foldKey).filter(Boolean));
}

/** Whether an organisation is one the project names, by its acronym or its name. */
function isProjectPartner(o: Pick<Organisation, 'name' | 'acronym'>, keys: ReadonlySet<string>): boolean {
  return keys.has(foldKey(o.acronym)) || keys.has(foldKey(o.name));
}

const byStart = (a: Workshop, b: Workshop) => a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title);

/**
 * Everything the workshops produced for one project: the workshops that named it, the practice
 * cards linked to it, its partner organisations' capacity results per round (each round analysed
 * with its workshop's framework, submitted assessments only) and their action-plan items.
 */
export function projectPage(src: ProjectPageSource, frameworkOf: FrameworkOf): ProjectPage {
  const id = src.project.id;
  const workshops = src.workshops.filter((w) => w.projectIds.includes(id)).sort(byStart);
  const linked = new Map(workshops.map((w) => [w.id, w]));
  const allWorkshops = new Map(src.workshops.map((w) => [w.id, w]));
  const practices = src.practices
    .filter((p) => p.projectIds.includes(id) && !p.mergedInto)
    .map((practice) => ({ practice, workshop: allWorkshops.get(practice.workshopId) }))
    .sort((a, b) => (a.workshop?.startDate ?? '').localeCompare(b.workshop?.startDate ?? '') || a.practice.title.localeCompare(b.practice.title));

  const keys = projectPartnerKeys(src.project);
  const partnerOrgs = src.organisations.filter((o) => linked.has(o.workshopId) && isProjectPartner(o, keys));
  const orgById = new Map(partnerOrgs.map((o) => [o.id, o]));

  // Rounds happen in workshop order, then in the order their first assessment was made.
  const submitted = src.assessments
    .filter((a) => a.submitted && orgById.has(a.organisationId))
    .sort((a, b) => byStart(linked.get(a.workshopId)!, linked.get(b.workshopId)!) || a.createdAt.localeCompare(b.createdAt));
  const rounds = [...new Set(submitted.map((a) => a.round))];
  const submittedIds = new Set(submitted.map((a) => a.id));
  const scored = new Map(
    toScored(
      submitted,
      src.scores.filter((s) => submittedIds.has(s.assessmentId)),
    ).map((s) => [s.id, s]),
  );

  const groups = new Map<string, { organisation: Organisation; assessments: Assessment[] }>();
  for (const o of partnerOrgs) {
    const key = organisationKey(o);
    if (!groups.has(key)) groups.set(key, { organisation: o, assessments: [] });
  }
  for (const a of submitted) groups.get(organisationKey(orgById.get(a.organisationId)!))!.assessments.push(a);

  const partners = [...groups].map(([key, g]): PartnerResult => {
    const results = rounds.flatMap((round) => {
      const inRound = g.assessments.filter((a) => a.round === round);
      if (inRound.length === 0) return [];
      // A round is analysed with the framework of the workshop where it was scored.
      const profile = analyseProfile(
        frameworkOf(linked.get(inRound[0]!.workshopId)!, inRound[0]),
        inRound.map((a) => scored.get(a.id)!),
      );
      return [{ round, respondents: inRound.length, overall: profile.overall }];
    });
    const measured = results.filter((r) => r.overall !== null);
    const change = measured.length >= 2 ? measured.at(-1)!.overall! - measured[0]!.overall! : null;
    // Per capacity, each round of each of the project's workshops (the history page reads every workshop).
    const history = organisationHistory({ workshops, organisations: partnerOrgs, assessments: g.assessments, scores: src.scores, agreedScores: [], actions: [] }, g.organisation, frameworkOf);
    return { key, organisation: g.organisation, rounds: results, change, capacities: history };
  });
  partners.sort((a, b) => (a.organisation.acronym || a.organisation.name).localeCompare(b.organisation.acronym || b.organisation.name));

  const actions = src.actions
    .filter((a) => a.status !== 'proposed' && a.organisationId !== undefined && orgById.has(a.organisationId) && linked.has(a.workshopId))
    .map((action) => ({ action, organisation: orgById.get(action.organisationId!)!, workshop: linked.get(action.workshopId)! }))
    .sort(
      (a, b) =>
        byStart(a.workshop, b.workshop) ||
        (a.organisation.acronym || a.organisation.name).localeCompare(b.organisation.acronym || b.organisation.name) ||
        (a.action.due || '9').localeCompare(b.action.due || '9'),
    );

  return { workshops, practices, rounds, partners, actions };
}
