import { localised } from '../../../shared/framework/schema.ts';
import { formatNumber, locale, t } from '../../i18n/index.ts';
import { DataTable, stackColumn } from '../../ui/DataTable.tsx';
import type { HistoryRound } from './history.ts';
import { formatMean, roundName } from './history-text.ts';

/** The rounds of a history, in order: where, with which framework version, how many answered, the overall mean. */
export function HistoryRounds(props: { rounds: readonly HistoryRound[]; workshopHref: (id: string) => string; onLink: (e: MouseEvent) => void }) {
  return (
    <DataTable
      class="table stack"
      captionClass="visually-hidden"
      caption={t('history.rounds')}
      rows={props.rounds}
      columns={[
        { header: t('history.columnRound'), cell: (r) => roundName(r) },
        stackColumn<HistoryRound>(t('history.columnWorkshop'), (r) => (
          <a class="cell-link" href={props.workshopHref(r.workshop.id)} onClick={(e) => props.onLink(e)}>
            {r.workshop.title}
          </a>
        )),
        stackColumn<HistoryRound>(t('history.columnFramework'), (r) => t('history.frameworkVersion', { name: localised(r.framework.name, locale()), version: r.framework.version })),
        stackColumn<HistoryRound>(t('history.columnRespondents'), (r) => formatNumber(r.respondents), { numeric: true }),
        stackColumn<HistoryRound>(t('history.columnOverall'), (r) => formatMean(r.overall), { numeric: true }),
      ]}
    />
  );
}
