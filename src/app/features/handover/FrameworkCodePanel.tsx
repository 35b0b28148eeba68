import { createSignal, Show } from 'solid-js';
import type { Framework } from '../../../shared/schemas/records.ts';
import { t, tp } from '../../i18n/index.ts';
import { Panel } from '../../ui/Panel.tsx';
import { Button } from '../../ui/Button.tsx';
import { encodeMessage, type FrameSource } from './code/index.ts';
import { frameworkCodeBytes } from './framework-code.ts';
import { AnimatedCode } from './AnimatedCode.tsx';

/** On the facilitator's tablet: the workshop's adapted framework as an animated code, for phones that joined with no network. */
export function FrameworkCodePanel(props: { record: Framework }) {
  const [frames, setFrames] = createSignal<FrameSource>();
  return (
    <Panel titleId="framework-code-title" title={t('handover.frameworkTitle')}>
      <p class="muted">{t('handover.frameworkIntro')}</p>
      <Show when={frames()} fallback={<Button label={t('handover.frameworkShow')} onClick={() => setFrames(encodeMessage(frameworkCodeBytes(props.record)))} />}>
        {(source) => (
          <>
            <Button label={t('handover.hide')} onClick={() => setFrames(undefined)} />
            <p role="status">{tp('handover.codeParts', source().count)}</p>
            <AnimatedCode frames={source()} label={t('handover.frameworkCodeLabel')} />
          </>
        )}
      </Show>
    </Panel>
  );
}
