import { createMemo, Show } from 'solid-js';
import { localised } from '../../../shared/framework/schema.ts';
import { locale, t } from '../../i18n/index.ts';
import { RadarChart } from '../../ui/RadarChart.tsx';
import type { OrganisationHistory } from './history.ts';
import { roundName } from './history-text.ts';

/**
 * The first round against the latest as a radar, on the capacities both framework versions have.
 * An addition to the table above, which holds the same numbers; the chart says so in its description.
 */
export function HistoryRadar(props: { history: OrganisationHistory; name: string }) {
  const chart = createMemo(() => {
    const { rounds, capacities } = props.history;
    if (rounds.length < 2) return undefined;
    const last = rounds.length - 1;
    const shared = capacities.filter((c) => c.cells[0] !== undefined && c.cells[last] !== undefined);
    const scale = rounds[last]!.framework.scale;
    return {
      axes: shared.map((c) => localised(c.label, locale())),
      min: scale.min,
      max: scale.max,
      first: roundName(rounds[0]!),
      last: roundName(rounds[last]!),
      series: [
        { name: roundName(rounds[0]!), values: shared.map((c) => c.cells[0]!.mean) },
        { name: roundName(rounds[last]!), values: shared.map((c) => c.cells[last]!.mean) },
      ],
    };
  });
  return (
    <Show when={chart()} fallback={<p class="muted">{t('history.radarOneRound')}</p>}>
      {(c) => (
        <RadarChart
          id="history-radar"
          title={t('history.radarTitle', { first: c().first, last: c().last, name: props.name })}
          description={t('history.radarDescription')}
          axes={c().axes}
          min={c().min}
          max={c().max}
          series={c().series}
        />
      )}
    </Show>
  );
}
