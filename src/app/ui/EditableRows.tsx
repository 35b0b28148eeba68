import { For, Show, type JSX } from 'solid-js';
import { EditDeleteButtons } from './EditDeleteButtons.tsx';

export interface EditableRowsProps<T extends { id: string }> {
  label: string;
  items: readonly T[];
  empty: string;
  editingId?: string | undefined;
  title: (item: T) => JSX.Element;
  meta?: (item: T) => JSX.Element;
  /** Accessible names of the row buttons, e.g. "Edit CNTL". */
  editLabel: (item: T) => string;
  removeLabel: (item: T) => string;
  extraActions?: (item: T) => JSX.Element;
  renderEditor: (item: T) => JSX.Element;
  onEdit: (item: T) => void;
  onRemove: (item: T) => void;
}

/** A list of records, each with Edit and Delete; the row being edited shows its form in place. */
export function EditableRows<T extends { id: string }>(props: EditableRowsProps<T>) {
  return (
    <Show when={props.items.length > 0} fallback={<p>{props.empty}</p>}>
      <ul class="rows" aria-label={props.label}>
        <For each={props.items}>
          {(item) => (
            <li class="row">
              <Show when={props.editingId !== item.id} fallback={props.renderEditor(item)}>
                <div class="row__main">
                  <p class="row__title">{props.title(item)}</p>
                  <Show when={props.meta}>
                    <p class="card__meta">{props.meta!(item)}</p>
                  </Show>
                </div>
                <div class="row__actions">
                  {props.extraActions?.(item)}
                  <EditDeleteButtons editLabel={props.editLabel(item)} removeLabel={props.removeLabel(item)} onEdit={() => props.onEdit(item)} onRemove={() => props.onRemove(item)} />
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
