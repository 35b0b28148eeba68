import './priorities.css';
import { createMemo, For, Show } from 'solid-js';
import { SWOT_CARD_KINDS, type SwotEntry } from '../../../shared/schemas/records.ts';
import { t, tp } from '../../i18n/index.ts';
import { boardColumns, groupLabels, mergeTargets, type BoardCard, type CardKind } from './board-cards.ts';
import type { CardCommands } from './card-commands.ts';
import { SwotCard } from './SwotCard.tsx';

export interface SwotBoardProps {
  /** The entries on view, oldest first. */
  entries: readonly SwotEntry[];
  factorLabel: (id: string) => string;
  /** An entry's organisation by short name; given when the board shows several organisations. */
  organisationOf?: ((entry: SwotEntry) => string | undefined) | undefined;
  commands: CardCommands;
}

/**
 * The four quadrants and the ideas for priorities, each a titled column (words, not colour, tell
 * them apart) of cards gathered under their group labels. Lists are keyed by id, so a card keeps
 * its open actions and any typing while other cards change under sync.
 */
export function SwotBoard(props: SwotBoardProps) {
  const columns = createMemo(() => boardColumns(props.entries));
  const column = (kind: CardKind) => columns().find((c) => c.kind === kind)!;
  const cards = createMemo(() => new Map<string, BoardCard>(columns().flatMap((c) => c.groups.flatMap((g) => g.cards.map((card) => [card.entry.id, card] as const)))));
  const groupKeys = (kind: CardKind) => column(kind).groups.map((g) => g.label ?? '');
  const idsIn = (kind: CardKind, key: string) =>
    column(kind)
      .groups.find((g) => (g.label ?? '') === key)
      ?.cards.map((c) => c.entry.id) ?? [];
  return (
    <div class="swot">
      <For each={SWOT_CARD_KINDS}>
        {(kind) => (
          <section class={`swot__quadrant swot__quadrant--${kind}`} aria-labelledby={`swot-${kind}`}>
            <h3 id={`swot-${kind}`}>{t(`swot.${kind}`)}</h3>
            <p class="card__meta">{tp('board.cardCount', column(kind).count)}</p>
            <datalist id={`swot-${kind}-groups`}>
              <For each={groupLabels(column(kind))}>{(label) => <option value={label} />}</For>
            </datalist>
            <Show when={column(kind).count > 0} fallback={<p>{t('swot.empty')}</p>}>
              <For each={groupKeys(kind)}>
                {(key) => {
                  const name = key ? t('board.group', { label: key }) : t('board.ungrouped');
                  return (
                    <div class="board-group">
                      <Show when={key || groupKeys(kind).length > 1}>
                        <h4 class="board-group__label">{name}</h4>
                      </Show>
                      <ul class="rows" aria-label={`${t(`swot.${kind}`)}: ${name}`}>
                        <For each={idsIn(kind, key)}>
                          {(id) => (
                            <Show when={cards().get(id)}>
                              {(card) => (
                                <SwotCard
                                  card={card()}
                                  organisation={props.organisationOf?.(card().entry)}
                                  factorLabel={props.factorLabel}
                                  targets={mergeTargets(column(kind), id)}
                                  groupListId={`swot-${kind}-groups`}
                                  commands={props.commands}
                                />
                              )}
                            </Show>
                          )}
                        </For>
                      </ul>
                    </div>
                  );
                }}
              </For>
            </Show>
          </section>
        )}
      </For>
    </div>
  );
}
