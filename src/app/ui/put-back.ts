import type { Repositories } from '../core/db/store.ts';
import type { Repository } from '../core/db/repository.ts';
import type { EditableOf, RecordKind } from '../../shared/schemas/kinds.ts';
import type { LostValue } from '../../shared/schemas/records.ts';
import { canPutBack } from '../core/db/lost-values.ts';
import { t } from '../i18n/index.ts';
import { run } from './command.ts';
import { updateWithUndo } from './undo.ts';
import { lostValueText, lostValueWhat } from './lost-value-words.ts';

/**
 * Write a lost value back into its record's field, as an edit made here: through the record's
 * repository (validated, in the outbox, so it syncs and wins over the value that replaced it) and
 * the command runner (a failure in words, and Undo). A field that was emptied is emptied again; a
 * delete or restore that lost is made again. Resolves once done or said.
 */
export async function putBack(repos: Repositories, l: LostValue, recordNames: ReadonlyMap<string, string> = new Map()): Promise<void> {
  if (!canPutBack(l)) return;
  const repo = repos[l.recordKind] as Repository<RecordKind>;
  const message = t('lost.putBackDone', { what: lostValueWhat(l), value: lostValueText(l, recordNames) });
  if (l.field === 'deleted') {
    const [redo, undo] = l.value === true ? [() => repo.remove(l.recordId), () => repo.restore(l.recordId)] : [() => repo.restore(l.recordId), () => repo.remove(l.recordId)];
    await run<unknown>(redo, { undo: { message, run: undo } });
    return;
  }
  // The repository checks the value against the field's schema, as for any edit.
  const patch = { [l.field]: l.value ?? undefined } as Partial<EditableOf<RecordKind>>;
  await updateWithUndo(repo, l.recordId, patch, message);
}
