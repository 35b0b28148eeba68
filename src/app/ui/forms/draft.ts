import { createSignal, type Accessor } from 'solid-js';

const PREFIX = 'draft:';

export interface Draft<T> {
  value: Accessor<T>;
  /** Replace the draft; it is written to localStorage at once, so a reload or crash keeps it. */
  set(next: T): void;
  /** Forget the stored draft (after a successful save, or an explicit cancel) and show `to` (default: the initial value). */
  clear(to?: T): void;
  /** True when a stored draft with unsaved input was found on creation. */
  restored: boolean;
  isDirty: Accessor<boolean>;
}

/**
 * A form draft that survives reloads, closed tabs and app updates. localStorage is synchronous,
 * so every keystroke is on disk before the next event; drafts are small, so its size limit is fine.
 */
export function createDraft<T extends object>(key: string, initial: T): Draft<T> {
  const storageKey = PREFIX + key;
  const stored = read<T>(storageKey);
  const [value, setValue] = createSignal<T>(stored ? { ...initial, ...stored } : initial);
  const initialJson = JSON.stringify(initial);
  return {
    value,
    restored: stored !== undefined && JSON.stringify(value()) !== initialJson,
    set(next) {
      setValue(() => next);
      try {
        localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the draft still lives in memory for this page.
      }
    },
    clear(to = initial) {
      localStorage.removeItem(storageKey);
      setValue(() => to);
    },
    isDirty: () => JSON.stringify(value()) !== initialJson,
  };
}

/** A stored draft without binding it to a form (to finish a save that a reload interrupted). */
export function storedDraft<T>(key: string): T | undefined {
  return read<T>(PREFIX + key);
}

export function forgetDraft(key: string): void {
  localStorage.removeItem(PREFIX + key);
}

/** Forget every draft whose key starts with `prefix` (a person's half-typed comments, when their answers leave the device). */
export function forgetDraftsStartingWith(prefix: string): void {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX + prefix)) keys.push(key);
  }
  for (const key of keys) localStorage.removeItem(key);
}

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}
