import type { ProfileAnalysis } from '../../../shared/framework/analysis.ts';
import { formatNumber, formatScore, t } from '../../i18n/index.ts';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { statColumns } from './stat-columns.ts';

export interface AnalysisTableProps {
  caption: string;
  analysis: ProfileAnalysis;
  itemLabel: (id: string) => string;
  groupLabel: (id: string) => string;
}

/** The numbers behind the chart, grouped as the framework groups its items. */
export function AnalysisTable(props: AnalysisTableProps) {
  return (
    <DataTable
      class="table table--analysis"
      wrap
      caption={props.caption}
      columns={columns()}
      groups={props.analysis.groups.map((g) => ({
        header: props.groupLabel(g.groupId),
        summary: `${t('analysis.groupMean')}: ${formatScore(g.mean)}`,
        rows: props.analysis.items.filter((i) => i.groupId === g.groupId).map((i) => ({ ...i, label: props.itemLabel(i.itemId) })),
      }))}
      rowProps={(i) => ({ 'data-item': i.itemId })}
      foot={{ header: t('analysis.overall'), value: formatScore(props.analysis.overall) }}
    />
  );
}

type Row = ProfileAnalysis['items'][number] & { label: string };

const columns = (): Column<Row>[] => [
  { header: t('analysis.item'), cell: (i) => i.label },
  ...statColumns<Row>(['n', 'mean', 'median', 'sd', 'range']),
  { header: t('analysis.dontKnow'), cell: (i) => formatNumber(i.stats.dontKnow) },
];
