import { createSignal, Show } from 'solid-js';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { t, tp } from '../../i18n/index.ts';
import { Panel } from '../../ui/Panel.tsx';
import { FileField } from '../../ui/inputs.tsx';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { useStore } from '../../core/db/store-context.ts';
import { useSync } from '../../core/sync/context.ts';
import { CameraScanner } from './camera/CameraScanner.tsx';
import { createMessageDecoder, unpackJson, type MessageDecoder } from './code/index.ts';
import { takeInAnswers, type TakeInOutcome } from './take-in.ts';

/** A taken-in outcome in words. */
function outcomeText(o: TakeInOutcome): string {
  if (!o.ok) return t(`handover.refused.${o.reason}`);
  return o.changes === 0 ? t('handover.known') : tp('handover.takenIn', o.changes);
}

/**
 * On the facilitator's tablet: answers from phones with no network, scanned from their screens
 * (frames in any order; progress as they come) or imported from the files they shared, many at
 * once. Each phone's answers go through the same checks and merge; the scan goes on for the next
 * phone, and the phone just read is not read again while it stays in view.
 */
export function ScanAnswersPanel(props: { workshop: Workshop }) {
  const store = useStore();
  const engine = useSync();
  const [scanning, setScanning] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let decoder: MessageDecoder = createMessageDecoder();
  /** The last phone read: its frames, still in view, are ignored. */
  let done: MessageDecoder | undefined;

  function report(message: string) {
    setStatus(message);
    announce(message);
  }

  async function complete(bytes: Uint8Array | undefined) {
    setBusy(true);
    try {
      const outcome = await run(() => takeInAnswers(store, props.workshop, bytes ? unpackJson(bytes) : undefined, 'scan'));
      if (outcome) report(outcomeText(outcome));
      if (outcome?.ok && outcome.changes > 0) void engine.syncNow();
    } finally {
      setBusy(false);
    }
  }

  /** A new scan reads any phone, the last one too (it is then told its answers were already here). */
  function startScan() {
    done = undefined;
    decoder = createMessageDecoder();
    setStatus(t('handover.aim'));
    setScanning(true);
  }

  function onText(text: string) {
    if (busy() || (done && done.receive(text) !== 'other-message')) return;
    const outcome = decoder.receive(text);
    if (outcome === 'complete') {
      done = decoder;
      decoder = createMessageDecoder();
      void complete(done.message());
    } else if (outcome === 'new' || outcome === 'repeat') {
      const { received, total } = decoder.progress();
      setStatus(t('handover.progress', { received, total }));
    } else if (outcome === 'other-message') setStatus(t('handover.otherPhone'));
    else if (outcome === 'damaged') setStatus(t('handover.damaged'));
  }

  async function importFiles(files: readonly File[]) {
    let ok = 0;
    let refused = 0;
    let changes = 0;
    let firstRefusal: TakeInOutcome | undefined;
    for (const file of files) {
      const json = await file
        .text()
        .then((x): unknown => JSON.parse(x))
        .catch(() => undefined);
      const outcome = await takeInAnswers(store, props.workshop, json, 'file');
      if (outcome.ok) {
        ok++;
        changes += outcome.changes;
      } else {
        refused++;
        firstRefusal ??= outcome;
      }
    }
    const summary = files.length === 1 && firstRefusal ? outcomeText(firstRefusal) : t('handover.filesDone', { ok, changes, refused });
    report(firstRefusal && files.length > 1 ? `${summary} ${outcomeText(firstRefusal)}` : summary);
    if (changes > 0) void engine.syncNow();
  }

  return (
    <Panel titleId="scan-answers-title" title={t('handover.scanTitle')}>
      <p class="muted">{t('handover.scanIntro')}</p>
      <p class="muted">{t('handover.neverOpened')}</p>
      <div class="row__actions">
        <Show
          when={scanning()}
          fallback={
            <button type="button" class="button button--primary" onClick={startScan}>
              {t('handover.scan')}
            </button>
          }
        >
          <button type="button" class="button" onClick={() => setScanning(false)}>
            {t('handover.stopScan')}
          </button>
        </Show>
      </div>
      <FileField id="import-answers" label={t('handover.importFiles')} accept=".json,application/json" multiple onFile={(files) => void run(() => importFiles(files))} />
      <p role="status" data-testid="scan-status">
        {status()}
      </p>
      <Show when={scanning()}>
        <CameraScanner label={t('handover.camera')} onText={onText} />
      </Show>
    </Panel>
  );
}
