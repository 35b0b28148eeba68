import type { AgendaItem } from '../../../shared/schemas/records.ts';
import { endTime } from '../../../shared/agenda.ts';
import { t } from '../../i18n/index.ts';

/** When a session is and what it is, in words: its day, times, kind and length. */
export const sessionWhen = (a: AgendaItem): string =>
  [
    t('agenda.dayLabel', { day: a.day }),
    a.start ? t('agenda.timeRange', { start: a.start, end: endTime(a.start, a.minutes) }) : '',
    t(`agendaKinds.${a.kind}`),
    t('agenda.duration', { minutes: a.minutes }),
  ]
    .filter(Boolean)
    .join(' · ');
