import './history.css';
import { Show } from 'solid-js';
import { localised } from '../../../shared/framework/schema.ts';
import { locale, t } from '../../i18n/index.ts';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import type { CapacityHistory, HistoryCell, OrganisationHistory } from './history.ts';
import { formatChange, formatMean, roundName } from './history-text.ts';

export interface HistoryTableProps {
  history: Pick<OrganisationHistory, 'rounds' | 'capacities'>;
  caption: string;
}

/** One capacity in one round: its mean, and the group's agreed score when one is recorded. */
function Cell(props: { cell: HistoryCell | undefined }) {
  return (
    <Show when={props.cell} fallback={<span class="muted">{t('history.notInVersion')}</span>}>
      {(c) => (
        <>
          <span class="history__mean">{c().n > 0 ? formatMean(c().mean) : t('history.noAnswers')}</span>
          <Show when={c().agreedRecorded}>
            <span class="history__agreed">{c().agreed === null ? t('history.noAgreement') : t('history.agreed', { value: formatMean(c().agreed) })}</span>
          </Show>
        </>
      )}
    </Show>
  );
}

/**
 * Each capacity's mean and agreed score per round, side by side, with the change from the first
 * round to the latest. The numbers are the text: the table reads the same aloud and in print, and
 * a capacity only some framework versions have says so in the rounds that lack it.
 */
export function HistoryTable(props: HistoryTableProps) {
  const roundColumn = (index: number): Column<CapacityHistory> => ({
    header: (
      <>
        <span class="history__round">{roundName(props.history.rounds[index]!)}</span>
        <span class="history__workshop">{props.history.rounds[index]!.workshop.title}</span>
      </>
    ),
    numeric: true,
    cell: (c) => <Cell cell={c.cells[index]} />,
  });
  return (
    <DataTable
      class="table history"
      wrap
      caption={props.caption}
      rows={props.history.capacities}
      columns={[
        {
          header: t('history.columnCapacity'),
          cell: (c) => (
            <>
              <span>{localised(c.label, locale())}</span>
              <Show when={!c.inEveryRound}>
                <span class="history__note">{t('history.notEveryVersion')}</span>
              </Show>
            </>
          ),
        },
        ...props.history.rounds.map((_, i) => roundColumn(i)),
        {
          header: t('history.columnChange'),
          numeric: true,
          cell: (c) => (
            <>
              <span class="history__mean">{c.change === null ? '–' : formatChange(c.change)}</span>
              <Show when={c.agreedChange !== null}>
                <span class="history__agreed">{t('history.agreedChange', { change: formatChange(c.agreedChange!) })}</span>
              </Show>
            </>
          ),
        },
      ]}
    />
  );
}
