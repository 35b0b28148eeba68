import type { MessageKey } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';

interface Issue {
  path: readonly PropertyKey[];
  code?: string;
  message: string;
  maximum?: unknown;
}

/** Turn schema issues into one message per field, in the reader's language. */
export function fieldErrors(issues: readonly Issue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (out[field]) continue;
    out[field] = messageFor(field, issue);
  }
  return out;
}

/** Whole-number fields and their ranges, as the shared schemas set them. */
const NUMBER_RANGES: Record<string, [number, number]> = { day: [1, 31], minutes: [0, 24 * 60] };

function messageFor(field: string, issue: Issue): string {
  const range = NUMBER_RANGES[field];
  if (range) return t('validation.number', { min: range[0], max: range[1] });
  // A reference to another record (organisationId…) is chosen from a list.
  if (field.endsWith('Id')) return t('validation.choose');
  if (issue.code === 'too_small') return t('validation.required');
  if (issue.code === 'too_big') return t('validation.tooLong', { max: Number(issue.maximum ?? 0) });
  if (issue.message === 'end date before start date') return t('validation.endBeforeStart');
  if (issue.message === 'project reference shape') return t('validation.projectReference');
  const byField: Record<string, MessageKey> = {
    startDate: 'validation.date',
    endDate: 'validation.date',
    due: 'validation.date',
    start: 'validation.time',
    country: 'validation.country',
  };
  return t(byField[field] ?? 'validation.invalid');
}
