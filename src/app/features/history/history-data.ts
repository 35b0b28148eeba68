import type { ActionItem, Assessment, Framework, Organisation, Score } from '../../../shared/schemas/records.ts';
import type { AgreedScore } from '../../../shared/schemas/room-records.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { handedIn, withoutHandedIn } from '../../core/db/handed-in.ts';
import { live } from '../../core/db/live-query.ts';
import { organisationKey } from '../compendium/index.ts';
import type { HistorySource } from './history.ts';

/**
 * What an organisation's history shows, as one live signal: the organisation, and the records of
 * every workshop on the device where the same union takes part (only those are read in full). Null
 * when the organisation is not on this device.
 */
export function createHistoryData(store: LocalStore, organisationId: string) {
  const { repos } = store;
  return live(async (): Promise<(HistorySource & { organisation: Organisation; frameworks: Framework[] }) | null> => {
    const organisation = await repos.organisation.get(organisationId);
    if (!organisation) return null;
    const key = organisationKey(organisation);
    const organisations = (await repos.organisation.list()).filter((o) => organisationKey(o) === key);
    const present = new Set(organisations.map((o) => o.workshopId));
    const workshops = (await repos.workshop.list()).filter((w) => present.has(w.id));
    const assessments: Assessment[] = [];
    const scores: Score[] = [];
    const agreedScores: AgreedScore[] = [];
    const actions: ActionItem[] = [];
    const hidden = await handedIn(store.db);
    // One workshop after another (a live query tracks what it reads); a union takes part in few.
    for (const w of workshops) {
      assessments.push(...withoutHandedIn(await repos.assessment.list(w.id), hidden));
      scores.push(...withoutHandedIn(await repos.score.list(w.id), hidden));
      agreedScores.push(...(await repos.agreedScore.list(w.id)));
      actions.push(...(await repos.action.list(w.id)));
    }
    return { organisation, workshops, organisations, assessments, scores, agreedScores, actions, frameworks: await repos.framework.list() };
  });
}
