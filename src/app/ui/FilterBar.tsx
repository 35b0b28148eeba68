import { Show, type JSX } from 'solid-js';
import { FilterSelects, type FilterChoice } from './FilterSelects.tsx';
import { TextField } from './inputs.tsx';

export interface FilterBarProps<F extends { query: string }> {
  /**
   * The ids' prefix (the search field is `<id>-query`), the name of the search landmark, the
   * search field's label and the clear button's.
   */
  words: { id: string; label: string; search: string; clear: string };
  /** The filter and its changes, as the list's filter component receives them. */
  of: { filter: F; onChange: (filter: F) => void };
  /** The filter's choices, in a row of `columns`. */
  choices: readonly FilterChoice<F>[];
  columns: 3 | 4;
  /** Filters under the row, such as a checkbox. */
  after?: JSX.Element;
  /** The filter with nothing set: while the filter differs from it, a button clears it. */
  cleared: () => F;
}

/** Whether a filter differs from the one with nothing set, in any field. */
const isSet = <F extends object>(filter: F, cleared: F): boolean => (Object.keys(cleared) as (keyof F)[]).some((k) => filter[k] !== cleared[k]);

/** A list's search field and filters, with a button that clears them while any is set. */
export function FilterBar<F extends { query: string }>(props: FilterBarProps<F>) {
  return (
    <div role="search" class="filters" aria-label={props.words.label}>
      <TextField id={`${props.words.id}-query`} type="search" label={props.words.search} value={props.of.filter.query} onInput={(query) => props.of.onChange({ ...props.of.filter, query })} />
      <div class={`form__row form__row--${props.columns}`}>
        <FilterSelects filter={props.of.filter} onChange={props.of.onChange} choices={props.choices} />
      </div>
      {props.after}
      <Show when={isSet(props.of.filter, props.cleared())}>
        <button type="button" class="button" onClick={() => props.of.onChange(props.cleared())}>
          {props.words.clear}
        </button>
      </Show>
    </div>
  );
}
