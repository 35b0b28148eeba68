import { Show } from 'solid-js';

export interface ToastProps {
  message: string;
  actionLabel?: string | undefined;
  onAction?: () => void;
}

/** The polite live region for saved / deleted messages, with an optional action such as Undo. */
export function Toast(props: ToastProps) {
  return (
    <div class="toast" classList={{ 'toast--empty': !props.message }}>
      <p role="status" aria-live="polite" class="toast__message">
        {props.message}
      </p>
      <Show when={props.message && props.actionLabel}>
        <button type="button" class="button button--on-dark" onClick={() => props.onAction?.()}>
          {props.actionLabel}
        </button>
      </Show>
    </div>
  );
}
