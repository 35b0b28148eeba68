import type { LocalStore } from './store.ts';
import { handedIn, withoutHandedIn } from './handed-in.ts';
import { sortAgenda } from '../../../shared/agenda.ts';
import { live } from './live-query.ts';
import { reviewLostValues, workshopLostValues } from './lost-values.ts';

const byName = <T extends { name: string }>(xs: T[]) => xs.sort((a, b) => a.name.localeCompare(b.name));
const newestFirst = <T extends { createdAt: string }>(xs: T[]) => xs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));

/**
 * Everything a workshop's screens show, as live signals: each re-reads when its table changes,
 * in this tab or another. `workshop` is null when the id is unknown on this device.
 */
export function createWorkshopData(store: LocalStore, id: string) {
  const { repos } = store;
  return {
    workshop: live(async () => (await repos.workshop.get(id)) ?? null),
    agenda: live(async () => sortAgenda(await repos.agendaItem.list(id))),
    organisations: live(async () => byName(await repos.organisation.list(id))),
    participants: live(async () => byName(await repos.participant.list(id))),
    notes: live(async () => newestFirst(await repos.note.list(id))),
    practices: live(async () => newestFirst(await repos.practice.list(id))),
    // Answers handed in on a participant's phone are shown by no view of it (see handed-in.ts).
    assessments: live(async () => withoutHandedIn(await repos.assessment.list(id), await handedIn(store.db)).sort((a, b) => a.createdAt.localeCompare(b.createdAt))),
    scores: live(async () => withoutHandedIn(await repos.score.list(id), await handedIn(store.db))),
    swot: live(async () => (await repos.swot.list(id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt))),
    actions: live(() => repos.action.list(id)),
    /** The organisation each participant's phone speaks for (a phone holds only its own). */
    delegates: live(() => repos.delegate.list(id)),
    polls: live(async () => (await repos.poll.list(id)).sort((a, b) => a.createdAt.localeCompare(b.createdAt))),
    ballots: live(() => repos.ballot.list(id)),
    agreedScores: live(() => repos.agreedScore.list(id)),
    /** Photos of the workshop, its notes, cards, board and plan (their files load where they show). */
    photos: live(() => repos.photo.list(id)),
    /** Frameworks made or imported on this device (the default TUOC framework is built in). */
    frameworks: live(() => repos.framework.list()),
    /** Projects are shared across workshops: every project on this device. */
    projects: live(async () => (await repos.project.list()).sort((a, b) => a.reference.localeCompare(b.reference))),
    unsynced: live(() => store.pendingCount(id)),
    /** Values of this workshop's records that lost a merge, of every kind, with what their review shows. */
    lostValues: live(async () => reviewLostValues(store, await workshopLostValues(store, id))),
  };
}
export type WorkshopData = ReturnType<typeof createWorkshopData>;
