import type { ActionItem, Assessment, Framework, Organisation, ProjectInput, Score } from '../../../shared/schemas/records.ts';
import { byReference } from './projects.ts';
import type { ProjectPageSource } from './projects-page.ts';
import type { PreviewRow } from './projects-import.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { handedIn, withoutHandedIn } from '../../core/db/handed-in.ts';
import { live } from '../../core/db/live-query.ts';

/** Every project on this device, by reference, as a live signal. */
export function createProjectsData(store: LocalStore) {
  return { projects: live(async () => (await store.repos.project.list()).sort(byReference)) };
}

/**
 * What a project's page shows, as one live signal: it re-reads when any of these tables changes,
 * in this tab or another, or by sync. Only the workshops that name the project are read in full.
 * Null when the project is not on this device.
 */
export function createProjectPageData(store: LocalStore, id: string) {
  const { repos } = store;
  return live(async (): Promise<(ProjectPageSource & { frameworks: Framework[] }) | null> => {
    const project = await repos.project.get(id);
    if (!project) return null;
    const workshops = await repos.workshop.list();
    const practices = (await repos.practice.list()).filter((p) => p.projectIds.includes(id));
    const organisations: Organisation[] = [];
    const assessments: Assessment[] = [];
    const scores: Score[] = [];
    const actions: ActionItem[] = [];
    // One workshop after another (a live query tracks what it reads); a project has few workshops.
    const hidden = await handedIn(store.db);
    for (const w of workshops.filter((x) => x.projectIds.includes(id))) {
      organisations.push(...(await repos.organisation.list(w.id)));
      assessments.push(...withoutHandedIn(await repos.assessment.list(w.id), hidden));
      scores.push(...withoutHandedIn(await repos.score.list(w.id), hidden));
      actions.push(...(await repos.action.list(w.id)));
    }
    return { project, workshops, practices, organisations, assessments, scores, actions, frameworks: await repos.framework.list() };
  });
}

/** The import could not write every row: `done` projects were written before `cause` stopped it. */
export class ImportStopped extends Error {
  constructor(
    readonly done: number,
    readonly total: number,
    override readonly cause: unknown,
  ) {
    super(`import stopped after ${done} of ${total}`);
  }
}

/**
 * Write a checked import. The caller has validated every row with the schema the repository
 * applies (the preview is valid), so writing cannot be refused for a row's content; each project
 * is then its own write (the repository writes one record per transaction). If storage fails
 * midway (a full disk), what was written stays and ImportStopped says how far it got: the same file
 * imports again cleanly, since written rows now match their projects.
 * Updates write only the fields that change, so a concurrent edit of another field survives.
 */
export async function importProjects(store: LocalStore, rows: readonly PreviewRow[]): Promise<{ created: number; updated: number }> {
  if (rows.some((r) => r.problems.length > 0 || !r.input)) throw new Error('import rows not validated');
  const writes = rows.filter((r) => !r.existing || r.changes.length > 0);
  let created = 0;
  let updated = 0;
  for (const r of writes) {
    try {
      if (r.existing) {
        const patch = Object.fromEntries(r.changes.map((k) => [k, r.input![k]])) as Partial<ProjectInput>;
        await store.repos.project.update(r.existing.id, patch);
        updated++;
      } else {
        await store.repos.project.create(r.input!, store.ownerId);
        created++;
      }
    } catch (err) {
      throw new ImportStopped(created + updated, writes.length, err);
    }
  }
  return { created, updated };
}
