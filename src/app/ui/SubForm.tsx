import type { JSX } from 'solid-js';
import { FormMessages } from './inputs.tsx';

/** What every draft form takes: a draft and its errors in, changes and submit out. */
export interface DraftProps<D> {
  draft: D;
  errors: Record<string, string>;
  formError?: string | undefined;
  notice?: string | undefined;
  saving: boolean;
  onChange: (d: D) => void;
  onSubmit: () => void;
  onCancel?: (() => void) | undefined;
}

/** A record form inside a screen: its heading, and the prefix that keeps its ids unique on the page. */
export interface DraftFormProps<D> extends DraftProps<D> {
  idPrefix: string;
  heading: string;
}

/** The draft's fields that hold one string: typed text and single choices. */
type TextKey<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

/**
 * Field helpers for a draft form: set one field; ids unique to this form (`prefix-name`, the
 * prefix from the props or given); and `field(key)`, an input bound to one text or choice field,
 * its id, value, error and change, so each field is one line: `<TextField {...field('title')} label={…} />`.
 * `name` ends the id where it is not the key (ids are what labels and tests point at).
 */
export function draftFields<D extends object>(props: Pick<DraftProps<D>, 'draft' | 'errors' | 'onChange'> & { idPrefix?: string }, prefix?: string) {
  const set = <K extends keyof D>(key: K, value: D[K]) => props.onChange({ ...props.draft, [key]: value });
  const id = (name: string) => `${prefix ?? props.idPrefix}-${name}`;
  const field = <K extends TextKey<D>>(key: K, name: string = key) => {
    // A choice's options are the field's own values; typed text is any string.
    const change = (value: string) => set(key, value as D[K]);
    return {
      id: id(name),
      get value(): D[K] {
        return props.draft[key];
      },
      get error(): string | undefined {
        return props.errors[key];
      },
      onInput: change,
      onChange: change,
    };
  };
  return { set, id, field };
}

/** A form the browser neither checks (no validation bubbles: each field says its own error) nor sends: submitting calls `onSubmit`. */
export function Form(props: { class: string; label?: string; labelledBy?: string; onSubmit: () => void; children: JSX.Element }) {
  return (
    <form
      class={props.class}
      novalidate
      aria-label={props.label}
      aria-labelledby={props.labelledBy}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}

/** A titled form section inside a screen: heading, messages, fields. */
export function SubForm(props: { heading: string; notice?: string | undefined; error?: string | undefined; onSubmit: () => void; children: JSX.Element }) {
  return (
    <Form class="subform" label={props.heading} onSubmit={() => props.onSubmit()}>
      <h3>{props.heading}</h3>
      <FormMessages notice={props.notice} error={props.error} />
      {props.children}
    </Form>
  );
}
