import { Show } from 'solid-js';
import { formatNumber, t, tp } from '../../i18n/index.ts';
import { DataTable } from '../../ui/DataTable.tsx';

export interface CompendiumSummaryProps {
  practices: number;
  organisations: number;
  countries: number;
  /** Capacity labels with how many practices strengthen each, most first. */
  capacities: Capacity[];
}

type Capacity = { label: string; count: number };

const BAR_WIDTH = 160;
const SHOWN = 8;

/**
 * The compendium at a glance. The bar chart is a table whose last column draws the bar: the
 * numbers are the text, so screen readers and print get the same as the eye.
 */
export function CompendiumSummary(props: CompendiumSummaryProps) {
  const max = () => Math.max(1, ...props.capacities.map((c) => c.count));
  return (
    <section class="panel summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('compendium.summary')}</h2>
      <p class="summary__counts" data-testid="compendium-counts">
        {t('compendium.counts', {
          practices: tp('compendium.practices', props.practices),
          organisations: tp('compendium.organisations', props.organisations),
          countries: tp('compendium.countries', props.countries),
        })}
      </p>
      <Show when={props.capacities.length > 0}>
        <DataTable
          class="table bars"
          caption={t('compendium.capacitiesTitle')}
          rows={props.capacities.slice(0, SHOWN)}
          columns={[
            { header: t('compendium.capacityColumn'), cell: (c: Capacity) => c.label },
            { header: t('compendium.countColumn'), cell: (c: Capacity) => formatNumber(c.count), numeric: true },
            {
              cellClass: 'bars__bar',
              cell: (c: Capacity) => (
                <svg viewBox={`0 0 ${BAR_WIDTH} 12`} width={BAR_WIDTH} height="12" aria-hidden="true">
                  <rect x="0" y="0" height="12" width={(BAR_WIDTH * c.count) / max()} />
                </svg>
              ),
            },
          ]}
        />
      </Show>
    </section>
  );
}
