import './agenda.css';
import { For, Show, createSignal, type JSX } from 'solid-js';
import type { AgendaItem } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { SessionLine } from './SessionLine.tsx';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons.tsx';

export interface AgendaListProps {
  items: readonly AgendaItem[];
  currentId?: string | undefined;
  editingId?: string | undefined;
  renderEditor: (item: AgendaItem) => JSX.Element;
  onMove: (id: string, toIndex: number) => void;
  onEdit: (item: AgendaItem) => void;
  onRemove: (item: AgendaItem) => void;
}

/** The agenda in order. Reorder by dragging (pointer) or with each row's move buttons (keyboard, touch). */
export function AgendaList(props: AgendaListProps) {
  const [dragging, setDragging] = createSignal<string>();

  return (
    <Show when={props.items.length > 0} fallback={<p>{t('agenda.empty')}</p>}>
      <p class="muted">{t('agenda.dragHint')}</p>
      <ol class="rows" aria-label={t('agenda.title')}>
        <For each={props.items}>
          {(item, index) => (
            <li
              class="row"
              classList={{ 'row--current': props.currentId === item.id, 'row--dragging': dragging() === item.id }}
              draggable={props.editingId !== item.id}
              onDragStart={(e) => {
                setDragging(item.id);
                e.dataTransfer?.setData('text/plain', item.id);
              }}
              onDragEnd={() => setDragging(undefined)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const id = e.dataTransfer?.getData('text/plain');
                if (id && id !== item.id) props.onMove(id, index());
                setDragging(undefined);
              }}
            >
              <Show when={props.editingId !== item.id} fallback={props.renderEditor(item)}>
                <SessionLine item={item} current={props.currentId === item.id} />
                <div class="row__actions">
                  <button type="button" class="button button--icon" aria-label={t('agenda.moveUp', { title: item.title })} disabled={index() === 0} onClick={() => props.onMove(item.id, index() - 1)}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    class="button button--icon"
                    aria-label={t('agenda.moveDown', { title: item.title })}
                    disabled={index() === props.items.length - 1}
                    onClick={() => props.onMove(item.id, index() + 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <EditDeleteButtons
                    editLabel={t('agenda.edit', { title: item.title })}
                    removeLabel={t('agenda.remove', { title: item.title })}
                    onEdit={() => props.onEdit(item)}
                    onRemove={() => props.onRemove(item)}
                  />
                </div>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
