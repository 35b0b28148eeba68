import './priorities.css';
import { For, type JSX } from 'solid-js';
import { SWOT_QUADRANTS, type SwotEntry } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { EditableRows } from '../../ui/EditableRows.tsx';

export interface SwotBoardProps {
  entries: readonly SwotEntry[];
  editingId?: string | undefined;
  factorLabel: (id: string) => string;
  renderEditor: (entry: SwotEntry) => JSX.Element;
  onEdit: (entry: SwotEntry) => void;
  onRemove: (entry: SwotEntry) => void;
}

/** The four quadrants, each a titled list (words, not colour, tell them apart); every entry can be edited. */
export function SwotBoard(props: SwotBoardProps) {
  return (
    <div class="swot">
      <For each={SWOT_QUADRANTS}>
        {(q) => (
          <section class={`swot__quadrant swot__quadrant--${q}`} aria-labelledby={`swot-${q}`}>
            <h3 id={`swot-${q}`}>{t(`swot.${q}`)}</h3>
            <EditableRows
              label={t(`swot.${q}`)}
              items={props.entries.filter((e) => e.quadrant === q)}
              empty={t('swot.empty')}
              editingId={props.editingId}
              title={(e) => <span class="note__text">{e.text}</span>}
              meta={(e) => (e.factorId ? props.factorLabel(e.factorId) : '')}
              editLabel={(e) => t('swot.edit', { text: e.text.slice(0, 60) })}
              removeLabel={(e) => t('swot.remove', { text: e.text.slice(0, 60) })}
              renderEditor={props.renderEditor}
              onEdit={props.onEdit}
              onRemove={props.onRemove}
            />
          </section>
        )}
      </For>
    </div>
  );
}
