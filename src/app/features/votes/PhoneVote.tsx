import { createSignal, For, Show } from 'solid-js';
import type { Ballot, Poll } from '../../../shared/schemas/room-records.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';
import { DotPicker } from './DotPicker.tsx';
import { createBallotSending } from './ballot-sending.ts';
import { dotsLeft, fittingDots, sameDots, type Dots } from './dots.ts';

/**
 * One vote on a participant's phone: while open, the dots to place and send (sending again changes
 * the same ballot); once closed or revealed, what was sent and where to look. `ballot` is this
 * phone's own, if it sent one.
 */
export function PhoneVote(props: { poll: Poll; ballot: Ballot | undefined; onSend: (dots: Dots) => Promise<boolean> }) {
  // What the person is placing now; until they touch it, the ballot they sent.
  const [draft, setDraft] = createSignal<Dots>();
  const sending = createBallotSending((d) => props.onSend(d));
  const sent = (): Dots => fittingDots(props.poll, props.ballot?.dots ?? {});
  const dots = () => draft() ?? sent();
  const upToDate = () => props.ballot !== undefined && sameDots(dots(), props.ballot.dots);
  const labelOf = (id: string) => props.poll.options.find((o) => o.id === id)?.label ?? id;

  async function send() {
    if (await sending.submit(dots())) setDraft(undefined);
  }

  return (
    <article class="card phone-vote" aria-labelledby={`vote-${props.poll.id}`} data-state={props.poll.state}>
      <h3 id={`vote-${props.poll.id}`}>{props.poll.title}</h3>
      <Show
        when={props.poll.state === 'open'}
        fallback={
          <>
            <p class="notice">{props.poll.state === 'revealed' ? t('votes.revealedPhone') : t('votes.closedPhone')}</p>
            <Show when={props.ballot}>
              {(b) => (
                <>
                  <h4>{t('votes.yourVote')}</h4>
                  <ul class="phone-vote__ballot">
                    <For each={Object.entries(b().dots)}>{([id, n]) => <li>{t('votes.dotsOn', { option: labelOf(id), count: formatNumber(n) })}</li>}</For>
                  </ul>
                </>
              )}
            </Show>
          </>
        }
      >
        <DotPicker
          idPrefix={`phone-${props.poll.id}`}
          poll={props.poll}
          dots={dots()}
          left={t('votes.phoneDotsLeft', { count: formatNumber(dotsLeft(props.poll, dots())) })}
          disabled={sending.busy()}
          problem={sending.problem()}
          onChange={(d) => {
            setDraft(d);
            sending.changed();
          }}
        />
        <Show when={props.ballot}>
          <p class="notice" role="status" data-testid="vote-sent">
            {upToDate() ? t('votes.sent') : t('votes.changed')}
          </p>
        </Show>
        <Button tone="primary" label={t('votes.send')} disabled={sending.busy()} onClick={() => void send()} />
      </Show>
    </article>
  );
}
