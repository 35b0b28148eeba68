import './analysis.css';
import { Show } from 'solid-js';
import type { AgreedRow } from '../../../shared/framework/agreed.ts';
import { formatNumber, formatScore, t } from '../../i18n/index.ts';
import type { Column } from '../../ui/DataTable.tsx';

/** What the group agreed for one item: the score, "could not agree", or a dash for nothing recorded yet. */
export function AgreedValue(props: { row: AgreedRow | undefined }) {
  return (
    <Show
      when={props.row?.recorded}
      fallback={
        <>
          <span aria-hidden="true">—</span>
          <span class="visually-hidden">{t('agreed.noneRecorded')}</span>
        </>
      }
    >
      {props.row!.agreed === null ? t('agreed.couldNotAgree') : formatNumber(props.row!.agreed)}
    </Show>
  );
}

/** The flag of an agreed score more than a point from the mean: in words, and titled with both numbers. */
export function DiffersFlag(props: { row: AgreedRow }) {
  return (
    <Show when={props.row.differs}>
      {' '}
      <span class="badge badge--differs" title={t('agreed.differsLabel', { agreed: formatNumber(props.row.agreed ?? 0), mean: formatScore(props.row.mean) })}>
        <span aria-hidden="true">⚠ </span>
        {t('agreed.differs')}
      </span>
    </Show>
  );
}

/** The "Agreed" column of an analysis table, for rows that carry their item's agreed score. */
export function agreedColumn<R extends { agreed?: AgreedRow | undefined }>(): Column<R> {
  return {
    header: t('agreed.column'),
    cellClass: 'agreed__cell',
    cell: (r) => (
      <>
        <AgreedValue row={r.agreed} />
        <Show when={r.agreed}>{(a) => <DiffersFlag row={a()} />}</Show>
      </>
    ),
  };
}
