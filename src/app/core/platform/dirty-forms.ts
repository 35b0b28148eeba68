import { createSignal, onCleanup } from 'solid-js';

/**
 * Which forms on screen hold unsaved input. The update flow reads this so a new app version
 * never reloads the page under someone's typing.
 */
const [dirtyForms, setDirtyForms] = createSignal<ReadonlySet<string>>(new Set());

export function hasDirtyForms(): boolean {
  return dirtyForms().size > 0;
}

/** Report a form's dirtiness while the calling component lives. */
export function trackDirty(formId: string, isDirty: () => boolean): (dirty: boolean) => void {
  const set = (dirty: boolean) =>
    setDirtyForms((prev) => {
      if (prev.has(formId) === dirty) return prev;
      const next = new Set(prev);
      if (dirty) next.add(formId);
      else next.delete(formId);
      return next;
    });
  set(isDirty());
  onCleanup(() => set(false));
  return set;
}
