import { NOTE_KINDS, type AgendaItem, type Organisation } from '../../../shared/schemas/records.ts';
import { emptyNoteFilter, isFiltered, type NoteFilter } from './note-filter.ts';
import { shortName } from '../../ui/names.ts';
import { t } from '../../i18n/index.ts';
import { capacityOptions } from '../../ui/CapacityPicker.tsx';
import { FilterSelects } from '../../ui/FilterSelects.tsx';
import { FilterBar } from '../../ui/FilterBar.tsx';

export interface NoteFiltersProps {
  filter: NoteFilter;
  sessions: readonly AgendaItem[];
  organisations: readonly Organisation[];
  onChange: (f: NoteFilter) => void;
}

export function NoteFilters(props: NoteFiltersProps) {
  const set = <K extends keyof NoteFilter>(k: K, v: NoteFilter[K]) => props.onChange({ ...props.filter, [k]: v });
  return (
    <FilterBar
      label={t('notes.filters')}
      search={{ id: 'nf-query', label: t('notes.search'), value: props.filter.query, onInput: (v) => set('query', v) }}
      columns={4}
      filtered={isFiltered(props.filter)}
      clearLabel={t('notes.clearFilters')}
      onClear={() => props.onChange(emptyNoteFilter())}
    >
      <FilterSelects
        filter={props.filter}
        onChange={props.onChange}
        choices={[
          { key: 'agendaItemId', id: 'nf-session', label: t('notes.fieldSession'), placeholder: t('notes.allSessions'), options: props.sessions.map((s) => ({ value: s.id, label: s.title })) },
          { key: 'kind', id: 'nf-kind', label: t('notes.fieldKind'), placeholder: t('notes.allKinds'), options: NOTE_KINDS.map((k) => ({ value: k, label: t(`noteKinds.${k}`) })) },
          {
            key: 'organisationId',
            id: 'nf-org',
            label: t('participants.fieldOrganisation'),
            placeholder: t('notes.allOrganisations'),
            options: props.organisations.map((o) => ({ value: o.id, label: shortName(o) })),
          },
          { key: 'capacity', id: 'nf-capacity', label: t('notes.fieldCapacities'), placeholder: t('notes.allCapacities'), options: capacityOptions() },
        ]}
      />
    </FilterBar>
  );
}
