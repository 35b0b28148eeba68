import type { Practice } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { mergeFields, reorder, type CompendiumEntry } from './compendium.ts';
import type { LocalStore } from '../../core/db/store.ts';
import { run } from '../../ui/command.ts';
import { changedFields } from '../../ui/forms/changed-fields.ts';
import { live } from '../../core/db/live-query.ts';
import { photosBySubject } from '../photos/index.ts';

/** Every workshop, practice card, organisation, project and practice photo on this device, as live signals. */
export function createCompendiumData(store: LocalStore) {
  const { repos } = store;
  return {
    workshops: live(() => repos.workshop.list()),
    practices: live(() => repos.practice.list()),
    organisations: live(() => repos.organisation.list()),
    projects: live(() => repos.project.list()),
    photos: live(async () => photosBySubject(await repos.photo.list(), 'practice')),
  };
}

/**
 * Move an entry one place, with Undo; every entry whose place changes is written, so the order
 * syncs whole, and Undo writes back the places they had.
 */
export async function moveEntry(store: LocalStore, entries: readonly CompendiumEntry[], index: number, delta: -1 | 1): Promise<void> {
  const changes = reorder(entries, index, delta);
  if (changes.length === 0) return;
  const before = new Map(entries.map((e) => [e.practice.id, e.practice.compendiumOrder]));
  await run(
    async () => {
      for (const c of changes) await store.repos.practice.update(c.id, { compendiumOrder: c.compendiumOrder });
    },
    {
      undo: {
        message: t('compendium.moved', { title: entries[index]!.practice.title, place: index + delta + 1 }),
        run: async () => {
          for (const c of changes) await store.repos.practice.update(c.id, { compendiumOrder: before.get(c.id) });
        },
      },
    },
  );
}

/**
 * Merge a duplicate into the card that stays, with Undo: the kept card gets back exactly the
 * fields the merge changed, and the duplicate leaves the merge.
 */
export async function mergeDuplicate(store: LocalStore, keep: Practice, duplicate: Practice, all: readonly Practice[]): Promise<void> {
  const merged = mergeFields(keep, duplicate);
  const keys = Object.keys(merged) as (keyof typeof merged)[];
  const before = Object.fromEntries(keys.map((k) => [k, keep[k]])) as typeof merged;
  // Only what the merge changes is written, so a concurrent edit of another field survives.
  const patch = changedFields(merged, before);
  // Cards already merged into the duplicate follow it into the kept card: no chain hides them.
  const sources = all.filter((p) => p.mergedInto === duplicate.id);
  const restore = changedFields(before, merged);
  await run(
    async () => {
      if (Object.keys(patch).length > 0) await store.repos.practice.update(keep.id, patch);
      await store.repos.practice.update(duplicate.id, { mergedInto: keep.id });
      for (const s of sources) await store.repos.practice.update(s.id, { mergedInto: keep.id });
    },
    {
      undo: {
        message: t('compendium.merged', { duplicate: duplicate.title, title: keep.title }),
        run: async () => {
          await store.repos.practice.update(duplicate.id, { mergedInto: undefined });
          for (const s of sources) await store.repos.practice.update(s.id, { mergedInto: duplicate.id });
          if (Object.keys(restore).length > 0) await store.repos.practice.update(keep.id, restore);
        },
      },
    },
  );
}
