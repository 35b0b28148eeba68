import type { LocalText } from './schema.ts';

/**
 * One piece of a built-in framework's text in every language that has it (English always does):
 * the languages' texts are kept apart, one file each, and gathered here.
 */
export function gather<T>(texts: Record<string, T>, pick: (text: T) => string | undefined): LocalText {
  return Object.fromEntries(
    Object.entries(texts).flatMap(([lang, text]) => {
      const value = pick(text);
      return value ? [[lang, value]] : [];
    }),
  );
}
