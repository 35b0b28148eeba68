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
      {/* Two live regions, there from the start: a region's role changed later is not heard. */}
      <p role="status" aria-live="polite" class="toast__message">
        {props.failed ? '' : props.message}
      </p>
      <p role="alert" class="toast__message">
        {props.failed ? props.message : ''}
      </p>
      <Show when={props.message && props.actionLabel}>
        <button type="button" class="button button--on-dark" onClick={() => props.onAction?.()}>
          {props.actionLabel}
        </button>
      </Show>
    </div>
  );
}
