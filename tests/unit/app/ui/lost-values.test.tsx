// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'solid-js/web';
import { openLocalStore, type LocalStore } from '../../../../src/app/core/db/store.ts';
import { namesByDevice, thisDeviceName } from '../../../../src/app/core/db/device-names.ts';
import { reviewLostValues } from '../../../../src/app/core/db/lost-values.ts';
import { announcement, dismissAnnouncement } from '../../../../src/app/ui/announcer.ts';
import { said } from '../../../support/announced.ts';
import { describeLostValue, lostValueText, lostValueWhat } from '../../../../src/app/ui/lost-value-words.ts';
import { putBack } from '../../../../src/app/ui/put-back.ts';
import { LostValues } from '../../../../src/app/ui/LostValues.tsx';
import { deviceKind, nameThisDevice } from '../../../../src/app/features/settings/device-name.ts';
import { DeviceNamePanel } from '../../../../src/app/features/settings/DeviceNamePanel.tsx';
import { StoreContext } from '../../../../src/app/core/db/store-context.ts';
import { setSetting } from '../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY } from '../../../../src/app/core/credentials/credentials.ts';
import { encodeHlc } from '../../../../src/shared/hlc.ts';
import { uuidv7 } from '../../../../src/shared/ids.ts';
import type { Device, LostValue } from '../../../../src/shared/schemas/records.ts';
import { t } from '../../../../src/app/i18n/index.ts';
import { workshopFields } from '../../../support/workshop-fields.ts';

const NOW = 1_764_000_000_000;
const stampAt = (wall: number, node = 'serverdevice') => encodeHlc({ wall, count: 0, node });
const TABLET = 'co1facilitator2tablet';

/** A lost value as the server writes it; replaced two minutes before NOW unless told. */
function lost(over: Partial<LostValue> = {}): LostValue {
  const at = stampAt(NOW - 120_000);
  return {
    id: uuidv7(NOW),
    createdAt: at,
    updatedAt: at,
    deviceId: 'serverdevice',
    deleted: false,
    workshopId: uuidv7(NOW),
    recordKind: 'workshop',
    recordId: uuidv7(NOW),
    field: 'venue',
    value: 'Salle Carthage',
    stamp: stampAt(NOW - 600_000, TABLET),
    lostDeviceId: TABLET,
    winnerStamp: at,
    winnerDeviceId: 'laptop',
    ...over,
  };
}

describe('a replaced edit in words', () => {
  const names = { deviceNames: new Map([[TABLET, 'Amina’s tablet']]), recordNames: new Map<string, string>() };
  const noNames = { deviceNames: new Map<string, string>(), recordNames: new Map<string, string>() };

  it('names the field by its form label, the device by the name its facilitator gave it, and says how long ago', () => {
    expect(describeLostValue(lost(), names, NOW)).toBe('Venue: “Salle Carthage” from Amina’s tablet, replaced 2 minutes ago');
  });

  it('says "another device" for a device with no name, never its id', () => {
    const text = describeLostValue(lost(), noNames, NOW);
    expect(text).toBe('Venue: “Salle Carthage” from another device, replaced 2 minutes ago');
    expect(text).not.toContain(TABLET);
  });

  it('names a field of another record with its kind; a field no form shows by the kind alone; never a code name', () => {
    expect(lostValueWhat({ recordKind: 'agendaItem', field: 'title' })).toBe('Session title (agenda item)');
    expect(lostValueWhat({ recordKind: 'project', field: 'implementer' })).toBe('Implementing organisation (project)');
    expect(lostValueWhat({ recordKind: 'agendaItem', field: 'order' })).toBe('Another detail (agenda item)');
    expect(lostValueWhat({ recordKind: 'device', field: 'name' })).toBe('Device name');
    expect(lostValueWhat({ recordKind: 'somethingNew', field: 'colour' })).toBe(t('lost.otherKind'));
    expect(lostValueWhat({ recordKind: 'workshop', field: 'joinTokenHash' })).not.toContain('joinTokenHash');
  });

  it('puts values as a person reads them: codes by their words, lists joined, yes or no, a cleared field as empty', () => {
    const text = (value: unknown, field = 'facilitators', recordKind = 'workshop') => lostValueText({ recordKind, field, value });
    expect(text(['Ana', 'Bo', 'Chen'])).toBe('Ana, Bo, and Chen');
    expect(text(true, 'anonymousScores')).toBe('yes');
    expect(text(null, 'frameworkId')).toBe('(empty)');
    expect(text('', 'venue')).toBe('(empty)');
    expect(text(42, 'minutes', 'agendaItem')).toBe('42');
    expect(text('running', 'status')).toBe('Running');
    expect(text('TN', 'country')).toBe('Tunisia');
    expect(text(['fr', 'ar'], 'languages')).toBe('French and Arabic');
    expect(text('Ports and docks', 'theme')).toBe('Ports and docks');
    expect(text('group-work', 'kind', 'agendaItem')).toBe(t('agendaKinds.group-work'));
    // Capacities by the framework's words, never their ids; an adapted framework's own item as it is.
    expect(text('collective-bargaining', 'itemId', 'action')).toBe(t('tuoc.collective-bargaining'));
    expect(text(['autonomy', 'port-safety'], 'capacities', 'note')).toBe(`${t('tuoc.autonomy')} and port-safety`);
    expect(text('revealed', 'state', 'poll')).toBe('Revealed');
  });

  it('says "just now", not "in a minute", for a stamp from a clock that ran ahead', () => {
    expect(describeLostValue(lost({ winnerStamp: stampAt(NOW + 60_000) }), names, NOW)).toMatch(/replaced now$/);
  });

  it('goes by a device’s latest name when it was named twice', () => {
    const named = (name: string, updatedAt: string) => ({ namedDeviceId: TABLET, name, updatedAt }) as Device;
    expect(namesByDevice([named('Tablet', stampAt(NOW)), named('Amina’s tablet', stampAt(NOW + 1)), named('Old', stampAt(NOW - 1))]).get(TABLET)).toBe('Amina’s tablet');
  });
});

