import './overview.css';
import '../../ui/notice.css';
import { For } from 'solid-js';
import { GENDERS, NOTE_KINDS, PRACTICE_STATUSES } from '../../../shared/schemas/records.ts';
import type { WorkshopCounts } from './overview.ts';
import { formatNumber, t, tp, type MessageKey } from '../../i18n/index.ts';
import { DataTable } from '../../ui/DataTable.tsx';

export interface OverviewCountsProps {
  counts: WorkshopCounts;
  unsynced: number;
}

/** A small count table: a label per row and its count. */
export function Breakdown(props: { caption: string; rows: { label: string; count: number }[] }) {
  return (
    <DataTable
      class="table"
      caption={props.caption}
      rows={props.rows}
      columns={[
        { header: t('overview.kindColumn'), cell: (r: { label: string }) => r.label },
        { header: t('overview.countColumn'), cell: (r: { count: number }) => formatNumber(r.count) },
      ]}
    />
  );
}

/** Counts at a glance, as tiles and as tables (which also print and read well). */
export function OverviewCounts(props: OverviewCountsProps) {
  const tiles = (): { key: MessageKey; value: number; id: string }[] => [
    { key: 'overview.organisations', value: props.counts.organisations, id: 'organisations' },
    { key: 'overview.participants', value: props.counts.participants, id: 'participants' },
    { key: 'overview.sessions', value: props.counts.sessions, id: 'sessions' },
    { key: 'overview.notes', value: props.counts.notes, id: 'notes' },
    { key: 'overview.practices', value: props.counts.practices, id: 'practices' },
  ];
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview.title')}</h2>
      <p class="notice" classList={{ 'notice--ok': props.unsynced === 0 }} data-testid="workshop-unsynced">
        {tp('overview.unsynced', props.unsynced)}
      </p>
      <dl class="tiles">
        <For each={tiles()}>
          {(tile) => (
            <div class="tile" data-testid={`count-${tile.id}`}>
              <dt>{t(tile.key)}</dt>
              <dd>{formatNumber(tile.value)}</dd>
            </div>
          )}
        </For>
      </dl>
      <div class="breakdowns">
        <Breakdown caption={t('overview.notesByKind')} rows={NOTE_KINDS.map((k) => ({ label: t(`noteKinds.${k}`), count: props.counts.notesByKind[k] }))} />
        <Breakdown caption={t('overview.practicesByStatus')} rows={PRACTICE_STATUSES.map((s) => ({ label: t(`practiceStatus.${s}`), count: props.counts.practicesByStatus[s] }))} />
        <Breakdown caption={t('overview.byGender')} rows={GENDERS.map((g) => ({ label: t(`gender.${g}`), count: props.counts.byGender[g] }))} />
      </div>
    </section>
  );
}
