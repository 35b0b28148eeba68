import type { ItemStats } from '../../../shared/stats.ts';
import { formatScore, t } from '../../i18n/index.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { statColumns } from './stat-columns.ts';

export interface PrincipleRow {
  id: string;
  label: string;
  /** A facet of another principle (sustainability's facets): shown indented under it. */
  facet: boolean;
  stats: ItemStats;
}

/** Mean and spread per principle, pooled over every statement that counts toward it. */
export function PrinciplesTable(props: { caption: string; rows: readonly PrincipleRow[] }) {
  return (
    <DataTable
      class="table table--analysis"
      wrap
      caption={props.caption}
      columns={[{ header: t('analysis.principleColumn'), cell: (r: PrincipleRow) => r.label }, ...statColumns<PrincipleRow>(['n', 'mean', 'sd', 'range'])]}
      rows={props.rows}
      rowProps={(r) => ({ 'data-dimension': r.id, classList: { 'table__facet': r.facet } })}
    />
  );
}

export interface DifferenceRow {
  itemId: string;
  label: string;
  first: number;
  second: number;
  gap: number;
}

/** The statements two profiles differ on most, with both means and the gap. */
export function DifferenceTable(props: { caption: string; firstName: string; secondName: string; rows: readonly DifferenceRow[] }) {
  return (
    <DataTable
      class="table table--analysis"
      wrap
      testId="differences"
      caption={props.caption}
      columns={[
        { header: t('analysis.statementColumn'), cell: (r: DifferenceRow) => r.label },
        { header: props.firstName, cell: (r: DifferenceRow) => formatScore(r.first) },
        { header: props.secondName, cell: (r: DifferenceRow) => formatScore(r.second) },
        { header: t('analysis.gapColumn'), cell: (r: DifferenceRow) => formatScore(r.gap) },
      ]}
      rows={props.rows}
      rowProps={(r) => ({ 'data-item': r.itemId })}
    />
  );
}
