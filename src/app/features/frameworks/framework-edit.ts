import type { FrameworkDocument, FrameworkItem, LocalText } from '../../../shared/framework/schema.ts';

/**
 * Pure edits of a framework document for the editor. Every function returns a new document;
 * saving one always stores a new version, so scores given to an older version keep their meaning.
 */
function slugify(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'item';
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 55)}-${n}`;
  return id;
}

/** An id made from a name, unlike every id already taken. */
export function idFromName(name: string, takenIds: ReadonlySet<string>): string {
  return uniqueId(slugify(name), takenIds);
}

/**
 * A copy to adapt: its own id (so it never replaces the original), version 1, a new name. It keeps
 * the source it was adapted from but claims none of the source's names, since its editor may reword any.
 */
export function duplicateFramework(f: FrameworkDocument, name: string, takenIds: ReadonlySet<string>): FrameworkDocument {
  const copy: FrameworkDocument = { ...structuredClone(f), id: idFromName(name, takenIds), version: 1, name: { en: name } };
  if (copy.origin) copy.origin.published = [];
  return copy;
}

const mapItems = (f: FrameworkDocument, groupId: string, fn: (items: FrameworkItem[]) => FrameworkItem[]): FrameworkDocument => ({
  ...f,
  groups: f.groups.map((g) => (g.id === groupId ? { ...g, items: fn(g.items) } : g)),
});

/** A new question, typed in one or several languages: its id comes from its English words. */
export function addItem(f: FrameworkDocument, groupId: string, label: LocalText): FrameworkDocument {
  const taken = new Set(f.groups.flatMap((g) => g.items.map((i) => i.id)));
  const words = Object.fromEntries(
    Object.entries(label)
      .filter(([, v]) => v.trim() !== '')
      .map(([l, v]) => [l, v.trim()]),
  );
  const item: FrameworkItem = { id: uniqueId(slugify(words.en ?? Object.values(words)[0] ?? ''), taken), label: words };
  return mapItems(f, groupId, (items) => [...items, item]);
}

export function removeItem(f: FrameworkDocument, groupId: string, itemId: string): FrameworkDocument {
  return mapItems(f, groupId, (items) => items.filter((i) => i.id !== itemId));
}

export function moveItem(f: FrameworkDocument, groupId: string, itemId: string, delta: -1 | 1): FrameworkDocument {
  return mapItems(f, groupId, (items) => {
    const from = items.findIndex((i) => i.id === itemId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= items.length) return items;
    const next = [...items];
    [next[from], next[to]] = [next[to]!, next[from]!];
    return next;
  });
}

/** The version a save stores: one past the highest version of this framework on the device. */
export function nextVersion(id: string, known: readonly Pick<FrameworkDocument, 'id' | 'version'>[]): number {
  return known.filter((k) => k.id === id).reduce((max, k) => Math.max(max, k.version), 0) + 1;
}
