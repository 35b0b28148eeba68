import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../../../src/app/core/db/errors.ts';
import { draftToCard, draftToPlanAction, emptyCardDraft, emptyPlanDraft, planFields } from '../../../../../src/app/features/priorities/participant-drafts.ts';
import { delegationOf, suggestedOrganisation } from '../../../../../src/app/features/priorities/delegation.ts';
import { fullName } from '../../../../../src/app/ui/names.ts';

const ORG = '0190a000-0000-7000-8000-000000000001';
const OTHER = '0190a000-0000-7000-8000-000000000002';
const system = { id: '0190a000-0000-7000-8000-00000000000a', workshopId: '0190a000-0000-7000-8000-000000000000', createdAt: '', updatedAt: '', deviceId: 'dev', deleted: false };

describe('a card from a phone', () => {
  it('is for the delegation’s organisation, with its author’s name where names are kept', () => {
    const card = draftToCard({ ...emptyCardDraft(' Awa '), quadrant: 'weakness', text: 'Few women stewards' }, ORG, false);
    expect(card).toEqual({ quadrant: 'weakness', text: 'Few women stewards', organisationId: ORG, factorId: undefined, author: 'Awa' });
  });

  it('carries no name in an anonymous workshop, and none when left empty', () => {
    expect(draftToCard({ ...emptyCardDraft('Awa'), text: 'x' }, ORG, true).author).toBeUndefined();
    expect(draftToCard({ ...emptyCardDraft('  '), text: 'x' }, ORG, false).author).toBeUndefined();
  });

  it('names its external factor when it is an opportunity or a threat, and is refused as a field error without one', () => {
    expect(draftToCard({ ...emptyCardDraft(), quadrant: 'threat', factorId: 'economy', text: 'x' }, ORG, false).factorId).toBe('economy');
    // A factor left from an earlier choice does not travel on a strength.
    expect(draftToCard({ ...emptyCardDraft(), quadrant: 'strength', factorId: 'economy', text: 'x' }, ORG, false).factorId).toBeUndefined();
    const missing = () => draftToCard({ ...emptyCardDraft(), quadrant: 'opportunity', text: 'x' }, ORG, false);
    expect(missing).toThrow(StorageError);
    try {
      missing();
    } catch (err) {
      expect((err as StorageError).code).toBe('invalid_record');
      expect((err as StorageError).issues[0]!.path).toEqual(['factorId']);
    }
  });
});

describe('a delegation’s draft action', () => {
  it('is proposed, for the delegation’s organisation, with the typed words trimmed where a name is', () => {
    const fields = draftToPlanAction({ ...emptyPlanDraft(), itemId: 'A1', action: 'Train stewards', who: ' Awa ' }, ORG);
    expect(fields).toMatchObject({ status: 'proposed', organisationId: ORG, who: 'Awa' });
  });

  it('changes only its own fields when edited, never its status or organisation', () => {
    expect(Object.keys(planFields(emptyPlanDraft())).sort()).toEqual(['action', 'due', 'indicator', 'itemId', 'who']);
  });
});

describe('the organisation a phone speaks for', () => {
  it('is its delegation record’s', () => {
    expect(delegationOf([{ ...system, id: 'mine', organisationId: ORG }], 'mine')).toBe(ORG);
    expect(delegationOf([], 'mine')).toBeUndefined();
    expect(delegationOf(undefined, 'mine')).toBeUndefined();
  });

  it('is first suggested from the phone’s latest assessment of an organisation still in the workshop, or the only one', () => {
    const orgs = [{ id: ORG }, { id: OTHER }];
    expect(
      suggestedOrganisation(
        [
          { organisationId: ORG, createdAt: '1' },
          { organisationId: OTHER, createdAt: '2' },
        ],
        orgs,
      ),
    ).toBe(OTHER);
    expect(suggestedOrganisation([{ organisationId: '0190a000-0000-7000-8000-000000000009', createdAt: '3' }], orgs)).toBe('');
    expect(suggestedOrganisation(undefined, orgs)).toBe('');
    expect(suggestedOrganisation(undefined, [{ id: ORG }])).toBe(ORG);
  });

  it('is named with its acronym and name', () => {
    expect(fullName({ acronym: 'STP', name: 'Syndicat des Travailleurs du Port' })).toBe('STP – Syndicat des Travailleurs du Port');
    expect(fullName({ acronym: '', name: 'Union' })).toBe('Union');
  });
});
