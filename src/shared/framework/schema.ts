import * as z from 'zod/mini';
import { LIMITS } from '../schemas/fields.ts';

/**
 * A framework is data: groups of items, an answer scale and external factors, each text given per
 * language ("en" required, others optional). Frameworks are versioned and a version never changes
 * once used: adapting one makes a new version, so old scores keep their meaning.
 */
const slug = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { message: 'an id is lowercase letters, digits and dashes' }));
const langKey = z.string().check(z.regex(/^[a-z]{2,3}$/, { message: 'a language is a two- or three-letter code' }));

/** Text per language: English is required (the fallback), other languages optional. */
const localTextSchema = (max: number) =>
  z.record(langKey, z.string().check(z.maxLength(max))).check(z.refine((v) => (v.en ?? '').trim().length > 0, { message: 'English text is required', path: ['en'] }));

const frameworkItemSchema = z.strictObject({
  id: slug(),
  label: localTextSchema(LIMITS.title),
  explanation: z.optional(localTextSchema(LIMITS.text)),
  questions: z.optional(z.array(localTextSchema(LIMITS.title)).check(z.maxLength(10))),
  /**
   * The dimensions (principles) this item counts toward, when the framework declares any: one item
   * may count for several. Frameworks without dimensions (TUOC) are analysed by group as before.
   */
  dimensions: z.optional(z.array(slug()).check(z.minLength(1), z.maxLength(8))),
});

/** A dimension of analysis; a facet names its parent, and its items count toward the parent too. */
const frameworkDimensionSchema = z.strictObject({
  id: slug(),
  label: localTextSchema(LIMITS.title),
  parent: z.optional(slug()),
});

const frameworkGroupSchema = z.strictObject({
  id: slug(),
  label: localTextSchema(LIMITS.title),
  items: z.array(frameworkItemSchema).check(z.minLength(1), z.maxLength(60)),
});

const scaleSchema = z
  .strictObject({
    min: z.int().check(z.gte(0), z.lte(10)),
    max: z.int().check(z.gte(1), z.lte(10)),
    /** One label per point, from min to max. */
    labels: z.array(localTextSchema(LIMITS.short)),
    dontKnow: z.boolean(),
  })
  .check(
    z.refine((s) => s.max > s.min, { message: 'the scale maximum must be above its minimum', path: ['max'] }),
    z.refine((s) => s.labels.length === s.max - s.min + 1, { message: 'give one label per point of the scale', path: ['labels'] }),
  );

/** The kinds of text a framework holds, for saying whose words each kind is. */
export const FRAMEWORK_TEXT_KINDS = ['groups', 'items', 'explanations', 'questions', 'scale', 'factors'] as const;
export type FrameworkTextKind = (typeof FRAMEWORK_TEXT_KINDS)[number];

/**
 * The published work a framework follows, and which kinds of its text keep that work's own names
 * (every other kind is the framework's own wording), so a facilitator can tell the two apart.
 */
const originSchema = z.strictObject({
  title: localTextSchema(LIMITS.title),
  publisher: localTextSchema(LIMITS.title),
  year: z.int().check(z.gte(1900), z.lte(2100)),
  url: z.optional(z.string().check(z.maxLength(500), z.regex(/^https:\/\/[^\s<>"]+$/, { message: 'a source address starts with https://' }))),
  published: z.array(z.enum(FRAMEWORK_TEXT_KINDS)).check(
    z.maxLength(FRAMEWORK_TEXT_KINDS.length),
    z.refine((kinds) => new Set(kinds).size === kinds.length, { message: 'each kind of text is named once' }),
  ),
});

export const frameworkDocumentSchema = z
  .strictObject({
    format: z.literal('workshop-companion/framework'),
    id: slug(),
    version: z.int().check(z.gte(1)),
    name: localTextSchema(LIMITS.title),
    description: z.optional(localTextSchema(LIMITS.text)),
    scale: scaleSchema,
    groups: z.array(frameworkGroupSchema).check(z.minLength(1), z.maxLength(20)),
    factors: z.array(z.strictObject({ id: slug(), label: localTextSchema(LIMITS.title) })).check(z.maxLength(40)),
    dimensions: z.optional(z.array(frameworkDimensionSchema).check(z.maxLength(40))),
    /** Optional, so documents written before it still open. */
    origin: z.optional(originSchema),
  })
  .check(
    z.refine((f) => dimensionProblem(f) === undefined, {
      message: 'every dimension an item names must be declared once, and a facet’s parent must be a dimension without a parent',
      path: ['dimensions'],
    }),
    z.refine(
      (f) => {
        const ids = f.groups.flatMap((g) => g.items.map((i) => i.id));
        return new Set(ids).size === ids.length;
      },
      { message: 'item ids must be unique', path: ['groups'] },
    ),
  );

export type LocalText = Record<string, string>;
export type FrameworkItem = z.infer<typeof frameworkItemSchema>;
export type FrameworkGroup = z.infer<typeof frameworkGroupSchema>;
export type FrameworkScale = z.infer<typeof scaleSchema>;
export type FrameworkDimension = z.infer<typeof frameworkDimensionSchema>;
export type FrameworkDocument = z.infer<typeof frameworkDocumentSchema>;

type DimensionShape = { dimensions?: readonly { id: string; parent?: string | undefined }[] | undefined; groups: readonly { items: readonly { dimensions?: readonly string[] | undefined }[] }[] };

/** What is wrong with a framework's dimensions, or undefined: unique ids, known references, one level of facets. */
function dimensionProblem(f: DimensionShape): string | undefined {
  const dims = f.dimensions ?? [];
  const ids = new Set(dims.map((d) => d.id));
  if (ids.size !== dims.length) return 'duplicate';
  const topLevel = new Set(dims.filter((d) => !d.parent).map((d) => d.id));
  if (dims.some((d) => d.parent !== undefined && !topLevel.has(d.parent))) return 'parent';
  const named = f.groups.flatMap((g) => g.items.flatMap((i) => i.dimensions ?? []));
  if (named.some((id) => !ids.has(id))) return 'unknown';
  return undefined;
}

/** A text as shown: its words and the language they are in (which differs from the reader's when a translation is missing). */
export interface ShownText {
  text: string;
  lang: string;
}

/**
 * Text in the reader's language; where that translation is missing, the first of `others` that has
 * one (a workshop's other working languages), then English (always there), then any language at all.
 * The language used is returned so a screen can say so and mark it for screen readers.
 */
export function localisedWithFallback(text: LocalText | undefined, lang: string, others: readonly string[] = []): ShownText {
  if (!text) return { text: '', lang };
  for (const l of [lang, ...others, 'en']) if (text[l]?.trim()) return { text: text[l], lang: l };
  const any = Object.entries(text).find(([, v]) => v.trim());
  return any ? { text: any[1], lang: any[0] } : { text: '', lang };
}

/** Text in the reader's language, else English. */
export function localised(text: LocalText | undefined, lang: string): string {
  return localisedWithFallback(text, lang).text;
}

export function frameworkItems(f: FrameworkDocument): (FrameworkItem & { groupId: string })[] {
  return f.groups.flatMap((g) => g.items.map((i) => ({ ...i, groupId: g.id })));
}
