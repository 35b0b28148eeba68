import { createMemo, Show } from 'solid-js';
import { agreedSummary, type AgreedRow } from '../../../shared/framework/agreed.ts';
import type { ProfileAnalysis } from '../../../shared/framework/analysis.ts';
import { formatNumber, formatScore, t, tp } from '../../i18n/index.ts';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { agreedColumn } from './AgreedColumn.tsx';
import { AgreedJustifications } from './AgreedJustifications.tsx';
import { statColumns } from './stat-columns.ts';

export interface AnalysisTableProps {
  caption: string;
  analysis: ProfileAnalysis;
  itemLabel: (id: string) => string;
  groupLabel: (id: string) => string;
  /**
   * One organisation's agreed scores in the profile's round, per item (`agreedBeside`): once the
   * group has recorded any, the table shows them beside the mean and spread, flags the items more
   * than a point apart, and lists the justifications under it.
   */
  agreed?: readonly AgreedRow[] | undefined;
  /** The heading of those justifications. */
  justificationsTitle?: string;
}

/** The numbers behind the chart, grouped as the framework groups its items. */
export function AnalysisTable(props: AnalysisTableProps) {
  const agreed = createMemo(() => (props.agreed?.some((r) => r.recorded) ? props.agreed : undefined));
  const byItem = createMemo(() => new Map((agreed() ?? []).map((r) => [r.itemId, r])));
  const differing = () => agreedSummary(agreed() ?? []).differing;
  return (
    <>
      <Show when={agreed() && differing() > 0}>
        <p class="agreed__count" data-testid="agreed-differing">
          {tp('agreed.differing', differing())}
        </p>
      </Show>
      <DataTable
        class="table table--analysis"
        wrap
        caption={props.caption}
        columns={columns(agreed() !== undefined)}
        groups={props.analysis.groups.map((g) => ({
          header: props.groupLabel(g.groupId),
          summary: `${t('analysis.groupMean')}: ${formatScore(g.mean)}`,
          rows: props.analysis.items.filter((i) => i.groupId === g.groupId).map((i) => ({ ...i, label: props.itemLabel(i.itemId), agreed: byItem().get(i.itemId) })),
        }))}
        rowProps={(i) => ({ 'data-item': i.itemId, classList: { 'table__row--differs': Boolean(i.agreed?.differs) } })}
        foot={{ header: t('analysis.overall'), value: formatScore(props.analysis.overall) }}
      />
      <Show when={agreed()}>{(rows) => <AgreedJustifications title={props.justificationsTitle ?? t('agreed.title')} rows={rows()} itemLabel={props.itemLabel} />}</Show>
    </>
  );
}

type Row = ProfileAnalysis['items'][number] & { label: string; agreed: AgreedRow | undefined };

// The agreed score stands beside the mean and spread it is read against.
const columns = (withAgreed: boolean): Column<Row>[] => [
  { header: t('analysis.item'), cell: (i) => i.label },
  ...statColumns<Row>(['n', 'mean', 'median', 'sd']),
  ...(withAgreed ? [agreedColumn<Row>()] : []),
  ...statColumns<Row>(['range']),
  { header: t('analysis.dontKnow'), cell: (i) => formatNumber(i.stats.dontKnow) },
];
