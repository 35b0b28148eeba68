import { describe, expect, it } from 'vitest';
import { en } from '../../../../src/app/i18n/en/index.ts';
import { fr } from '../../../../src/app/i18n/fr/index.ts';
import { es } from '../../../../src/app/i18n/es/index.ts';
import { ar } from '../../../../src/app/i18n/ar/index.ts';
import { pt } from '../../../../src/app/i18n/pt/index.ts';
import { LOCALES } from '../../../../src/app/i18n/locales.ts';
import { REJECTION_CODES } from '../../../../src/shared/sync/rejections.ts';
import type { StorageErrorCode } from '../../../../src/app/core/db/errors.ts';

const DICTIONARIES = { en, fr, es, ar, pt } as unknown as Record<string, { refused: { reasons: Record<string, unknown> }; error: Record<string, unknown> }>;

/** Every storage failure code, checked complete by the compiler: the command runner says each. */
const STORAGE_CODES = Object.keys({ not_found: 1, invalid_record: 1, record_too_large: 1, quota_exceeded: 1, write_failed: 1 } satisfies Record<StorageErrorCode, 1>);

const said = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

describe('failures have words in every language', () => {
  it('covers every language', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual([...LOCALES].sort());
  });

  for (const [lang, dict] of Object.entries(DICTIONARIES)) {
    it(`${lang}: every code the server refuses a change with, and the unknown one`, () => {
      expect([...REJECTION_CODES, 'unknown'].filter((code) => !said(dict.refused.reasons[code]))).toEqual([]);
    });

    it(`${lang}: every storage failure, a failed change, and what escapes`, () => {
      expect([...STORAGE_CODES, 'command_failed', 'unexpected'].filter((code) => !said(dict.error[code]))).toEqual([]);
    });
  }
});
