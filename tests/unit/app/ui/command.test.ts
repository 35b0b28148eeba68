import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../../src/app/core/db/store.ts';
import { StorageError, storageFullListeners } from '../../../../src/app/core/db/errors.ts';
import { dismissAnnouncement } from '../../../../src/app/ui/announcer.ts';
import { said } from '../../../support/announced.ts';
import { run, type Failure } from '../../../../src/app/ui/command.ts';
import { removeWithUndo, updateWithUndo } from '../../../../src/app/ui/undo.ts';
import { t } from '../../../../src/app/i18n/index.ts';
import type { EditableOf } from '../../../../src/shared/schemas/kinds.ts';
import { uuidv7 } from '../../../../src/shared/ids.ts';
import { workshopFields } from '../../../support/workshop-fields.ts';

let store: LocalStore;
let workshopId: string;

beforeEach(async () => {
  store = await openLocalStore(`command-${Math.random()}`, () => 1_764_000_000_000);
  const w = await store.repos.workshop.create(
    workshopFields('Organising domestic workers', { theme: 'social-protection', endDate: '2026-03-11', venue: 'Maputo', country: 'MZ', languages: ['pt'], facilitators: ['Ana'], status: 'planned' }),
  );
  workshopId = w.id;
  dismissAnnouncement();
});
afterEach(() => {
  store.close();
  vi.restoreAllMocks();
});

const quietly = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

const action: EditableOf<'action'> = { itemId: 'c1', action: 'Map the markets', who: 'Ana', due: '2026-06-01', indicator: '', status: 'planned' };

describe('the command runner', () => {
  it('says a failing write in words, as a toast that reads as a failure, and resolves to undefined', async () => {
    quietly();
    const result = await run(() => Promise.reject(new Error('disk went away')));
    expect(result).toBeUndefined();
    expect(await said()).toEqual({ message: t('error.command_failed'), failed: true });
  });

  it('says a full device in its own words, and tells the storage-full listeners', async () => {
    const full = vi.fn();
    storageFullListeners.add(full);
    try {
      await run(() => Promise.reject(new DOMException('quota', 'QuotaExceededError')));
      expect((await said()).message).toBe(t('error.quota_exceeded'));
      expect(full).toHaveBeenCalledOnce();
      await run(() => Promise.reject(new StorageError('quota_exceeded', 'device storage is full')));
      expect((await said()).message).toBe(t('error.quota_exceeded'));
    } finally {
      storageFullListeners.delete(full);
    }
  });

  it('gives a form its field messages when the record does not validate', async () => {
    let failure: Failure | undefined;
    const result = await run(() => store.repos.note.create({ text: '', kind: 'approach', capacities: [] } as never, workshopId), { onError: (f) => (failure = f) });
    expect(result).toBeUndefined();
    expect(failure?.message).toBe(t('form.fixErrors'));
    expect(Object.keys(failure?.fields ?? {}).length).toBeGreaterThan(0);
    // Nothing goes to the toast when a form takes the failure.
    expect((await said()).message).toBe('');
  });

  it('never lets a rejection escape, even when saying the failure throws', async () => {
    quietly();
    const escaped = vi.fn();
    process.on('unhandledRejection', escaped);
    try {
      await expect(
        run(() => Promise.reject(new Error('x')), {
          onError: () => {
            throw new Error('target gone');
          },
        }),
      ).resolves.toBeUndefined();
      await expect(
        run(() => {
          throw new TypeError('sync throw');
        }),
      ).resolves.toBeUndefined();
      await expect(
        run(() => Promise.resolve(1), {
          undo: () => {
            throw new Error('no undo');
          },
        }),
      ).resolves.toBe(1);
      await new Promise((r) => setTimeout(r, 10));
      expect(escaped).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', escaped);
    }
  });

  it('says a missing record as such, not as a failed save', async () => {
    await run(() => Promise.reject(new StorageError('not_found', 'gone')));
    expect((await said()).message).toBe(t('error.not_found'));
    let inForm: Failure | undefined;
    await run(() => Promise.reject(new StorageError('record_too_large', 'big')), { onError: (f) => (inForm = f) });
    expect(inForm?.message).toBe(t('error.record_too_large'));
  });

  it('offers undo of an edit, and undo restores the previous value', async () => {
    const a = await store.repos.action.create(action, workshopId);
    await updateWithUndo(store.repos.action, a.id, { status: 'done' }, 'Status changed.');
    expect((await store.repos.action.get(a.id))?.status).toBe('done');
    const toast = await said();
    expect(toast.message).toBe('Status changed.');
    expect(toast.action?.label).toBe(t('form.undo'));
    toast.action!.run();
    await vi.waitFor(async () => expect((await store.repos.action.get(a.id))?.status).toBe('planned'));
  });

  it('undo of an edit clears a field that was empty before', async () => {
    const a = await store.repos.action.create(action, workshopId);
    expect(a.organisationId).toBeUndefined();
    await updateWithUndo(store.repos.action, a.id, { organisationId: uuidv7(1_764_000_000_000) }, 'Moved.');
    (await said()).action!.run();
    await vi.waitFor(async () => expect((await store.repos.action.get(a.id))?.organisationId).toBeUndefined());
  });

  it('offers no undo when the edit fails, and says why', async () => {
    await updateWithUndo(store.repos.action, 'no-such-id', { status: 'done' }, 'Status changed.');
    const toast = await said();
    expect(toast.message).toBe(t('error.not_found'));
    expect(toast.action).toBeUndefined();
  });

  it('undoes a delete', async () => {
    const a = await store.repos.action.create(action, workshopId);
    await removeWithUndo(store.repos.action, a.id, 'Map the markets');
    expect(await store.repos.action.get(a.id)).toBeUndefined();
    const toast = await said();
    expect(toast.message).toBe(t('form.deleted', { name: 'Map the markets' }));
    toast.action!.run();
    await vi.waitFor(async () => expect(await store.repos.action.get(a.id)).toBeDefined());
  });
});
