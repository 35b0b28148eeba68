// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { StoreContext } from '../../../../../src/app/core/db/store-context.ts';
import { createWorkshopData } from '../../../../../src/app/core/db/workshop-data.ts';
import { ParticipantCardsPanel } from '../../../../../src/app/features/priorities/ParticipantCardsPanel.tsx';
import { ParticipantPlanPanel } from '../../../../../src/app/features/priorities/ParticipantPlanPanel.tsx';
import type { EditableOf } from '../../../../../src/shared/schemas/kinds.ts';
import type { Workshop } from '../../../../../src/shared/schemas/records.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const NOW = 1_764_000_000_000;
const SLOW = { timeout: 8000 };
const FACTORS = [{ value: 'economy', label: 'Economic situation' }];
const CAPACITIES = [{ value: 'organising-mobilising', label: 'Organising and mobilising' }];

describe('a phone’s cards and plan drafts', { timeout: 30_000 }, () => {
  let store: LocalStore;
  let workshop: Workshop;
  let organisationId: string;
  beforeEach(async () => {
    localStorage.clear();
    store = await openLocalStore(`participant-panels-${Math.random()}`, () => NOW);
    workshop = await store.repos.workshop.create(workshopFields('Ports'));
    organisationId = (await store.repos.organisation.create({ name: 'Young Workers Union', acronym: 'YWU', country: 'KE', kind: 'other', partnerRole: 'receiving' }, workshop.id)).id;
  });
  afterEach(() => {
    cleanup();
    store.close();
  });

  const action = (over: Partial<EditableOf<'action'>>): EditableOf<'action'> => ({
    organisationId,
    itemId: 'organising-mobilising',
    action: 'Train stewards',
    who: '',
    due: '',
    indicator: '',
    status: 'proposed',
    ...over,
  });

  const mountPlan = (closed: boolean) =>
    render(() => {
      const data = createWorkshopData(store, workshop.id, () => false);
      return (
        <StoreContext.Provider value={store}>
          <ParticipantPlanPanel
            workshopId={workshop.id}
            actions={data.actions() ?? []}
            organisationId={organisationId}
            closed={closed}
            capacities={CAPACITIES}
            itemLabel={(id) => CAPACITIES.find((c) => c.value === id)?.label ?? id}
          />
        </StoreContext.Provider>
      );
    });

  it('offers its own draft to edit and delete, and an accepted item’s status only, which changes nothing else', async () => {
    await store.repos.action.create(action({ action: 'My draft' }), workshop.id);
    const accepted = await store.repos.action.create(action({ action: 'Accepted item', status: 'planned', who: 'Youth committee' }), workshop.id);
    mountPlan(false);
    const list = await screen.findByRole('list', { name: 'Actions of your organisation' }, SLOW);
    expect(within(list).getByText('Waiting for the facilitator')).toBeTruthy();
    expect(within(list).getByRole('button', { name: 'Edit draft “My draft”' })).toBeTruthy();
    expect(within(list).queryByRole('button', { name: /Accepted item/ })).toBeNull();
    const status = within(list).getByRole<HTMLSelectElement>('combobox', { name: 'Status of “Accepted item”' });
    expect([...status.options].map((o) => o.value)).toEqual(['planned', 'in-progress', 'done', 'dropped']);
    fireEvent.change(status, { target: { value: 'in-progress' } });
    await waitFor(async () => expect((await store.repos.action.get(accepted.id))?.status).toBe('in-progress'), SLOW);
    const stored = await store.repos.action.get(accepted.id);
    expect(stored?.who).toBe('Youth committee');
    expect(screen.getByRole('form', { name: 'Draft an action for your organisation' })).toBeTruthy();
  });

  it('in a closed workshop keeps only the status of accepted items open', async () => {
    await store.repos.action.create(action({ action: 'My draft' }), workshop.id);
    await store.repos.action.create(action({ action: 'Accepted item', status: 'done' }), workshop.id);
    mountPlan(true);
    const list = await screen.findByRole('list', { name: 'Actions of your organisation' }, SLOW);
    expect(within(list).queryByRole('button')).toBeNull();
    expect(within(list).getByRole('combobox', { name: 'Status of “Accepted item”' })).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('keeps what was typed when an opportunity lacks its factor, and saves it for the delegation once chosen', async () => {
    render(() => {
      const data = createWorkshopData(store, workshop.id, () => false);
      return (
        <StoreContext.Provider value={store}>
          <ParticipantCardsPanel workshopId={workshop.id} cards={data.swot() ?? []} organisationId={organisationId} anonymous={false} closed={false} factors={FACTORS} factorLabel={(id) => id} />
        </StoreContext.Provider>
      );
    });
    const form = screen.getByRole('form', { name: 'Add a card' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Kind of card' }), { target: { value: 'opportunity' } });
    fireEvent.input(within(form).getByRole('textbox', { name: /Your card/ }), { target: { value: 'A new dialogue council' } });
    fireEvent.input(within(form).getByRole('textbox', { name: 'Your name' }), { target: { value: 'Awa' } });
    fireEvent.submit(form);
    await waitFor(() => expect(within(form).getByText('Please choose one from the list.')).toBeTruthy(), SLOW);
    expect(within(form).getByRole<HTMLTextAreaElement>('textbox', { name: /Your card/ }).value).toBe('A new dialogue council');
    expect(await store.repos.swot.list(workshop.id)).toHaveLength(0);

    fireEvent.change(within(form).getByRole('combobox', { name: /External factor/ }), { target: { value: 'economy' } });
    fireEvent.submit(form);
    await waitFor(async () => expect(await store.repos.swot.list(workshop.id)).toHaveLength(1), SLOW);
    const [card] = await store.repos.swot.list(workshop.id);
    expect(card).toMatchObject({ quadrant: 'opportunity', factorId: 'economy', text: 'A new dialogue council', author: 'Awa', organisationId });
    await screen.findByRole('list', { name: 'Your cards' }, SLOW);
    // The name is remembered on this phone for the next card.
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: 'Your name' }).value).toBe('Awa');
  });
});