describe('putting a replaced value back', () => {
  let store: LocalStore;
  let workshopId: string;

  beforeEach(async () => {
    store = await openLocalStore(`put-back-${Math.random()}`, () => NOW);
    workshopId = (await store.repos.workshop.create(workshopFields('Informal economy', { venue: 'Dock 4' }))).id;
    dismissAnnouncement();
  });
  afterEach(() => {
    store.close();
    vi.restoreAllMocks();
  });

  it('writes the value into the record’s field as an edit that syncs, says so with Undo, and shows it in place', async () => {
    const l = lost({ workshopId, recordId: workshopId });
    expect((await reviewLostValues(store, [l])).inPlace.has(l.id)).toBe(false);
    const before = await store.pendingCount();

    await putBack(store.repos, l);
    expect((await store.repos.workshop.get(workshopId))?.venue).toBe('Salle Carthage');
    const outbox = await store.db.outbox.toArray();
    expect(outbox).toHaveLength(before + 1);
    expect(outbox.at(-1)).toMatchObject({ kind: 'workshop', recordId: workshopId, patch: { venue: 'Salle Carthage' } });
    expect((await reviewLostValues(store, [l])).inPlace.has(l.id)).toBe(true);

    const toast = await said();
    expect(toast.message).toBe('Venue: “Salle Carthage” is back.');
    expect(toast.action?.label).toBe(t('form.undo'));
    toast.action!.run();
    await vi.waitFor(async () => expect((await store.repos.workshop.get(workshopId))?.venue).toBe('Dock 4'));
  });

  it('empties a field again when the value that lost was a cleared one', async () => {
    const w = await store.repos.workshop.update(workshopId, { frameworkId: 'tuoc' });
    await putBack(store.repos, lost({ workshopId, recordId: w.id, field: 'frameworkId', value: null }));
    expect((await store.repos.workshop.get(workshopId))?.frameworkId).toBeUndefined();
  });

  it('says in words when the value no longer fits, and leaves the record as it is', async () => {
    await putBack(store.repos, lost({ workshopId, recordId: workshopId, field: 'startDate', value: 'not a date' }));
    expect((await said()).message).toMatch(/\S/);
    expect((await store.repos.workshop.get(workshopId))?.startDate).toBe('2026-03-10');
  });

  it('makes a delete that lost again, with Undo', async () => {
    const item = await store.repos.agendaItem.create({ title: 'Opening', kind: 'plenary', day: 1, start: '', minutes: 30, order: 1 }, workshopId);
    const l = lost({ workshopId, recordKind: 'agendaItem', recordId: item.id, field: 'deleted', value: true });
    await putBack(store.repos, l);
    expect(await store.repos.agendaItem.get(item.id)).toBeUndefined();
    expect((await reviewLostValues(store, [l])).inPlace.has(l.id)).toBe(true);
  });

  it('gives the review the names of the devices, as synced device records carry them', async () => {
    await nameThisDevice(store, 'Amina’s tablet');
    const review = await reviewLostValues(store, [lost({ lostDeviceId: store.deviceId })]);
    expect(review.deviceNames.get(store.deviceId)).toBe('Amina’s tablet');
  });

  it('names the records a value points to, never by their ids', async () => {
    const org = await store.repos.organisation.create({ name: 'Union générale tunisienne du travail', acronym: 'UGTT', country: 'TN', kind: 'national-centre', partnerRole: 'receiving' }, workshopId);
    const person = await store.repos.participant.create({ name: 'Sami', role: '', gender: '', consent: true, organisationId: org.id }, workshopId);
    const l = lost({ workshopId, recordKind: 'participant', recordId: person.id, field: 'organisationId', value: org.id });
    const review = await reviewLostValues(store, [l]);
    expect(describeLostValue(l, review, NOW)).toBe('Organisation (participant): “UGTT” from another device, replaced 2 minutes ago');
    await store.repos.participant.update(person.id, { organisationId: undefined });
    await putBack(store.repos, l, review.recordNames);
    expect((await store.repos.participant.get(person.id))?.organisationId).toBe(org.id);
    expect((await said()).message).toBe('Organisation (participant): “UGTT” is back.');
  });

  it('shows each value with "Put it back" while another value is in place, and hands the value to the screen', async () => {
    const l = lost({ workshopId, recordId: workshopId });
    const onPutBack = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    const review = await reviewLostValues(store, [l, lost({ recordKind: 'somethingNew' })]);
    const dispose = render(() => <LostValues review={review} now={NOW} onPutBack={onPutBack} />, root);
    try {
      expect(root.querySelector('li')!.textContent).toContain('Venue: “Salle Carthage” from another device, replaced 2 minutes ago');
      const buttons = root.querySelectorAll('button');
      // A kind this build does not know is shown, but not written back.
      expect(buttons).toHaveLength(1);
      expect(buttons[0]!.textContent).toBe('Put it back');
      buttons[0]!.click();
      expect(onPutBack).toHaveBeenCalledWith(l, review.recordNames);
    } finally {
      dispose();
      root.remove();
    }
  });
});

