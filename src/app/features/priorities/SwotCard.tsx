import { createSignal, For, Show } from 'solid-js';
import type { SwotEntry } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { cardWords, type BoardCard } from './board-cards.ts';
import { CardActions } from './CardActions.tsx';
import { CardRewordEditor } from './CardRewordEditor.tsx';
import { quoted, type CardCommands } from './card-commands.ts';

export interface SwotCardProps {
  card: BoardCard;
  /** The organisation's short name, when the board shows more than one organisation. */
  organisation?: string | undefined;
  factorLabel: (id: string) => string;
  targets: readonly SwotEntry[];
  groupListId: string;
  commands: CardCommands;
}

const EXTERNAL = new Set<string>(['opportunity', 'threat']);

/** One card: the words the board shows, who it is from, the author's words when reworded, and what was merged into it. */
export function SwotCard(props: SwotCardProps) {
  const [open, setOpen] = createSignal(false);
  const [rewording, setRewording] = createSignal(false);
  const entry = () => props.card.entry;
  const meta = () =>
    [props.organisation, entry().author && t('board.by', { name: entry().author! }), EXTERNAL.has(entry().quadrant) && entry().factorId && props.factorLabel(entry().factorId!)]
      .filter((x): x is string => Boolean(x))
      .join(' · ');
  const panel = () => `card-${entry().id}-panel`;
  return (
    <li class="row board-card">
      <div class="row__main">
        <p class="row__title note__text">{cardWords(entry())}</p>
        <Show when={meta()}>
          <p class="card__meta">{meta()}</p>
        </Show>
        <Show when={entry().wording !== undefined}>
          <p class="board-card__author note__text">{t('board.authorWords', { text: entry().text })}</p>
        </Show>
        <Show when={props.card.merged.length > 0}>
          <ul class="board-card__merged" aria-label={t('board.mergedList', { text: quoted(entry()) })}>
            <For each={props.card.merged}>
              {(m) => (
                <li>
                  <span class="note__text">{t('board.merged', { text: cardWords(m) })}</span>{' '}
                  <button type="button" class="button button--small" aria-label={t('board.unmergeOf', { text: quoted(m) })} onClick={() => void props.commands.unmerge(m)}>
                    {t('board.unmerge')}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
      <Show when={!rewording()} fallback={<CardRewordEditor entry={entry()} onDone={() => setRewording(false)} />}>
        <button
          type="button"
          class="button button--small"
          aria-expanded={open()}
          aria-controls={panel()}
          aria-label={t('board.actionsFor', { text: quoted(entry()) })}
          onClick={() => setOpen(!open())}
        >
          {t('board.actions')}
        </button>
        <Show when={open()}>
          <div id={panel()} class="board-card__panel">
            <CardActions entry={entry()} targets={props.targets} groupListId={props.groupListId} commands={props.commands} onReword={() => (setOpen(false), setRewording(true))} />
          </div>
        </Show>
      </Show>
    </li>
  );
}
