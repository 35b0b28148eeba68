import type { FrameworkText } from '../tuoc-text/types.ts';

/** The TUOC operating principles the profile weighs too. */
const SHARED = ['democratic-ownership', 'autonomy', 'coherence', 'inclusiveness-equality', 'sustainability'] as const;

/** Those principles' names in one language, as the TUOC framework names them there. */
export function tuocPrinciples(text: FrameworkText): Record<(typeof SHARED)[number], string> {
  return Object.fromEntries(SHARED.map((id) => [id, text.items[id].label])) as Record<(typeof SHARED)[number], string>;
}
