import { createSignal, Show, untrack } from 'solid-js';
import { SWOT_CARD_KINDS, type SwotEntry } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { Field } from '../../ui/Field.tsx';
import { SelectField } from '../../ui/inputs.tsx';
import { Form } from '../../ui/SubForm.tsx';
import { cardWords, type CardKind } from './board-cards.ts';
import { quoted, type CardCommands } from './card-commands.ts';

export interface CardActionsProps {
  entry: SwotEntry;
  /** Other cards of the same column, which this one may be merged into. */
  targets: readonly SwotEntry[];
  /** The id of the column's list of group labels (a datalist). */
  groupListId: string;
  commands: CardCommands;
  onReword: () => void;
}

/**
 * What can be done to one card, each a labelled control with its own button so it works by
 * keyboard and by touch alike: reword, move, group, merge, delete.
 */
export function CardActions(props: CardActionsProps) {
  const p = () => `card-${props.entry.id}`;
  const kinds = () => SWOT_CARD_KINDS.filter((k) => k !== props.entry.quadrant);
  const [kind, setKind] = createSignal<string>('');
  // The field starts from the card's group when the actions open; what is typed is the person's.
  const [group, setGroup] = createSignal(untrack(() => props.entry.group ?? ''));
  const [into, setInto] = createSignal('');
  const [intoError, setIntoError] = createSignal<string>();
  const merge = () => {
    const target = props.targets.find((e) => e.id === into());
    if (!target) return setIntoError(t('board.chooseCard'));
    void props.commands.merge(props.entry, target);
  };
  return (
    <div class="card-actions" role="group" aria-label={t('board.actionsFor', { text: quoted(props.entry) })}>
      <div class="row__actions">
        <Button label={t('board.reword')} ariaLabel={t('board.rewordOf', { text: quoted(props.entry) })} onClick={props.onReword} />
        <Button label={t('form.delete')} tone="danger" ariaLabel={t('swot.remove', { text: quoted(props.entry) })} onClick={() => void props.commands.remove(props.entry)} />
      </div>
      <Form class="inline-form card-actions__form" onSubmit={() => void props.commands.move(props.entry, (kind() || kinds()[0]!) as CardKind)}>
        <SelectField id={`${p()}-move`} label={t('board.moveTo')} value={kind() || kinds()[0]!} options={kinds().map((k) => ({ value: k, label: t(`swot.${k}`) }))} onChange={setKind} />
        <button type="submit" class="button">
          {t('board.move')}
        </button>
      </Form>
      <Form class="inline-form card-actions__form" onSubmit={() => void props.commands.group(props.entry, group())}>
        <Field id={`${p()}-group`} label={t('board.fieldGroup')} hint={t('board.groupHint')}>
          {(aria) => <input {...aria} type="text" list={props.groupListId} autocomplete="off" value={group()} onInput={(e) => setGroup(e.currentTarget.value)} />}
        </Field>
        <button type="submit" class="button">
          {t('board.saveGroup')}
        </button>
      </Form>
      <Show when={props.targets.length > 0}>
        <Form class="inline-form card-actions__form" onSubmit={merge}>
          <SelectField
            id={`${p()}-merge`}
            label={t('board.mergeInto')}
            placeholder={t('board.chooseCard')}
            value={into()}
            error={intoError()}
            options={props.targets.map((e) => ({ value: e.id, label: cardWords(e).slice(0, 80) }))}
            onChange={(v) => (setInto(v), setIntoError(undefined))}
          />
          <button type="submit" class="button">
            {t('board.merge')}
          </button>
        </Form>
      </Show>
    </div>
  );
}
