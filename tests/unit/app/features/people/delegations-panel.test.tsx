// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { StoreContext } from '../../../../../src/app/core/db/store-context.ts';
import { createWorkshopData } from '../../../../../src/app/core/db/workshop-data.ts';
import { DelegationsPanel } from '../../../../../src/app/features/people/DelegationsPanel.tsx';
import { phoneCode } from '../../../../../src/shared/device.ts';
import { delegateIdFor } from '../../../../../src/shared/identity/derived-id.ts';
import type { Workshop } from '../../../../../src/shared/schemas/records.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const NOW = 1_764_000_000_000;
const SLOW = { timeout: 8000 };
const organisation = (name: string, acronym: string) => ({ name, acronym, country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }) as const;

describe('phones and the organisations they speak for, on the facilitator’s People tab', { timeout: 30_000 }, () => {
  let store: LocalStore;
  let workshop: Workshop;
  let orgs: string[];
  beforeEach(async () => {
    store = await openLocalStore(`delegations-${Math.random()}`, () => NOW);
    workshop = await store.repos.workshop.create(workshopFields('Informal economy'));
    orgs = [
      (await store.repos.organisation.create(organisation('Syndicat des Travailleurs du Port', 'STP'), workshop.id)).id,
      (await store.repos.organisation.create(organisation('Union of Market Vendors', 'UMV'), workshop.id)).id,
    ];
    // A delegation as it arrives from a phone: this test's device stands in for the phone.
    await store.repos.delegate.put(delegateIdFor(workshop.id, store.deviceId), { organisationId: orgs[0]! }, workshop.id);
  });
  afterEach(() => {
    cleanup();
    store.close();
  });
  const mount = () =>
    render(() => {
      const data = createWorkshopData(store, workshop.id, () => false);
      return (
        <StoreContext.Provider value={store}>
          <DelegationsPanel delegates={data.delegates() ?? []} organisations={data.organisations() ?? []} />
        </StoreContext.Provider>
      );
    });

  it('names each phone by the code it shows, moves it to another organisation, or lets it choose again', async () => {
    mount();
    const select = await screen.findByRole('combobox', { name: `Phone ${phoneCode(store.deviceId)}` }, SLOW);
    expect((select as HTMLSelectElement).value).toBe(orgs[0]);
    fireEvent.change(select, { target: { value: orgs[1] } });
    await waitFor(async () => expect((await store.repos.delegate.list(workshop.id))[0]?.organisationId).toBe(orgs[1]), SLOW);
    fireEvent.click(screen.getByRole('button', { name: `Let phone ${phoneCode(store.deviceId)} choose its organisation again` }));
    await waitFor(async () => expect(await store.repos.delegate.list(workshop.id)).toHaveLength(0), SLOW);
    await waitFor(() => expect(screen.queryByRole('combobox')).toBeNull(), SLOW);
  });
});
