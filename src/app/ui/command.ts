import { StorageError, toStorageError } from '../core/db/errors.ts';
import { t } from '../i18n/index.ts';
import { announce, announceFailure } from './announcer.ts';
import { fieldErrors } from './forms/field-errors.ts';

/** A failed write put into words: one message, and per field when the record did not validate. */
export interface Failure {
  message: string;
  /** Field → message, for a form to show under its fields; empty when the failure is not a field's. */
  fields: Record<string, string>;
}

/** An undo offered after a write: the toast says `message` with an Undo button that runs `run`. */
export interface Undo {
  message: string;
  run: () => Promise<unknown>;
}

export interface CommandOptions<R> {
  /**
   * Where a failure is said. By default a toast; a form passes its own target, which receives
   * field messages as well (and the form's own words: "not saved yet, your text is still here").
   */
  onError?: (failure: Failure, error: unknown) => void;
  /**
   * Offered once the write succeeded. A function decides from the write's result (an edit that
   * changed nothing, or a first answer, has nothing to undo).
   */
  undo?: Undo | ((result: R) => Undo | undefined);
}

/**
 * The one mapping from a thrown value to words. A storage failure says what it is (storage full,
 * too large, gone); a record that does not validate says so per field; anything else is a failed
 * write, and is logged, as it was not foreseen. `inForm`: the person's input is still in a form.
 */
function describeFailure(err: unknown, inForm = false): Failure {
  if (err instanceof StorageError && err.code === 'invalid_record' && inForm) {
    return { message: t('form.fixErrors'), fields: fieldErrors(err.issues) };
  }
  // toStorageError also tells the storage-full listeners when the browser's quota error got here unwrapped.
  const code = toStorageError(err).code;
  if (code === 'write_failed' && !(err instanceof StorageError)) console.error(err);
  return { message: code === 'write_failed' && !inForm ? t('error.command_failed') : t(`error.${code}`), fields: {} };
}

/**
 * Run one write from the interface: await it, say a failure in words (a toast, or the form's
 * target), offer undo on success when given, and never let a rejection escape. Resolves to the
 * write's result, or undefined when it failed.
 */
export async function run<R>(work: () => Promise<R>, opts: CommandOptions<R> = {}): Promise<R | undefined> {
  let result: R;
  try {
    result = await work();
  } catch (err) {
    const failure = describeFailure(err, opts.onError !== undefined);
    try {
      if (opts.onError) opts.onError(failure, err);
      else announceFailure(failure.message);
    } catch (sayErr) {
      console.error(sayErr);
    }
    return undefined;
  }
  try {
    const undo = typeof opts.undo === 'function' ? opts.undo(result) : opts.undo;
    if (undo) announce(undo.message, { label: t('form.undo'), run: () => void run(undo.run) });
  } catch (err) {
    // The write is done; an undo that cannot be offered is not the person's failure.
    console.error(err);
  }
  return result;
}
