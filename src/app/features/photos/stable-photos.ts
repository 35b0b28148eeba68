import { createEffect, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Photo } from '../../../shared/schemas/photo-records.ts';

/**
 * A list of photos that keeps each photo's object while its id stays, whatever the live query
 * hands back: a list re-read after one caption is saved would otherwise make every row anew, and
 * the caption being typed in the next row would be lost, its thumbnail loaded again.
 */
export function createStablePhotos(photos: Accessor<readonly Photo[] | undefined>): Accessor<readonly Photo[]> {
  const [list, setList] = createStore<Photo[]>([]);
  createEffect(() => setList(reconcile([...(photos() ?? [])], { key: 'id' })));
  return () => list;
}
