import { LIMITS } from '../schemas/fields.ts';
import type { FrameworkDocument, LocalText } from './schema.ts';

/** What a text of a framework is, for people who translate it without seeing the app. */
export type TextKind = 'name' | 'description' | 'scale' | 'group' | 'item' | 'explanation' | 'question' | 'factor' | 'dimension';

export interface FrameworkText {
  /**
   * A stable address of the text: `name`, `description`, `scale.3` (by the point's value),
   * `group.<id>.label`, `item.<id>.label`, `item.<id>.explanation`, `item.<id>.question.<n>` (from 1),
   * `factor.<id>.label`, `dimension.<id>.label`. Ids never change with the words, so a translated
   * spreadsheet finds its texts again.
   */
  key: string;
  kind: TextKind;
  /** The label of the item or group the text belongs to (for a question or an explanation: its item). */
  of?: LocalText;
  /** A point's value, a question's number. */
  n?: number;
  text: LocalText;
  /** The longest text the framework accepts here. */
  max: number;
}

/** Every text of a framework in the order a reader meets them. An explanation is listed even when there is none yet. */
export function frameworkTexts(f: FrameworkDocument): FrameworkText[] {
  const out: FrameworkText[] = [{ key: 'name', kind: 'name', text: f.name, max: LIMITS.title }];
  out.push({ key: 'description', kind: 'description', text: f.description ?? {}, max: LIMITS.text });
  f.scale.labels.forEach((text, i) => out.push({ key: `scale.${f.scale.min + i}`, kind: 'scale', n: f.scale.min + i, text, max: LIMITS.short }));
  for (const g of f.groups) {
    out.push({ key: `group.${g.id}.label`, kind: 'group', text: g.label, max: LIMITS.title });
    for (const item of g.items) {
      out.push({ key: `item.${item.id}.label`, kind: 'item', of: g.label, text: item.label, max: LIMITS.title });
      out.push({ key: `item.${item.id}.explanation`, kind: 'explanation', of: item.label, text: item.explanation ?? {}, max: LIMITS.text });
      (item.questions ?? []).forEach((q, i) => out.push({ key: `item.${item.id}.question.${i + 1}`, kind: 'question', of: item.label, n: i + 1, text: q, max: LIMITS.title }));
    }
  }
  for (const x of f.factors) out.push({ key: `factor.${x.id}.label`, kind: 'factor', text: x.label, max: LIMITS.title });
  for (const d of f.dimensions ?? []) out.push({ key: `dimension.${d.id}.label`, kind: 'dimension', text: d.label, max: LIMITS.title });
  return out;
}

/** A text with its blank languages left out; undefined when nothing is left (an optional text then goes away). */
function tidy(text: LocalText): LocalText | undefined {
  const kept = Object.entries(text).filter(([, v]) => v.trim() !== '');
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/**
 * The framework with some of its texts replaced, by key; everything else, its structure included,
 * stays as it was. A required text never disappears: left blank it stays an empty English text,
 * which the schema then names as missing, rather than a hole in the document.
 */
export function withTexts(f: FrameworkDocument, changes: ReadonlyMap<string, LocalText>): FrameworkDocument {
  const req = (key: string, old: LocalText): LocalText => {
    const next = changes.get(key);
    return next ? (tidy(next) ?? { en: '' }) : old;
  };
  const opt = (key: string, old: LocalText | undefined): { text?: LocalText } => {
    const next = changes.has(key) ? tidy(changes.get(key)!) : old;
    return next ? { text: next } : {};
  };
  const description = opt('description', f.description).text;
  const { description: _dropped, ...rest } = f;
  return {
    ...rest,
    name: req('name', f.name),
    ...(description ? { description } : {}),
    scale: { ...f.scale, labels: f.scale.labels.map((l, i) => req(`scale.${f.scale.min + i}`, l)) },
    groups: f.groups.map((g) => ({
      ...g,
      label: req(`group.${g.id}.label`, g.label),
      items: g.items.map((item) => {
        const { explanation: _old, ...base } = item;
        const explanation = opt(`item.${item.id}.explanation`, item.explanation).text;
        return {
          ...base,
          label: req(`item.${item.id}.label`, item.label),
          ...(explanation ? { explanation } : {}),
          ...(item.questions ? { questions: item.questions.map((q, i) => req(`item.${item.id}.question.${i + 1}`, q)) } : {}),
        };
      }),
    })),
    factors: f.factors.map((x) => ({ ...x, label: req(`factor.${x.id}.label`, x.label) })),
    ...(f.dimensions ? { dimensions: f.dimensions.map((d) => ({ ...d, label: req(`dimension.${d.id}.label`, d.label) })) } : {}),
  };
}

/** One text in one language changed (an empty value removes that language's text). */
export function withText(f: FrameworkDocument, key: string, lang: string, value: string): FrameworkDocument {
  const old = frameworkTexts(f).find((x) => x.key === key);
  if (!old) return f;
  return withTexts(f, new Map([[key, { ...old.text, [lang]: value }]]));
}

/** Languages a framework has any text in, English first. */
export function frameworkLanguages(f: FrameworkDocument): string[] {
  const langs = new Set(frameworkTexts(f).flatMap((x) => Object.keys(x.text).filter((l) => x.text[l]?.trim())));
  return ['en', ...[...langs].filter((l) => l !== 'en').sort()];
}

/** How many texts lack a language: a text counts when it exists in some language (an explanation nobody wrote is not missing). */
export function missingCount(f: FrameworkDocument, lang: string): number {
  return frameworkTexts(f).filter((x) => Object.values(x.text).some((v) => v.trim()) && !x.text[lang]?.trim()).length;
}
