import { t } from '../i18n/index.ts';
import type { Repository } from '../core/db/repository.ts';
import type { RecordKind } from '../../shared/schemas/kinds.ts';
import { announce } from './announcer.ts';

/** Delete a record (a tombstone) and offer to undo it for a few seconds. */
export async function removeWithUndo<K extends RecordKind>(repo: Repository<K>, id: string, name: string): Promise<void> {
  try {
    await repo.remove(id);
    announce(t('form.deleted', { name }), { label: t('form.undo'), run: () => void repo.restore(id) });
  } catch {
    announce(t('error.write_failed'));
  }
}
