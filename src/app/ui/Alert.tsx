import { Show } from 'solid-js';

/** A message a screen reader says at once, there only while there is one (why a form was not saved, why an update waits). */
export function Alert(props: { class: string; message: string | undefined }) {
  return (
    <Show when={props.message}>
      <p class={props.class} role="alert">
        {props.message}
      </p>
    </Show>
  );
}
