import { createMemo, For, Show, type JSX } from 'solid-js';

/** One column of a `DataTable`. */
export interface Column<R> {
  /** The column's header; none leaves an empty cell there (a column of bars needs no name). */
  header?: JSX.Element;
  /** What a row shows in this column. */
  cell: (row: R) => JSX.Element;
  /** Numbers: the cells align as numbers do (`num`). */
  numeric?: boolean;
  /** A class of the header and the cells (e.g. `no-print`). */
  class?: string;
  /** A class of the cells only. */
  cellClass?: string;
  /** The column's name on each cell, for tables whose rows stack into cards on a phone (`stack`). */
  label?: string;
}

/** A column of a table whose rows stack into cards on a phone: each cell names its column. */
export function stackColumn<R>(header: string, cell: (row: R) => JSX.Element, more: Partial<Column<R>> = {}): Column<R> {
  return { header, label: header, cell, ...more };
}

/** Rows under a heading row of their own (`<tbody>` each): the heading's label and what it sums up. */
export interface RowGroup<R> {
  header: JSX.Element;
  summary: JSX.Element;
  rows: readonly R[];
}

export interface DataTableProps<R> {
  /** `table` and any modifiers (`table stack`, `table table--analysis`). */
  class: string;
  caption?: JSX.Element;
  captionClass?: string;
  columns: readonly Column<R>[];
  /** The rows, in one body; or `groups`. */
  rows?: readonly R[];
  groups?: readonly RowGroup<R>[];
  /** A last row under the body: its label and a value across the other columns. */
  foot?: { header: JSX.Element; value: JSX.Element };
  /** Attributes of a row's `<tr>` (data attributes, classes). */
  rowProps?: (row: R) => JSX.HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string };
  /** The first column names its row (`<th scope="row">`), unless this is set. */
  noRowHeader?: boolean;
  /** Inside a box that scrolls sideways when the table is wider than the screen. */
  wrap?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty?: JSX.Element;
  testId?: string;
}

const classOf = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/** A table of records: a caption, column headers, a row per record, each row named by its first cell. */
export function DataTable<R>(props: DataTableProps<R>) {
  // Made once for the header and every row: a column's words change with the language.
  const columns = createMemo(() => props.columns);
  const row = (r: R) => (
    <tr {...(props.rowProps?.(r) ?? {})}>
      <For each={columns()}>
        {(c, i) => {
          const cell = {
            class: classOf(c.class, c.numeric && 'num', c.cellClass),
            'data-label': c.label,
          };
          return (
            <Show when={i() === 0 && !props.noRowHeader} fallback={<td {...cell}>{c.cell(r)}</td>}>
              <th scope="row" {...cell}>
                {c.cell(r)}
              </th>
            </Show>
          );
        }}
      </For>
    </tr>
  );
  const span = () => columns().length - 1;
  const table = () => (
    <table class={props.class} data-testid={props.testId}>
      <Show when={props.caption !== undefined}>
        <caption class={props.captionClass}>{props.caption}</caption>
      </Show>
      <thead>
        <tr>
          <For each={columns()}>
            {(c) =>
              c.header === undefined ? (
                <td />
              ) : (
                <th scope="col" class={c.class}>
                  {c.header}
                </th>
              )
            }
          </For>
        </tr>
      </thead>
      <Show
        when={props.groups}
        fallback={
          <tbody>
            <For each={props.rows}>{row}</For>
          </tbody>
        }
      >
        {(groups) => (
          <For each={groups()}>
            {(g) => (
              <tbody>
                <tr class="table__group">
                  <th scope="rowgroup">{g.header}</th>
                  <td colspan={span()}>{g.summary}</td>
                </tr>
                <For each={g.rows}>{row}</For>
              </tbody>
            )}
          </For>
        )}
      </Show>
      <Show when={props.foot}>
        {(foot) => (
          <tfoot>
            <tr>
              <th scope="row">{foot().header}</th>
              <td colspan={span()}>{foot().value}</td>
            </tr>
          </tfoot>
        )}
      </Show>
    </table>
  );
  const shown = () => (props.wrap ? <div class="table-wrap">{table()}</div> : table());
  return (
    <Show when={props.empty === undefined || (props.rows ?? props.groups ?? []).length > 0} fallback={props.empty}>
      {shown()}
    </Show>
  );
}
