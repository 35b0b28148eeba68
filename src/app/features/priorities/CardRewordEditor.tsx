import { untrack } from 'solid-js';
import type { SwotEntry } from '../../../shared/schemas/records.ts';
import { useStore } from '../../core/db/store-context.ts';
import { t } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { createEditForm } from '../../ui/forms/edit-form.ts';
import { bindForm } from '../../ui/forms/record-form.ts';
import { FormActions, TextField } from '../../ui/inputs.tsx';
import { SubForm } from '../../ui/SubForm.tsx';
import { cardWords } from './board-cards.ts';
import { quoted, wordingFor } from './card-commands.ts';

/**
 * The facilitator's words for a card, prefilled with what the board shows. They go to `wording`;
 * the author's `text` stays as written, and clearing the field shows it again.
 */
export function CardRewordEditor(props: { entry: SwotEntry; onDone: () => void }) {
  const store = useStore();
  const form = createEditForm({
    name: 'swot-reword',
    record: () => props.entry,
    toDraft: (entry) => ({ wording: cardWords(entry) }),
    save: (d) => store.repos.swot.update(props.entry.id, { wording: wordingFor(props.entry, d.wording) }),
  });
  // The wording the card had when the edit began: what Undo puts back.
  const before = untrack(() => props.entry.wording);
  const bound = bindForm(form, {
    onSaved: (saved) => {
      announce(t('board.reworded', { text: quoted(saved) }), { label: t('form.undo'), run: () => void run(() => store.repos.swot.update(saved.id, { wording: before })) });
      props.onDone();
    },
    onCancel: () => props.onDone(),
  });
  return (
    <SubForm heading={t('board.rewordOf', { text: quoted(props.entry) })} error={bound.formError} onSubmit={() => void bound.onSubmit()}>
      <TextField
        id={`card-${props.entry.id}-wording`}
        multiline
        rows={2}
        label={t('board.fieldWording')}
        hint={t('board.wordingHint')}
        error={bound.errors.wording}
        value={bound.draft.wording}
        onInput={(v) => form.change({ wording: v })}
      />
      <FormActions saveLabel={t('form.save')} cancelLabel={t('form.cancel')} saving={bound.saving} onCancel={bound.onCancel} />
    </SubForm>
  );
}
