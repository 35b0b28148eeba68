import './radar.css';
import { createMemo, For, Show } from 'solid-js';

export interface RadarSeries {
  name: string;
  /** One value per axis, null where there is no answer. */
  values: readonly (number | null)[];
}

export interface RadarChartProps {
  /** Unique on the page (a report shows one chart per organisation); names the chart's title and description. */
  id?: string;
  title: string;
  description: string;
  axes: readonly string[];
  min: number;
  max: number;
  series: readonly RadarSeries[];
}

const SIZE = 520;
const CENTER = SIZE / 2;
const RADIUS = 170;
const CLASSES = ['radar__series--a', 'radar__series--b'];

/**
 * A spider chart as SVG: readable on a phone (it scales) and on a projector. Each series has its
 * own colour and line style (solid, dashed) so colour is not the only signal; the data table beside
 * it carries the same numbers for screen readers and print.
 */
export function RadarChart(props: RadarChartProps) {
  const angle = (i: number) => (Math.PI * 2 * i) / props.axes.length - Math.PI / 2;
  const point = (i: number, v: number) => {
    const r = (RADIUS * (v - props.min)) / (props.max - props.min || 1);
    return [CENTER + r * Math.cos(angle(i)), CENTER + r * Math.sin(angle(i))] as const;
  };
  const rings = () => {
    const min = props.min;
    return Array.from({ length: props.max - min + 1 }, (_, k) => min + k);
  };
  const polygon = (values: readonly (number | null)[]) =>
    values
      .map((v, i) =>
        point(i, v ?? props.min)
          .map((n) => n.toFixed(1))
          .join(','),
      )
      .join(' ');

  const id = () => props.id ?? 'radar';
  return (
    <figure class="radar">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={`${id()}-title ${id()}-desc`} data-axes={props.axes.length}>
        <title id={`${id()}-title`}>{props.title}</title>
        <desc id={`${id()}-desc`}>{props.description}</desc>
        <For each={rings()}>
          {(v) => (
            <polygon
              class="radar__ring"
              points={props.axes
                .map((_, i) =>
                  point(i, v)
                    .map((n) => n.toFixed(1))
                    .join(','),
                )
                .join(' ')}
            />
          )}
        </For>
        <For each={props.axes}>
          {(label, i) => {
            // An axis keeps its place when another is added or removed before it.
            const at = createMemo(() => {
              const [x, y] = point(i(), props.max);
              const [lx, ly] = [CENTER + (RADIUS + 14) * Math.cos(angle(i())), CENTER + (RADIUS + 14) * Math.sin(angle(i()))];
              const anchor: 'middle' | 'start' | 'end' = Math.abs(lx - CENTER) < 10 ? 'middle' : lx > CENTER ? 'start' : 'end';
              return { x, y, lx, ly, anchor };
            });
            return (
              <g class="radar__axis">
                <line x1={CENTER} y1={CENTER} x2={at().x} y2={at().y} />
                <text x={at().lx} y={at().ly} text-anchor={at().anchor} dominant-baseline="middle">
                  {label.length > 26 ? `${label.slice(0, 25)}…` : label}
                </text>
              </g>
            );
          }}
        </For>
        <For each={props.series}>
          {(s, k) => (
            <g class={`radar__series ${CLASSES[k()] ?? ''}`}>
              <polygon points={polygon(s.values)} />
              <For each={s.values}>
                {(v, i) => (
                  <Show when={v !== null}>
                    <circle cx={point(i(), v!)[0]} cy={point(i(), v!)[1]} r="4" />
                  </Show>
                )}
              </For>
            </g>
          )}
        </For>
      </svg>
      <Show when={props.series.length > 1}>
        <figcaption class="radar__legend">
          <For each={props.series}>
            {(s, k) => (
              <span class={`legend ${CLASSES[k()] ?? ''}`}>
                <span class="legend__swatch" aria-hidden="true" />
                {s.name}
              </span>
            )}
          </For>
        </figcaption>
      </Show>
    </figure>
  );
}
