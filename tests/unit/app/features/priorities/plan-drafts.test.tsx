// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@solidjs/testing-library';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { StoreContext } from '../../../../../src/app/core/db/store-context.ts';
import { createWorkshopData } from '../../../../../src/app/core/db/workshop-data.ts';
import { PrioritiesSection } from '../../../../../src/app/features/priorities/PrioritiesSection.tsx';
import type { ActionItem, Workshop } from '../../../../../src/shared/schemas/records.ts';
import type { EditableOf } from '../../../../../src/shared/schemas/kinds.ts';
import { announcement } from '../../../../../src/app/ui/announcer.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const NOW = 1_764_000_000_000;
/** Live queries re-read IndexedDB (fake, in memory) and the whole section re-renders: slower than the default second. */
const SLOW = { timeout: 8000 };
const DRAFT = 'Recruit 200 market vendors by June';

/** A delegation's draft as it arrives from a phone: its organisation's, proposed. */
const draftFields = (organisationId: string, over: Partial<EditableOf<'action'>> = {}): EditableOf<'action'> => ({
  organisationId,
  itemId: 'organising-mobilising',
  action: DRAFT,
  who: 'Youth committee',
  due: '2026-06-30',
  indicator: '200 new members',
  status: 'proposed',
  ...over,
});

describe('drafts from delegations on the facilitator’s board', { timeout: 30_000 }, () => {
  let store: LocalStore;
  let workshop: Workshop;
  let organisationId: string;
  beforeEach(async () => {
    store = await openLocalStore(`plan-drafts-${Math.random()}`, () => NOW);
    workshop = await store.repos.workshop.create(workshopFields('Informal economy'));
    organisationId = (
      await store.repos.organisation.create({ name: 'Confédération nationale des travailleurs', acronym: 'CNTL', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, workshop.id)
    ).id;
  });
  afterEach(() => {
    cleanup();
    store.close();
  });

  // The data is made once, inside the render's owner, as the workshop screen does.
  const mount = () =>
    render(() => {
      const data = createWorkshopData(store, workshop.id, () => false);
      return (
        <StoreContext.Provider value={store}>
          <PrioritiesSection workshop={workshop} data={data} />
        </StoreContext.Provider>
      );
    });
  const planRows = () => screen.getByRole('table', { name: 'Action plan' }).querySelectorAll('tbody tr');
  const stored = async (id: string): Promise<ActionItem | undefined> => store.repos.action.get(id);

  it('lists a draft apart with its organisation and details, not in the plan, and accepting puts it in the plan', async () => {
    const draft = await store.repos.action.create(draftFields(organisationId), workshop.id);
    await store.repos.action.create(draftFields(organisationId, { action: 'Open a dues account', status: 'planned' }), workshop.id);
    mount();
    const drafts = await screen.findByRole('region', { name: 'Drafts from delegations (1)' }, SLOW);
    expect(drafts.textContent).toContain(DRAFT);
    expect(drafts.textContent).toContain('CNTL');
    expect(drafts.textContent).toContain('Youth committee');
    expect(drafts.textContent).toContain('200 new members');
    await waitFor(() => expect(planRows()).toHaveLength(1), SLOW);
    expect(planRows()[0]!.textContent).toContain('Open a dues account');
    expect(planRows()[0]!.textContent).not.toContain(DRAFT);

    within(drafts)
      .getByRole('button', { name: `Accept “${DRAFT}” into the plan` })
      .click();
    await waitFor(() => expect(screen.queryByRole('region', { name: /Drafts from delegations/ })).toBeNull(), SLOW);
    expect((await stored(draft.id))?.status).toBe('planned');
    await waitFor(() => expect(planRows()).toHaveLength(2), SLOW);
    expect(announcement().message).toBe(`“${DRAFT}” is in the action plan.`);
  });

  it('declines a draft by deleting it, with an undo that brings it back as a draft', async () => {
    const draft = await store.repos.action.create(draftFields(organisationId), workshop.id);
    mount();
    const drafts = await screen.findByRole('region', { name: 'Drafts from delegations (1)' }, SLOW);
    within(drafts)
      .getByRole('button', { name: `Decline “${DRAFT}”` })
      .click();
    await waitFor(() => expect(screen.queryByRole('region', { name: /Drafts from delegations/ })).toBeNull(), SLOW);
    expect(await stored(draft.id)).toBeUndefined();
    await waitFor(() => expect(announcement().action?.label).toBe('Undo'), SLOW);
    announcement().action!.run();
    await screen.findByRole('region', { name: 'Drafts from delegations (1)' }, SLOW);
    expect((await stored(draft.id))?.status).toBe('proposed');
  });

  it('offers no way to make a draft on the tablet: neither the new action form nor the plan’s status lists “Proposed”', async () => {
    await store.repos.action.create(draftFields(organisationId, { action: 'Open a dues account', status: 'planned' }), workshop.id);
    mount();
    await waitFor(() => expect(planRows()).toHaveLength(1), SLOW);
    const form = screen.getByRole('form', { name: 'Add action' });
    const options = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(options(within(form).getByRole('combobox', { name: 'Status' }))).not.toContain('Proposed');
    expect(options(screen.getByRole('combobox', { name: 'Status of “Open a dues account”' }))).not.toContain('Proposed');
  });
});
