import { Show } from 'solid-js';
import { POLL_MAX_DOTS, POLL_SUBJECTS, type PollOption } from '../../../shared/schemas/room-records.ts';
import { t } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { CheckboxField, CheckboxGroup, choices, FormActions, SelectField, TextField, type Option } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';
import type { VoteDraft } from './vote-draft.ts';

/**
 * The "New vote" form: the question, what it is on and which of those options, who votes and with
 * how many dots. `offered` are the options of the draft's subject; `organisations` who may vote alone.
 */
export function NewVoteForm(props: DraftFormProps<VoteDraft> & { offered: readonly PollOption[]; organisations: readonly Option[]; noCards: boolean }) {
  const { field, set, id } = draftFields(props);
  const options = () => props.offered.map((o) => ({ value: o.id, label: o.label }));
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <TextField {...field('title')} label={t('votes.fieldTitle')} required />
      <div class="form__row">
        <SelectField
          {...field('subject')}
          label={t('votes.fieldSubject')}
          options={choices(POLL_SUBJECTS, 'votes.subject')}
          // Options of one subject mean nothing on the other: the choice starts again.
          onChange={(subject) => props.onChange({ ...props.draft, subject: subject as VoteDraft['subject'], optionIds: [] })}
        />
        <Show when={props.organisations.length > 0}>
          <SelectField {...field('organisationId', 'organisation')} label={t('votes.onlyOrganisation')} placeholder={t('votes.everyone')} options={props.organisations} />
        </Show>
      </div>
      <Show when={!props.noCards} fallback={<p class="notice">{t('votes.noCards')}</p>}>
        <CheckboxGroup
          id={id('options')}
          legend={t('votes.fieldOptions')}
          options={options()}
          selected={props.draft.optionIds}
          error={props.errors.optionIds}
          onChange={(ids) => set('optionIds', ids)}
        />
        <div class="row__actions">
          <Button
            label={t('votes.chooseAll')}
            onClick={() =>
              set(
                'optionIds',
                props.offered.map((o) => o.id),
              )
            }
          />
          <Button label={t('votes.chooseNone')} onClick={() => set('optionIds', [])} />
        </div>
      </Show>
      <div class="form__row">
        <TextField {...field('dots')} type="number" inputMode="numeric" min={1} max={POLL_MAX_DOTS} label={t('votes.fieldDots')} required />
      </div>
      <CheckboxField id={id('stack')} label={t('votes.fieldStack')} checked={props.draft.stack} onChange={(on) => set('stack', on)} />
      <FormActions saveLabel={t('votes.create')} saving={props.saving} />
    </SubForm>
  );
}
