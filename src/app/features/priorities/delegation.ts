import type { Assessment, Organisation } from '../../../shared/schemas/records.ts';
import type { Delegate } from '../../../shared/schemas/room-records.ts';

/** The organisation a phone speaks for, from its one delegation record (`delegateIdFor`), if it chose one. */
export function delegationOf(delegates: readonly Delegate[] | undefined, delegateId: string): string | undefined {
  return delegates?.find((d) => d.id === delegateId)?.organisationId;
}

/**
 * The organisation a phone most likely speaks for: the one its latest assessment scored, when that
 * organisation is still in the workshop, or the workshop's only one; else none, so the person
 * chooses rather than confirms a guess.
 */
export function suggestedOrganisation(assessments: readonly Pick<Assessment, 'organisationId' | 'createdAt'>[] | undefined, organisations: readonly Pick<Organisation, 'id'>[]): string {
  const latest = [...(assessments ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).find((a) => organisations.some((o) => o.id === a.organisationId));
  return latest?.organisationId ?? (organisations.length === 1 ? organisations[0]!.id : '');
}
