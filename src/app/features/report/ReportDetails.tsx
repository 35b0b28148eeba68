import { Show } from 'solid-js';
import type { AgendaItem, Project, Workshop } from '../../../shared/schemas/records.ts';
import { countryName, formatDate, formatNumber, t, formatList } from '../../i18n/index.ts';
import { languageLabel, themeLabel } from '../../i18n/labels.ts';
import { DataTable } from '../../ui/DataTable.tsx';

/** The workshop's details and its agenda. */
export function ReportDetails(props: { workshop: Workshop; projects: readonly Project[]; agenda: readonly AgendaItem[] }) {
  const w = () => props.workshop;
  const row = (label: string, value: string) => (
    <Show when={value}>
      <dt>{label}</dt>
      <dd class="case__text">{value}</dd>
    </Show>
  );
  const dates = () => (w().endDate && w().endDate !== w().startDate ? t('home.dates', { start: formatDate(w().startDate), end: formatDate(w().endDate) }) : formatDate(w().startDate));
  return (
    <>
      <section class="report__section" aria-labelledby="report-details">
        <h3 id="report-details">{t('report.details')}</h3>
        <dl class="case__parts">
          {row(t('report.theme'), themeLabel(w().theme))}
          {row(t('report.dates'), dates())}
          {row(t('report.venue'), w().venue)}
          {row(t('report.country'), countryName(w().country))}
          {row(t('report.languages'), formatList(w().languages.map(languageLabel)))}
          {row(t('report.facilitators'), formatList(w().facilitators))}
          {row(t('report.objectives'), w().objectives)}
          {row(t('report.projects'), props.projects.map((p) => `${p.reference} – ${p.title}${p.donor ? ` (${p.donor})` : ''}`).join('\n'))}
        </dl>
      </section>
      <section class="report__section" aria-labelledby="report-agenda">
        <h3 id="report-agenda">{t('report.agenda')}</h3>
        <DataTable
          class="table"
          wrap
          noRowHeader
          empty={<p>{t('report.none')}</p>}
          rows={props.agenda}
          columns={[
            { header: t('report.day'), cell: (a: AgendaItem) => formatNumber(a.day), numeric: true },
            { header: t('report.start'), cell: (a: AgendaItem) => a.start },
            { header: t('report.minutes'), cell: (a: AgendaItem) => formatNumber(a.minutes), numeric: true },
            { header: t('report.session'), cell: (a: AgendaItem) => a.title },
            { header: t('report.kind'), cell: (a: AgendaItem) => t(`agendaKinds.${a.kind}`) },
          ]}
        />
      </section>
    </>
  );
}
