import { formatDate, t } from '../i18n/index.ts';

/** "Prepared on …" under a report, in the reader's language: the date the page was opened. */
export function PreparedOn() {
  return <p class="muted report__generated">{t('report.generated', { date: formatDate(new Date().toISOString().slice(0, 10)) })}</p>;
}
