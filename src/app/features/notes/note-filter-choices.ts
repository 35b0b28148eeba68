import { NOTE_KINDS, type AgendaItem, type Organisation } from '../../../shared/schemas/records.ts';
import type { NoteFilter } from './note-filter.ts';
import { shortName } from '../../ui/names.ts';
import { t } from '../../i18n/index.ts';
import { capacityOptions } from '../../ui/CapacityPicker.tsx';
import type { FilterChoice } from '../../ui/FilterSelects.tsx';

/** The choices of the notes' filter: by session, kind, organisation and capacity. */
export const noteFilterChoices = (sessions: readonly AgendaItem[], organisations: readonly Organisation[]): readonly FilterChoice<NoteFilter>[] => [
  { key: 'agendaItemId', id: 'nf-session', label: t('notes.fieldSession'), placeholder: t('notes.allSessions'), options: sessions.map((s) => ({ value: s.id, label: s.title })) },
  { key: 'kind', id: 'nf-kind', label: t('notes.fieldKind'), placeholder: t('notes.allKinds'), options: NOTE_KINDS.map((k) => ({ value: k, label: t(`noteKinds.${k}`) })) },
  {
    key: 'organisationId',
    id: 'nf-org',
    label: t('participants.fieldOrganisation'),
    placeholder: t('notes.allOrganisations'),
    options: organisations.map((o) => ({ value: o.id, label: shortName(o) })),
  },
  { key: 'capacity', id: 'nf-capacity', label: t('notes.fieldCapacities'), placeholder: t('notes.allCapacities'), options: capacityOptions() },
];
