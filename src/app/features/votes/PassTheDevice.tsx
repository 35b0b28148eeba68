import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import type { Poll } from '../../../shared/schemas/room-records.ts';
import { t, tp } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { Button } from '../../ui/Button.tsx';
import { DotPicker } from './DotPicker.tsx';
import { createBallotSending } from './ballot-sending.ts';
import { dotsLeft, type Dots } from './dots.ts';

/**
 * Voting on the facilitator's tablet, handed round the room with no network needed: one person at
 * a time places their dots and casts them, and the screen clears for the next. Nothing of the
 * votes cast before shows, so nobody sees how the others voted.
 */
export function PassTheDevice(props: { poll: Poll; onCast: (dots: Dots) => Promise<boolean>; onDone: () => void }) {
  let heading: HTMLHeadingElement | undefined;
  const [dots, setDots] = createSignal<Dots>({});
  const sending = createBallotSending((d) => props.onCast(d));
  onMount(() => {
    document.documentElement.classList.add('passing-device');
    heading?.focus();
  });
  onCleanup(() => document.documentElement.classList.remove('passing-device'));
  const open = () => props.poll.state === 'open';

  async function cast() {
    if (!(await sending.submit(dots()))) return;
    setDots({});
    announce(t('votes.cast'));
    // The next person starts at the top, with the question.
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }

  return (
    <section class="panel pass-device" aria-labelledby="pass-title">
      <h2 id="pass-title" tabindex="-1" ref={heading}>
        {props.poll.title}
      </h2>
      <Show when={open()} fallback={<p class="notice">{t('votes.closedPhone')}</p>}>
        <p class="muted">{t('votes.passIntro')}</p>
        <DotPicker
          idPrefix="pass"
          poll={props.poll}
          dots={dots()}
          left={tp('votes.dotsLeft', dotsLeft(props.poll, dots()))}
          disabled={sending.busy()}
          problem={sending.problem()}
          onChange={(d) => {
            setDots(d);
            sending.changed();
          }}
        />
      </Show>
      <div class="row__actions">
        <Show when={open()}>
          <Button tone="primary" label={t('votes.castAndPass')} disabled={sending.busy()} onClick={() => void cast()} />
        </Show>
        <Button label={t('votes.done')} onClick={() => props.onDone()} />
      </div>
    </section>
  );
}
