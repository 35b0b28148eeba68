import { createEffect, createSignal, on } from 'solid-js';
import { run } from '../command.ts';
import { createDraft } from './draft.ts';
import { trackDirty } from '../../core/platform/dirty-forms.ts';

export interface RecordFormOptions<D extends object, R> {
  /** Unique per form and record: the draft survives reloads under this key. */
  formId: string;
  initial: D;
  /** Write through the repository; its schema errors come back as field errors. `baseline` is what the draft started from. */
  save: (draft: D, baseline: D) => Promise<R>;
  /** The draft after a successful save (default: `initial`); quick-entry forms keep sticky choices. */
  next?: (saved: D) => D;
  /** Whether the draft holds unsaved input (default: differs from `initial`). */
  dirtyWhen?: (draft: D) => boolean;
  /** Record fields whose error belongs to a differently named draft field. */
  errorFields?: Record<string, (keyof D)[]>;
  /**
   * The record as it is now, for forms that stay open (workshop details): while the person has not
   * changed anything, the form follows it, so a synced change from another device shows at once.
   */
  source?: () => D;
}

/**
 * A form over a durable draft: every change is on disk at once, schema errors are said per field
 * and never clear the input, and the update flow knows while input is unsaved.
 */
export function createRecordForm<D extends object, R>(opts: RecordFormOptions<D, R>) {
  const draft = createDraft(opts.formId, opts.initial);
  const [baseline, setBaseline] = createSignal<D>(opts.initial);
  const same = (a: D, b: D) => JSON.stringify(a) === JSON.stringify(b);
  const isDirty = () => (opts.dirtyWhen ? opts.dirtyWhen(draft.value()) : opts.source ? !same(draft.value(), baseline()) : draft.isDirty());
  if (opts.source) {
    const source = opts.source;
    createEffect(
      on(
        source,
        (now) => {
          if (same(now, baseline())) return;
          if (same(draft.value(), baseline())) draft.clear(now);
          setBaseline(() => now);
        },
        { defer: true },
      ),
    );
  }
  const setDirty = trackDirty(opts.formId, isDirty);
  createEffect(() => setDirty(isDirty()));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);

  const fieldsOf = (errorKey: string) => opts.errorFields?.[errorKey] ?? [errorKey as keyof D];

  function change(next: D) {
    const prev = draft.value();
    draft.set(next);
    // An edited field's old error no longer applies.
    setErrors((errs) => {
      const stale = Object.keys(errs).filter((key) => fieldsOf(key).some((f) => prev[f] !== next[f]));
      if (stale.length === 0) return errs;
      const kept = { ...errs };
      for (const key of stale) delete kept[key];
      return kept;
    });
  }

  async function submit(): Promise<R | undefined> {
    if (saving()) return undefined;
    setSaving(true);
    let failed = false;
    try {
      const saved = draft.value();
      // The command runner says a failure in words: here under the fields and above the buttons.
      const result = await run(() => opts.save(saved, baseline()), {
        onError: (failure) => {
          failed = true;
          setErrors(failure.fields);
          setFormError(failure.message);
          if (Object.keys(failure.fields).length > 0) queueMicrotask(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
        },
      });
      if (failed) return undefined;
      if (opts.source) setBaseline(() => saved);
      draft.clear(opts.next?.(saved));
      setErrors({});
      setFormError(undefined);
      return result;
    } finally {
      setSaving(false);
    }
  }

  function reset() {
    draft.clear();
    setErrors({});
    setFormError(undefined);
  }

  return { draft: draft.value, restored: draft.restored, errors, formError, saving, change, submit, reset };
}
export type RecordForm<D extends object, R> = ReturnType<typeof createRecordForm<D, R>>;

/**
 * The props a draft form component takes, bound to a record form: spread them onto the component.
 * `onSaved` runs after a successful save; `onCancel` forgets the draft first.
 */
export function bindForm<D extends object, R>(form: RecordForm<D, R>, handlers: { onSaved?: (saved: R) => void; onCancel?: () => void } = {}) {
  return {
    get draft() {
      return form.draft();
    },
    get errors() {
      return form.errors();
    },
    get formError() {
      return form.formError();
    },
    get saving() {
      return form.saving();
    },
    onChange: form.change,
    onSubmit: async () => {
      const saved = await form.submit();
      if (saved !== undefined) handlers.onSaved?.(saved);
    },
    onCancel: handlers.onCancel
      ? () => {
          form.reset();
          handlers.onCancel?.();
        }
      : undefined,
  };
}
