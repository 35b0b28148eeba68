import { For } from 'solid-js';
import type { ItemStats } from '../../../shared/stats.ts';
import { formatNumber, formatScore, t } from '../../i18n/index.ts';

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
    <div class="table-wrap">
      <table class="table table--analysis">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.principleColumn')}</th>
            <th scope="col">{t('analysis.n')}</th>
            <th scope="col">{t('analysis.mean')}</th>
            <th scope="col">{t('analysis.sd')}</th>
            <th scope="col">{t('analysis.range')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr data-dimension={r.id} classList={{ 'table__facet': r.facet }}>
                <th scope="row">{r.label}</th>
                <td>{formatNumber(r.stats.n)}</td>
                <td>{formatScore(r.stats.mean)}</td>
                <td>{formatScore(r.stats.sd)}</td>
                <td>{r.stats.min === null ? '–' : `${r.stats.min}–${r.stats.max}`}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
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
    <div class="table-wrap">
      <table class="table table--analysis" data-testid="differences">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.statementColumn')}</th>
            <th scope="col">{props.firstName}</th>
            <th scope="col">{props.secondName}</th>
            <th scope="col">{t('analysis.gapColumn')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(r) => (
              <tr data-item={r.itemId}>
                <th scope="row">{r.label}</th>
                <td>{formatScore(r.first)}</td>
                <td>{formatScore(r.second)}</td>
                <td>{formatScore(r.gap)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
