import { t } from '../../i18n/index.ts';
import { DataTable, stackColumn } from '../../ui/DataTable.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { ARRIVAL_PATHS, type HandedInRow } from './handed-in-counts.ts';

/** Per organisation, how many answers arrived on this device and by which path. */
export function HandedInTable(props: { rows: readonly HandedInRow[] }) {
  const columns = () => [
    stackColumn<HandedInRow>(t('handover.arrivedColumns.organisation'), (r) => r.name),
    ...ARRIVAL_PATHS.map((p) => stackColumn<HandedInRow>(t(`handover.arrivedColumns.${p}`), (r) => r.counts[p], { numeric: true })),
    stackColumn<HandedInRow>(t('handover.arrivedColumns.total'), (r) => r.total, { numeric: true }),
  ];
  return (
    <Panel titleId="handed-in-title" title={t('handover.arrivedTitle')}>
      <p class="muted">{t('handover.arrivedIntro')}</p>
      <DataTable
        class="table stack"
        captionClass="visually-hidden"
        caption={t('handover.arrivedTitle')}
        rows={props.rows}
        columns={columns()}
        testId="handed-in"
        wrap
        empty={<p>{t('handover.arrivedEmpty')}</p>}
      />
    </Panel>
  );
}
