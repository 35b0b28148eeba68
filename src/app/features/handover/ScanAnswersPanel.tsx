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
import { createCodeReader } from './code-reader.ts';
import { takeInAnswers, type TakeInOutcome } from './take-in.ts';

/** A taken-in outcome in words. */
function outcomeText(o: TakeInOutcome): string {
  if (!o.ok) return t(`handover.refused.${o.reason}`);
  const parts = o.changes > 0 ? [tp('handover.takenIn', o.changes)] : o.leftOut === 0 && o.taken === 0 ? [t('handover.known')] : [];
  if (o.leftOut > 0) parts.push(tp('handover.leftOut', o.leftOut));
  if (o.taken > 0) parts.push(t('handover.idTaken'));
  return parts.join(' ');
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
  function report(message: string) {
    setStatus(message);
    announce(message);
  }

  async function complete(json: unknown) {
    setBusy(true);
    try {
      const outcome = await run(() => takeInAnswers(store, props.workshop, json, 'scan'));
      if (outcome) report(outcomeText(outcome));
      if (outcome?.ok && outcome.changes > 0) void engine.syncNow();
    } finally {
      setBusy(false);
    }
  }
  const reader = createCodeReader({ onStatus: setStatus, onMessage: (json) => void complete(json), busy });

  /** A new scan reads any phone, the last one too (it is then told its answers were already here). */
  function startScan() {
    reader.reset();
    setStatus(t('handover.aim'));
    setScanning(true);
  }

  async function importFiles(files: readonly File[]) {
    let ok = 0;
    let refused = 0;
    let changes = 0;
    let taken = 0;
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
        taken += outcome.taken;
      } else {
        refused++;
        firstRefusal ??= outcome;
      }
    }
    const summary = files.length === 1 && firstRefusal ? outcomeText(firstRefusal) : t('handover.filesDone', { ok, changes, refused });
    const said = firstRefusal && files.length > 1 ? `${summary} ${outcomeText(firstRefusal)}` : summary;
    // Answers another phone's changes hold the ids of are written down by hand: said whatever else is.
    report(taken > 0 ? `${said} ${t('handover.idTaken')}` : said);
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
        <CameraScanner label={t('handover.camera')} onText={reader.receive} />
      </Show>
    </Panel>
  );
}
