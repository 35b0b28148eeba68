import { createSignal, Show } from 'solid-js';
import { t, tp } from '../../i18n/index.ts';
import { Panel } from '../../ui/Panel.tsx';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { useStore } from '../../core/db/store-context.ts';
import { exportPending } from '../../core/sync/transfer.ts';
import { shareOrSave } from '../../core/platform/share.ts';
import { encodeMessage, packJson, type FrameSource } from './code/index.ts';
import { AnimatedCode } from './AnimatedCode.tsx';

/**
 * On a participant's phone: hand this workshop's answers to the facilitator with no network, as a
 * code the tablet's camera reads, or as a file for the share sheet. Both carry every change of
 * this phone for the workshop that has not reached the server, each signed by the phone, so the
 * tablet can relay them and cannot alter them.
 */
export function HandInPanel(props: { workshopId: string }) {
  const store = useStore();
  // undefined: not asked yet; null: nothing left to hand in.
  const [frames, setFrames] = createSignal<FrameSource | null>();

  const answers = () => exportPending(store, { scope: props.workshopId });

  async function show() {
    const file = await answers();
    setFrames(file.mutations.length ? encodeMessage(packJson(file)) : null);
  }

  async function share() {
    const file = await answers();
    if (file.mutations.length === 0) return setFrames(null);
    const name = `answers-${file.exportedAt.slice(0, 10)}-${store.deviceId.slice(0, 8)}.json`;
    const outcome = await shareOrSave(new Blob([JSON.stringify(file)], { type: 'application/json' }), name, t('handover.share'));
    if (outcome === 'saved') announce(t('handover.saved'));
  }

  return (
    <Panel titleId="hand-in-title" title={t('handover.handInTitle')}>
      <p class="muted">{t('handover.handInIntro')}</p>
      <div class="row__actions">
        <Show
          when={frames()}
          fallback={
            <button type="button" class="button button--primary" onClick={() => void run(show)}>
              {t('handover.show')}
            </button>
          }
        >
          <button type="button" class="button" onClick={() => setFrames(undefined)}>
            {t('handover.hide')}
          </button>
        </Show>
        <button type="button" class="button" onClick={() => void run(share)}>
          {t('handover.share')}
        </button>
      </div>
      <Show when={frames() === null}>
        <p role="status">{t('handover.nothing')}</p>
      </Show>
      <Show when={frames()}>
        {(source) => (
          <>
            <p role="status">
              {tp('handover.codeParts', source().count)} {t('handover.codeHelp')}
            </p>
            <AnimatedCode frames={source()} label={t('handover.codeLabel')} />
          </>
        )}
      </Show>
    </Panel>
  );
}
