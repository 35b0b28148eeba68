import { createSignal } from 'solid-js';
import type { RemovePhase } from './RemoveAnswersPanel.tsx';
import { answersOnDevice, removeFromDevice, unsentOf } from '../../core/db/remove-from-device.ts';
import type { LocalStore } from '../../core/db/store.ts';
import type { SyncEngine } from '../../core/sync/engine.ts';
import { forgetDraftsStartingWith } from '../../ui/forms/draft.ts';
import { run } from '../../ui/command.ts';
import { saveUnsyncedToFile } from '../../core/sync/storage-full.ts';

/**
 * "Remove my answers from this device", wired: one assessment's answers (under a finished
 * assessment) or every answer and note on a participant's phone (in Settings). Answers whose
 * changes all reached the server go at once; otherwise sync is tried first, and if some are still
 * unsent the person chooses (the panel says what would be lost).
 */
export function createRemoveAnswers(store: LocalStore, engine: SyncEngine, opts: { assessmentId?: string; onRemoved: () => void; onExported: (count: number) => void }) {
  const [phase, setPhase] = createSignal<RemovePhase>('idle');
  const [unsent, setUnsent] = createSignal(0);
  const [exported, setExported] = createSignal(false);
  const records = () => answersOnDevice(store.db, opts.assessmentId);

  async function remove(): Promise<void> {
    const list = await records();
    await removeFromDevice(store.db, list);
    for (const r of list) if (r.kind === 'assessment') forgetDraftsStartingWith(`score-comment:${r.id}:`);
    setPhase('idle');
    setExported(false);
    opts.onRemoved();
  }

  async function start(): Promise<void> {
    setPhase('checking');
    let list = await records();
    if (list.length === 0) return void setPhase('none');
    let count = await unsentOf(store.db, list);
    if (count > 0) {
      await engine.syncNow();
      list = await records();
      count = await unsentOf(store.db, list);
    }
    if (count === 0) return remove();
    setUnsent(count);
    setPhase('unsent');
  }

  return {
    phase,
    unsent,
    exported,
    // A failure is said in words and leaves the panel where it was before the step.
    start: () => void run(async () => (await start(), true)).then((done) => done || setPhase('idle')),
    exportToFile: () =>
      void run(() => saveUnsyncedToFile(store)).then((n) => {
        if (n === undefined) return;
        setExported(true);
        opts.onExported(n);
      }),
    remove: () => void run(remove),
    keep: () => {
      setPhase('idle');
      setExported(false);
    },
  };
}
