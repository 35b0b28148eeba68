import type { MessageKey } from './index.ts';
import { t } from './index.ts';

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

function messageFor(field: string, issue: Issue): string {
  if (issue.code === 'too_small') return t('validation.required');
  if (issue.code === 'too_big') return t('validation.tooLong', { max: Number(issue.maximum ?? 0) });
  if (issue.message === 'end date before start date') return t('validation.endBeforeStart');
  const byField: Record<string, MessageKey> = {
    startDate: 'validation.date',
    endDate: 'validation.date',
    country: 'validation.country',
  };
  return t(byField[field] ?? 'validation.invalid');
}
