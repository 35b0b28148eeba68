// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { StorageError } from '../../../../src/app/core/db/errors.ts';
import { createRecordForm } from '../../../../src/app/ui/forms/record-form.ts';
import { announcement } from '../../../../src/app/ui/announcer.ts';
import { t } from '../../../../src/app/i18n/index.ts';

let dispose = () => undefined as void;
afterEach(() => {
  dispose();
  localStorage.clear();
  vi.restoreAllMocks();
});

function form(save: () => Promise<string>) {
  return createRoot((d) => {
    dispose = d;
    return createRecordForm({ formId: `test-${Math.random()}`, initial: { title: '' }, save });
  });
}

describe('the record form, through the command runner', () => {
  it('says a failed write above its buttons, keeps the input, and resolves to nothing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const f = form(() => Promise.reject(new Error('disk went away')));
    f.change({ title: 'Opening' });
    await expect(f.submit()).resolves.toBeUndefined();
    expect(f.formError()).toBe(t('error.write_failed'));
    expect(f.draft()).toEqual({ title: 'Opening' });
    expect(f.saving()).toBe(false);
    // The form says it; no toast repeats it.
    await Promise.resolve();
    expect(announcement().message).toBe('');
  });

  it('says a full device in its words, and each invalid field under it', async () => {
    const full = form(() => Promise.reject(new StorageError('quota_exceeded', 'full')));
    await full.submit();
    expect(full.formError()).toBe(t('error.quota_exceeded'));
    const invalid = form(() => Promise.reject(new StorageError('invalid_record', 'invalid', [{ path: ['title'], code: 'too_small', message: '' }])));
    await invalid.submit();
    expect(invalid.formError()).toBe(t('form.fixErrors'));
    expect(invalid.errors()).toEqual({ title: t('validation.required') });
  });

  it('clears the draft and the message once a save succeeds', async () => {
    let fail = true;
    const f = form(() => (fail ? Promise.reject(new StorageError('write_failed', 'x')) : Promise.resolve('saved')));
    f.change({ title: 'Opening' });
    await f.submit();
    fail = false;
    await expect(f.submit()).resolves.toBe('saved');
    expect(f.formError()).toBeUndefined();
    expect(f.draft()).toEqual({ title: '' });
  });
});
