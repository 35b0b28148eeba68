import type { JSX } from 'solid-js';
import { FormMessages } from './inputs.tsx';

/** What every record form takes: a draft and its errors in, changes and submit out. */
export interface DraftFormProps<D> {
  idPrefix: string;
  heading: string;
  draft: D;
  errors: Record<string, string>;
  formError?: string | undefined;
  notice?: string | undefined;
  saving: boolean;
  onChange: (d: D) => void;
  onSubmit: () => void;
  onCancel?: (() => void) | undefined;
}

/** Field helpers for a draft form: set one field, and ids unique to this form instance. */
export function draftFields<D extends object>(props: DraftFormProps<D>) {
  return {
    set: <K extends keyof D>(key: K, value: D[K]) => props.onChange({ ...props.draft, [key]: value }),
    id: (field: string) => `${props.idPrefix}-${field}`,
  };
}

/** A titled form section inside a screen: heading, messages, fields, no browser validation bubbles. */
export function SubForm(props: { heading: string; notice?: string | undefined; error?: string | undefined; onSubmit: () => void; children: JSX.Element }) {
  return (
    <form
      class="subform"
      novalidate
      aria-label={props.heading}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <h3>{props.heading}</h3>
      <FormMessages notice={props.notice} error={props.error} />
      {props.children}
    </form>
  );
}
