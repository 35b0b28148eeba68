import { Show } from 'solid-js';
import { SWOT_CARD_KINDS } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { choices, FormActions, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';
import { isExternal, type CardDraft } from './participant-drafts.ts';

export interface ParticipantCardFormProps extends DraftFormProps<CardDraft> {
  factors: readonly Option[];
  /** An anonymous workshop's cards carry no name: no field asks for one. */
  anonymous: boolean;
  saveLabel: string;
}

/** A phone's card: its kind, the external factor of an opportunity or threat, its words, and the author's name where names are kept. */
export function ParticipantCardForm(props: ParticipantCardFormProps) {
  const { field } = draftFields(props);
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <SelectField {...field('quadrant', 'kind')} label={t('cards.fieldKind')} options={choices(SWOT_CARD_KINDS, 'cards.kinds')} />
      <Show when={isExternal(props.draft.quadrant)}>
        <SelectField {...field('factorId', 'factor')} label={t('swot.fieldFactor')} required placeholder={t('cards.chooseFactor')} options={props.factors} />
      </Show>
      <TextField {...field('text')} multiline rows={3} label={t('cards.fieldText')} required />
      <Show when={!props.anonymous} fallback={<p class="muted">{t('cards.anonymous')}</p>}>
        <TextField {...field('author', 'name')} label={t('cards.fieldName')} hint={t('cards.nameHint')} autocomplete="name" />
      </Show>
      <FormActions saveLabel={props.saveLabel} saving={props.saving} cancelLabel={t('form.cancel')} onCancel={props.onCancel} />
    </SubForm>
  );
}
