import type { FrameworkDocument, LocalText } from './schema.ts';

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

/** What opens every built-in framework: its format, id, first version, and its name and description in every language. */
export function builtInHead<T extends { name: string; description: string }>(id: string, texts: Record<string, T>): Pick<FrameworkDocument, 'format' | 'id' | 'version' | 'name' | 'description'> {
  return { format: 'workshop-companion/framework', id, version: 1, name: gather(texts, (t) => t.name), description: gather(texts, (t) => t.description) };
}
