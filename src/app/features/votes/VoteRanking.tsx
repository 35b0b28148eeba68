import { createSignal, For, onCleanup } from 'solid-js';
import type { RankedOption } from '../../../shared/votes.ts';
import { t, tp } from '../../i18n/index.ts';

/**
 * A revealed vote's ranking, large enough for a projector: most dots first, options with as many
 * dots sharing a number (`<li value>`). Full screen shows it alone, for the back of the room.
 */
export function VoteRanking(props: { title: string; ranking: readonly RankedOption[]; voters: number }) {
  let box: HTMLDivElement | undefined;
  const [full, setFull] = createSignal(false);
  const follow = () => setFull(document.fullscreenElement !== null && document.fullscreenElement === box);
  document.addEventListener('fullscreenchange', follow);
  onCleanup(() => document.removeEventListener('fullscreenchange', follow));
  // Not every browser lets a page go full screen (iOS Safari on a phone): then the button is not offered.
  const canFull = typeof document.documentElement.requestFullscreen === 'function';
  // A refusal (no user gesture, a policy) leaves the ranking where it is: nothing to say.
  const toggle = () => void (full() ? document.exitFullscreen() : (box?.requestFullscreen() ?? Promise.resolve())).catch(() => undefined);
  const top = () => props.ranking[0]?.dots ?? 0;
  return (
    <div class="vote-results" ref={box}>
      <h4 class="vote-results__title">{t('votes.results')}</h4>
      <p class="vote-results__question">{props.title}</p>
      <ol class="vote-ranking" data-testid="vote-ranking" data-voters={props.voters}>
        <For each={props.ranking}>
          {(o) => (
            <li value={o.rank} data-rank={o.rank} data-dots={o.dots}>
              <span class="vote-ranking__label">{o.label}</span>
              <span class="vote-ranking__dots">{tp('votes.dots', o.dots)}</span>
              {/* A bar in proportion to the winner's dots: the ranking at a glance from afar. */}
              <span class="vote-ranking__bar" aria-hidden="true" style={{ 'inline-size': `${top() > 0 ? (100 * o.dots) / top() : 0}%` }} />
            </li>
          )}
        </For>
      </ol>
      <p class="vote-results__voters">{tp('votes.rankingVoters', props.voters)}</p>
      {canFull && (
        <button type="button" class="button no-print" aria-pressed={full()} onClick={toggle}>
          {full() ? t('votes.exitFullScreen') : t('votes.fullScreen')}
        </button>
      )}
    </div>
  );
}
