import { Show } from 'solid-js';
import type { Poll } from '../../../shared/schemas/room-records.ts';
import type { RankedOption } from '../../../shared/votes.ts';
import { t, tp } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { VoteRanking } from './VoteRanking.tsx';

/**
 * One vote as the facilitator runs it: its question, state and rules, how many have voted (never
 * what they chose), and the buttons of its next steps. `results` is given only once it is revealed:
 * before, nothing on the page could tell an option's dots.
 */
export function VoteCard(props: {
  poll: Poll;
  voters: number;
  /** Phones that said which organisation they speak for: only those vote, so more voters than phones is a sign to look at People. */
  phones: number;
  organisationName: string | undefined;
  results: readonly RankedOption[] | undefined;
  onPassDevice: () => void;
  onClose: () => void;
  onReveal: () => void;
  onRemove: () => void;
}) {
  const rules = () =>
    [tp('votes.summary', props.poll.dots), props.poll.stack ? t('votes.summaryStack') : '', props.organisationName ? t('votes.summaryOrganisation', { name: props.organisationName }) : '']
      .filter(Boolean)
      .join(' · ');
  return (
    <article class="card vote-card" aria-labelledby={`vote-${props.poll.id}`} data-state={props.poll.state}>
      <h3 id={`vote-${props.poll.id}`}>{props.poll.title}</h3>
      <p class="card__meta">
        <span class={`vote-state vote-state--${props.poll.state}`}>{t(`votes.state.${props.poll.state}`)}</span> · {rules()}
      </p>
      <p class="vote-card__voters" data-testid="vote-voters" aria-live="polite">
        {tp('votes.voters', props.voters)}
      </p>
      <p class="muted" data-testid="vote-phones">
        {tp('votes.phones', props.phones)}
      </p>
      <div class="row__actions">
        <Show when={props.poll.state === 'open'}>
          <Button tone="primary" label={t('votes.onTablet')} onClick={() => props.onPassDevice()} />
          <Button label={t('votes.close')} onClick={() => props.onClose()} />
        </Show>
        <Show when={props.poll.state !== 'revealed'}>
          <Button tone={props.poll.state === 'closed' ? 'primary' : undefined} label={t('votes.reveal')} onClick={() => props.onReveal()} />
        </Show>
        <Button tone="danger" label={t('votes.remove')} ariaLabel={`${t('votes.remove')}: ${props.poll.title}`} onClick={() => props.onRemove()} />
      </div>
      <Show when={props.results}>{(ranking) => <VoteRanking title={props.poll.title} ranking={ranking()} voters={props.voters} />}</Show>
    </article>
  );
}
