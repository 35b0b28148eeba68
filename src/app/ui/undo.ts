import { t } from '../i18n/index.ts';
import type { Repository } from '../core/db/repository.ts';
import type { EditableOf, RecordKind, RecordOf } from '../../shared/schemas/kinds.ts';
import { StorageError } from '../core/db/errors.ts';
import { run } from './command.ts';

/** Delete a record (a tombstone) and offer to undo it for a few seconds. */
export function removeWithUndo<K extends RecordKind>(repo: Repository<K>, id: string, name: string): Promise<void> {
  return run(() => repo.remove(id), { undo: { message: t('form.deleted', { name }), run: () => repo.restore(id) } });
}

/**
 * Change some fields of a record and offer to put them back: the fields' values before the change
 * are read as it is made, and undo writes them back (a field that was empty is cleared again).
 * `message` says what changed; without it, failure still reaches the person but no undo is offered.
 */
export function updateWithUndo<K extends RecordKind>(repo: Repository<K>, id: string, patch: Partial<EditableOf<K>>, message?: string): Promise<RecordOf<K> | undefined> {
  let before: Partial<EditableOf<K>> = {};
  return run(
    async () => {
      const current = await repo.get(id);
      if (!current) throw new StorageError('not_found', `${repo.kind} ${id} not found`);
      before = previousValues(current, patch);
      return repo.update(id, patch);
    },
    message === undefined ? {} : { undo: { message, run: () => repo.update(id, before) } },
  );
}

/** The values `patch`'s fields had in `current`; a field absent there comes back as undefined (cleared). */
function previousValues<T extends object>(current: object, patch: T): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(patch) as (keyof T)[]) out[k] = (current as Record<keyof T, T[keyof T]>)[k];
  return out;
}
