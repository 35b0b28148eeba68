import { Show, untrack, type JSX } from 'solid-js';
import { t } from '../i18n/index.ts';

export interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  error?: string | undefined;
  hint?: string;
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined; required: boolean }) => JSX.Element;
}

/** A labelled form control with its hint and error said in words next to it. */
export function Field(props: FieldProps) {
  const errorId = () => `${props.id}-error`;
  const hintId = () => `${props.id}-hint`;
  const describedBy = () => [props.hint ? hintId() : '', props.error ? errorId() : ''].filter(Boolean).join(' ') || undefined;
  // The control is created once; its attributes are getters so they update in place. Re-creating
  // the control on every change would lose focus and the caret under the person's fingers.
  const aria = {
    get id() {
      return props.id;
    },
    get 'aria-invalid'() {
      return Boolean(props.error);
    },
    get 'aria-describedby'() {
      return describedBy();
    },
    get required() {
      return Boolean(props.required);
    },
  };
  return (
    <div class="field" classList={{ 'field--invalid': Boolean(props.error) }}>
      <label for={props.id}>
        {props.label}
        <Show when={props.required}>
          <span class="field__required" aria-hidden="true">
            {' '}
            ({t('form.required')})
          </span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="field__hint" id={hintId()}>
          {props.hint}
        </p>
      </Show>
      {untrack(() => props.children(aria))}
      <Show when={props.error}>
        <p class="field__error" id={errorId()}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