describe("a device's name", () => {
  let store: LocalStore;
  beforeEach(async () => {
    store = await openLocalStore(`device-name-${Math.random()}`, () => NOW);
  });
  afterEach(() => store.close());

  it('is one record in the device’s owner scope, renamed in place, and sent like any change', async () => {
    expect(await thisDeviceName(store)).toBeUndefined();
    const first = await nameThisDevice(store, 'Tablet');
    expect(first).toMatchObject({ ownerId: store.ownerId, namedDeviceId: store.deviceId, name: 'Tablet' });
    const renamed = await nameThisDevice(store, 'Amina’s tablet');
    expect(renamed.id).toBe(first.id);
    expect(await store.repos.device.list()).toHaveLength(1);
    expect((await store.db.outbox.where('kind').equals('device').toArray()).map((m) => m.scope)).toEqual([store.ownerId, store.ownerId]);
    // The same name again writes nothing.
    await nameThisDevice(store, 'Amina’s tablet');
    expect(await store.db.outbox.where('kind').equals('device').count()).toBe(2);
  });

  it('is suggested from the kind of device until one is given', () => {
    expect(deviceKind('Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 Chrome/120 Safari/537.36', 5)).toBe('tablet');
    expect(deviceKind('Mozilla/5.0 (Linux; Android 12; itel A70) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36', 5)).toBe('phone');
    expect(deviceKind('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15', 5)).toBe('tablet');
    expect(deviceKind('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15', 0)).toBe('computer');
    expect(deviceKind('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120', 0)).toBe('computer');
  });
});

describe('the device name panel in Settings', () => {
  let store: LocalStore;
  beforeEach(async () => {
    store = await openLocalStore(`device-panel-${Math.random()}`, () => NOW);
    dismissAnnouncement();
  });
  afterEach(() => store.close());

  async function mounted(key: string) {
    await setSetting(store.db, ACCESS_KEY, key);
    const root = document.createElement('div');
    document.body.append(root);
    const dispose = render(
      () => (
        <StoreContext.Provider value={store}>
          <DeviceNamePanel />
        </StoreContext.Provider>
      ),
      root,
    );
    return { root, done: () => (dispose(), root.remove()) };
  }

  it('suggests the kind of device, says the name can be changed, and saves the name typed', async () => {
    const { root, done } = await mounted('wcf_abcdefghijklmnopqrstuvwxyz234567');
    try {
      const input = await vi.waitFor(() => {
        const found = root.querySelector<HTMLInputElement>('#device-name');
        if (!found) throw new Error('not shown yet');
        return found;
      });
      expect(root.querySelector('label[for="device-name"]')!.textContent).toContain('This device’s name');
      expect(input.value).toBe('Computer');
      expect(root.textContent).toContain('You can change the name at any time.');
      await vi.waitFor(() => expect(root.querySelector('[data-testid="device-name-state"]')!.textContent).toContain('no name yet'));
      input.value = 'Amina’s laptop';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await vi.waitFor(async () => expect((await thisDeviceName(store))?.name).toBe('Amina’s laptop'));
      await vi.waitFor(() => expect(announcement().message).toBe('This device is now called “Amina’s laptop”.'));
    } finally {
      done();
    }
  });

  it('is not offered on a coordinator’s device, whose key writes no names', async () => {
    const { root, done } = await mounted('wcc_abcdefghijklmnopqrstuvwxyz234567');
    try {
      await new Promise((r) => setTimeout(r, 50));
      expect(root.querySelector('form')).toBeNull();
    } finally {
      done();
    }
  });
});
