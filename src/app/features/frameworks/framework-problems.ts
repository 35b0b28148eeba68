import type { FrameworkProblem } from '../../../shared/framework/import.ts';
import { t } from '../../i18n/index.ts';

/** One line per problem of an imported framework file: where it is, and what is wrong, in words. */
export function frameworkProblemText(p: FrameworkProblem & { keys?: readonly string[] }): string {
  const where = p.path.length ? p.path.map((s) => (typeof s === 'number' ? `#${s + 1}` : String(s))).join(' › ') : t('frameworks.whole');
  const known = ['invalid_json', 'too_big', 'invalid_type', 'too_small', 'unrecognized_keys', 'invalid_value'] as const;
  const code = (known as readonly string[]).includes(p.code) ? (p.code as (typeof known)[number]) : 'other';
  const what = t(`frameworks.problems.${code}`, { detail: p.message, keys: (p.keys ?? []).join(', ') || p.message });
  return t('frameworks.problemAt', { where, what });
}
