import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { Panel } from '../../ui/Panel.tsx';
import { Button } from '../../ui/Button.tsx';
import { run } from '../../ui/command.ts';
import { announce } from '../../ui/announcer.ts';
import { useStore } from '../../core/db/store-context.ts';
import { keepOffered } from '../../core/db/offered.ts';
import { CameraScanner } from './camera/CameraScanner.tsx';
import { createCodeReader } from './code-reader.ts';
import { readFrameworkCode } from './framework-code.ts';

/**
 * On a participant's phone whose workshop scores with an adapted framework it does not have (it
 * joined with no network, from a code that carries only the framework's name): the framework is
 * read from the tablet's animated code, or arrives with the invitation at the next connection.
 */
export function FrameworkScanPanel(props: { documentId: string }) {
  const store = useStore();
  const [scanning, setScanning] = createSignal(false);
  const [status, setStatus] = createSignal('');

  async function complete(json: unknown) {
    const record = readFrameworkCode(json, props.documentId);
    if (!record) return setStatus(t('handover.frameworkWrong'));
    await keepOffered(store.db, [{ kind: 'framework', record }]);
    setScanning(false);
    announce(t('handover.frameworkReceived'));
  }

  const reader = createCodeReader({ onStatus: setStatus, onMessage: (json) => void run(() => complete(json)) });
  function scan() {
    reader.reset();
    setScanning(true);
  }

  return (
    <Panel titleId="framework-scan-title" title={t('handover.frameworkMissingTitle')}>
      <p class="notice">{t('handover.frameworkMissing')}</p>
      <Show when={scanning()} fallback={<Button tone="primary" label={t('handover.frameworkScan')} onClick={scan} />}>
        <Button label={t('handover.stopScan')} onClick={() => setScanning(false)} />
        <CameraScanner label={t('handover.frameworkCamera')} onText={reader.receive} />
      </Show>
      <p role="status" data-testid="framework-scan-status">
        {status()}
      </p>
    </Panel>
  );
}
