/**
 * The fields of `next` that differ from `base`: an edit writes only what the person changed, so a
 * concurrent edit of another field on another device survives the merge (and a curator's edit
 * stays within the fields a curator may change).
 */
export function changedFields<T extends object>(next: T, base: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(next) as (keyof T)[]) if (JSON.stringify(next[k]) !== JSON.stringify(base[k])) out[k] = next[k];
  return out;
}
