// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import { setLocale } from '../../../../../src/app/i18n/index.ts';
import { frameworkLabels } from '../../../../../src/app/features/frameworks/framework-labels.ts';
import { addItem } from '../../../../../src/app/features/frameworks/framework-edit.ts';

describe('framework names in analysis and reports', () => {
  afterAll(() => setLocale('en', { remember: false }));
  const f = addItem(DEFAULT_TUOC, 'relate', { en: 'Digital organising', fr: 'Organisation numérique' });
  const labels = frameworkLabels(() => f);

  it('are in the reader’s language when translated', async () => {
    await setLocale('fr', { remember: false });
    expect(labels.item('digital-organising')).toBe('Organisation numérique');
    expect(labels.group('relate')).toBe(DEFAULT_TUOC.groups.find((g) => g.id === 'relate')!.label.fr);
  });

  it('say which language they are in when the reader’s is missing', async () => {
    await setLocale('ar', { remember: false });
    expect(labels.item('digital-organising')).toBe('Digital organising (باللغة الإنجليزية)');
    await setLocale('pt', { remember: false });
    expect(labels.item('digital-organising')).toBe('Digital organising (em Inglês)');
    expect(labels.item('unknown-item')).toBe('unknown-item');
  });
});
