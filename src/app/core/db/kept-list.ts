/**
 * A list a screen keeps, sorted, changed record by record: records that did not change keep their
 * object identity, so a keyed list (Solid's <For>) touches only the rows that changed.
 */
export type Compare<T> = (a: T, b: T) => number;

interface Identified {
  id: string;
}

/** The list with `changed` applied: an id mapped to a record replaces or adds it, to undefined removes it. */
export function applyChanges<T extends Identified>(list: readonly T[], changed: ReadonlyMap<string, T | undefined>, order: Compare<T> | undefined): T[] {
  if (changed.size === 0) return list as T[];
  const next = list.filter((r) => !changed.has(r.id));
  for (const record of changed.values()) {
    if (record === undefined) continue;
    if (!order) {
      next.push(record);
      continue;
    }
    // Insert after every record that sorts before or level with it (binary search: the list is sorted).
    let lo = 0;
    let hi = next.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(next[mid]!, record) <= 0) lo = mid + 1;
      else hi = mid;
    }
    next.splice(lo, 0, record);
  }
  return next;
}

/**
 * A freshly read list, sorted, where each record equal in value to the one kept under its id is
 * replaced by the kept object: a bulk change (a page of sync) re-renders only what it changed.
 */
export function reuseUnchanged<T extends Identified>(previous: readonly T[], fresh: T[], order: Compare<T> | undefined): T[] {
  const kept = new Map(previous.map((r) => [r.id, r]));
  const next = fresh.map((r) => {
    const old = kept.get(r.id);
    return old !== undefined && sameValue(old, r) ? old : r;
  });
  return order ? next.sort(order) : next;
}

/** Structural equality of JSON-like values (records are plain data: strings, numbers, booleans, arrays, objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
