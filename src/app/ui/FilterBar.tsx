import { Show, type JSX } from 'solid-js';
import { TextField } from './inputs.tsx';

export interface FilterBarProps {
  /** The name of the search landmark. */
  label: string;
  search: { id: string; label: string; value: string; onInput: (value: string) => void };
  /** How many filters stand in the row: the filters are the children. */
  columns: 3 | 4;
  children: JSX.Element;
  /** Filters under the row, such as a checkbox. */
  after?: JSX.Element;
  /** Some filter is set: a button clears them. */
  filtered: boolean;
  clearLabel: string;
  onClear: () => void;
}

/** A list's search field and filters, with a button that clears them while any is set. */
export function FilterBar(props: FilterBarProps) {
  return (
    <div role="search" class="filters" aria-label={props.label}>
      <TextField id={props.search.id} type="search" label={props.search.label} value={props.search.value} onInput={(v) => props.search.onInput(v)} />
      <div class={`form__row form__row--${props.columns}`}>{props.children}</div>
      {props.after}
      <Show when={props.filtered}>
        <button type="button" class="button" onClick={() => props.onClear()}>
          {props.clearLabel}
        </button>
      </Show>
    </div>
  );
}
