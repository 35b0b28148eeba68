import { NOTE_KINDS, type AgendaItem, type Organisation, type Participant } from '../../../shared/schemas/records.ts';
import type { NoteDraft } from './note-draft.ts';
import { shortName } from '../../ui/names.ts';
import { t } from '../../i18n/index.ts';
import { CapacityPicker } from '../../ui/CapacityPicker.tsx';
import { choices, FormActions, SelectField, TextField } from '../../ui/inputs.tsx';
import { SubForm, draftFields, type DraftFormProps } from '../../ui/SubForm.tsx';

export interface NoteFormProps extends DraftFormProps<NoteDraft> {
  saveLabel: string;
  sessions: readonly AgendaItem[];
  participants: readonly Participant[];
  organisations: readonly Organisation[];
  textRef?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
}

/** Keyboard-first capture: type, Enter saves (Shift+Enter for a new line), the next card is ready. */
export function NoteForm(props: NoteFormProps) {
  const { set, id, field } = draftFields(props);
  const whoOptions = () => [...props.participants.map((p) => ({ value: `p:${p.id}`, label: p.name })), ...props.organisations.map((o) => ({ value: `o:${o.id}`, label: shortName(o) }))];
  return (
    <SubForm heading={props.heading} notice={props.notice} error={props.formError} onSubmit={props.onSubmit}>
      <div class="form__row">
        <SelectField {...field('agendaItemId', 'session')} label={t('notes.fieldSession')} placeholder={t('notes.noSession')} options={props.sessions.map((s) => ({ value: s.id, label: s.title }))} />
        <SelectField {...field('kind')} label={t('notes.fieldKind')} options={choices(NOTE_KINDS, 'noteKinds')} />
      </div>
      <TextField
        {...field('text')}
        ref={props.textRef}
        multiline
        rows={3}
        label={t('notes.fieldText')}
        hint={t('notes.textHint')}
        required
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            props.onSubmit();
          }
        }}
      />
      <SelectField {...field('who')} label={t('notes.fieldWho')} placeholder={t('notes.nobody')} options={whoOptions()} />
      <details class="disclosure" open={props.draft.capacities.length > 0}>
        <summary>{t('notes.fieldCapacities')}</summary>
        <CapacityPicker id={id('caps')} legend={t('notes.fieldCapacities')} selected={props.draft.capacities} onChange={(v) => set('capacities', v)} error={props.errors.capacities} />
      </details>
      <FormActions saveLabel={props.saveLabel} cancelLabel={t('form.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </SubForm>
  );
}
