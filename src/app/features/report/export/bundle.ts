import type { FrameworkDocument } from '../../../../shared/framework/schema.ts';
import type {
  ActionItem, AgendaItem, Assessment, Note, Organisation, Participant, Practice, Project, Score, SwotEntry, Workshop,
} from '../../../../shared/schemas/records.ts';
import type { LocalStore } from '../../../core/db/store.ts';
import { handedIn, withoutHandedIn } from '../../../core/db/handed-in.ts';
import { sortAgenda } from '../../../../shared/agenda.ts';

/** Everything one workshop holds, read once, so every export format is made from the same snapshot. */
export interface WorkshopBundle {
  workshop: Workshop;
  agenda: AgendaItem[];
  organisations: Organisation[];
  participants: Participant[];
  notes: Note[];
  practices: Practice[];
  assessments: Assessment[];
  scores: Score[];
  swot: SwotEntry[];
  actions: ActionItem[];
  /** Only the projects the workshop or one of its practices names: projects are shared across workshops. */
  projects: Project[];
  /** The framework the workshop scores with, for item labels and column order. */
  framework: FrameworkDocument;
}

/** Creation order is stable across devices (stamps are totally ordered), so exports diff well. */
const byCreation = <T extends { createdAt: string }>(xs: T[]): T[] => xs.sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** Read a workshop's live records (list() leaves tombstones out); undefined when the workshop is not on this device. */
export async function loadWorkshopBundle(store: LocalStore, workshopId: string, framework: FrameworkDocument): Promise<WorkshopBundle | undefined> {
  const { repos } = store;
  const workshop = await repos.workshop.get(workshopId);
  if (!workshop) return undefined;
  const [agenda, organisations, participants, notes, practices, allAssessments, allScores, swot, actions, allProjects, hidden] = await Promise.all([
    repos.agendaItem.list(workshopId),
    repos.organisation.list(workshopId),
    repos.participant.list(workshopId),
    repos.note.list(workshopId),
    repos.practice.list(workshopId),
    repos.assessment.list(workshopId),
    repos.score.list(workshopId),
    repos.swot.list(workshopId),
    repos.action.list(workshopId),
    repos.project.list(),
    handedIn(store.db),
  ]);
  // Answers handed in on a participant's phone are in no export made on it.
  const assessments = withoutHandedIn(allAssessments, hidden);
  const scores = withoutHandedIn(allScores, hidden);
  const named = new Set([...workshop.projectIds, ...practices.flatMap((p) => p.projectIds)]);
  return {
    workshop,
    agenda: sortAgenda(agenda),
    organisations: byCreation(organisations),
    participants: byCreation(participants),
    notes: byCreation(notes),
    practices: byCreation(practices),
    assessments: byCreation(assessments),
    scores: byCreation(scores),
    swot: byCreation(swot),
    actions: byCreation(actions),
    projects: byCreation(allProjects.filter((p) => named.has(p.id))),
    framework,
  };
}

export const WORKSHOP_JSON_FORMAT = 'workshop-companion.workshop';

/**
 * The machine-readable export: records as stored, ids kept, so another tool can join them.
 * One exception: in a workshop with anonymous scores, an assessment's respondent id is dropped,
 * since joined with the participants it would name who gave which score.
 */
export function workshopJson(bundle: WorkshopBundle, exportedAt: string): object {
  const anonymous = bundle.workshop.anonymousScores === true;
  const assessments = anonymous ? bundle.assessments.map(({ respondentId: _dropped, ...rest }) => rest) : bundle.assessments;
  return {
    format: WORKSHOP_JSON_FORMAT,
    formatVersion: 1,
    exportedAt,
    workshop: bundle.workshop,
    agenda: bundle.agenda,
    organisations: bundle.organisations,
    participants: bundle.participants,
    notes: bundle.notes,
    practices: bundle.practices,
    assessments,
    scores: bundle.scores,
    swot: bundle.swot,
    actions: bundle.actions,
    projects: bundle.projects,
    framework: bundle.framework,
  };
}
