import { untrack } from 'solid-js';
import { createRecordForm } from './record-form.ts';

export interface EditFormOptions<T extends { id: string }, D extends object, R> {
  /** Names the form; the record's id completes its draft key. */
  name: string;
  /** The record being edited, as it is now. */
  record: () => T;
  toDraft: (record: T) => D;
  /** Write through the repository; `baseline` is what the draft started from. */
  save: (draft: D, baseline: D) => Promise<R>;
}

/**
 * A form that edits one existing record. Its draft starts from the record as it was when editing
 * began and is kept under the record's id, so a reload resumes the same edit and a synced change
 * does not overwrite what the person is typing.
 */
export function createEditForm<T extends { id: string }, D extends object, R>(opts: EditFormOptions<T, D, R>) {
  const started = untrack(opts.record);
  return createRecordForm({ formId: `${opts.name}:${started.id}`, initial: opts.toDraft(started), save: opts.save });
}
