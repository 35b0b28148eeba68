import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { watch } from './live.ts';

/** A signal that holds the latest result of a storage query; undefined until the first result. */
export function live<T>(query: () => Promise<T>): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T>();
  const sub = watch(query).subscribe({
    next: (v) => setValue(() => v),
    error: (err) => console.error('live query failed', err),
  });
  onCleanup(() => sub.unsubscribe());
  return value;
}
