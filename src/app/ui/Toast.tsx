import { Show } from 'solid-js';

export interface ToastProps {
  message: string;
  actionLabel?: string | undefined;
  onAction?: () => void;
  /** A failure: its own colour, and said at once (role alert) rather than politely. */
  failed?: boolean | undefined;
}

/** The live region for saved / deleted messages and failures, with an optional action such as Undo. */
export function Toast(props: ToastProps) {
  return (
    <div class="toast" classList={{ 'toast--empty': !props.message, 'toast--failed': props.failed === true }}>
      {/* The polite region is there from the start (a region added later may not be heard); an alert is heard as it appears. */}
      <p role="status" aria-live="polite" class="toast__message">
        {props.failed ? '' : props.message}
      </p>
      <Show when={props.failed && props.message}>
        <p role="alert" class="toast__message">
          {props.message}
        </p>
      </Show>
      <Show when={props.message && props.actionLabel}>
        <button type="button" class="button button--on-dark" onClick={() => props.onAction?.()}>
          {props.actionLabel}
        </button>
      </Show>
    </div>
  );
}
