import { For } from 'solid-js';
import type { ProfileAnalysis } from '../../../shared/framework/analysis.ts';
import { formatNumber, formatScore, t } from '../../i18n/index.ts';

export interface AnalysisTableProps {
  caption: string;
  analysis: ProfileAnalysis;
  itemLabel: (id: string) => string;
  groupLabel: (id: string) => string;
}

/** The numbers behind the chart, grouped as the framework groups its items. */
export function AnalysisTable(props: AnalysisTableProps) {
  return (
    <div class="table-wrap">
      <table class="table table--analysis">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.item')}</th>
            <th scope="col">{t('analysis.n')}</th>
            <th scope="col">{t('analysis.mean')}</th>
            <th scope="col">{t('analysis.median')}</th>
            <th scope="col">{t('analysis.sd')}</th>
            <th scope="col">{t('analysis.range')}</th>
            <th scope="col">{t('analysis.dontKnow')}</th>
          </tr>
        </thead>
        <For each={props.analysis.groups}>
          {(g) => (
            <tbody>
              <tr class="table__group">
                <th scope="rowgroup">{props.groupLabel(g.groupId)}</th>
                <td colspan="6">
                  {t('analysis.groupMean')}: {formatScore(g.mean)}
                </td>
              </tr>
              <For each={props.analysis.items.filter((i) => i.groupId === g.groupId)}>
                {(i) => (
                  <tr data-item={i.itemId}>
                    <th scope="row">{props.itemLabel(i.itemId)}</th>
                    <td>{formatNumber(i.stats.n)}</td>
                    <td>{formatScore(i.stats.mean)}</td>
                    <td>{formatScore(i.stats.median, 1)}</td>
                    <td>{formatScore(i.stats.sd)}</td>
                    <td>{i.stats.min === null ? '–' : `${i.stats.min}–${i.stats.max}`}</td>
                    <td>{formatNumber(i.stats.dontKnow)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          )}
        </For>
        <tfoot>
          <tr>
            <th scope="row">{t('analysis.overall')}</th>
            <td colspan="6">{formatScore(props.analysis.overall)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
