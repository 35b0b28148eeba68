import { Show } from 'solid-js';
import { NOTE_KINDS, type AgendaItem, type Organisation } from '../../../shared/schemas/records.ts';
import { emptyNoteFilter, isFiltered, type NoteFilter } from './note-filter.ts';
import { shortName } from '../../ui/names.ts';
import { t } from '../../i18n/index.ts';
import { capacityOptions } from '../../ui/CapacityPicker.tsx';
import { SelectField, TextField } from '../../ui/inputs.tsx';

export interface NoteFiltersProps {
  filter: NoteFilter;
  sessions: readonly AgendaItem[];
  organisations: readonly Organisation[];
  onChange: (f: NoteFilter) => void;
}

export function NoteFilters(props: NoteFiltersProps) {
  const set = <K extends keyof NoteFilter>(k: K, v: NoteFilter[K]) => props.onChange({ ...props.filter, [k]: v });
  return (
    <div role="search" class="filters" aria-label={t('notes.filters')}>
      <TextField id="nf-query" type="search" label={t('notes.search')} value={props.filter.query} onInput={(v) => set('query', v)} />
      <div class="form__row form__row--4">
        <SelectField
          id="nf-session"
          label={t('notes.fieldSession')}
          value={props.filter.agendaItemId}
          placeholder={t('notes.allSessions')}
          options={props.sessions.map((s) => ({ value: s.id, label: s.title }))}
          onChange={(v) => set('agendaItemId', v)}
        />
        <SelectField
          id="nf-kind"
          label={t('notes.fieldKind')}
          value={props.filter.kind}
          placeholder={t('notes.allKinds')}
          options={NOTE_KINDS.map((k) => ({ value: k, label: t(`noteKinds.${k}`) }))}
          onChange={(v) => set('kind', v)}
        />
        <SelectField
          id="nf-org"
          label={t('participants.fieldOrganisation')}
          value={props.filter.organisationId}
          placeholder={t('notes.allOrganisations')}
          options={props.organisations.map((o) => ({ value: o.id, label: shortName(o) }))}
          onChange={(v) => set('organisationId', v)}
        />
        <SelectField
          id="nf-capacity"
          label={t('notes.fieldCapacities')}
          value={props.filter.capacity}
          placeholder={t('notes.allCapacities')}
          options={capacityOptions()}
          onChange={(v) => set('capacity', v)}
        />
      </div>
      <Show when={isFiltered(props.filter)}>
        <button type="button" class="button" onClick={() => props.onChange(emptyNoteFilter())}>
          {t('notes.clearFilters')}
        </button>
      </Show>
    </div>
  );
}
