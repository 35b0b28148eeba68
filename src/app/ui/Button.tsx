/** The kit's tones of button: plain, the screen's main action, or one that destroys. */
type Tone = 'primary' | 'danger';

/** A button that acts on the page and never submits a form; its visible words are its name unless `ariaLabel` says more. */
export function Button(props: { label: string; tone?: Tone; ariaLabel?: string | undefined; disabled?: boolean; onClick: () => void }) {
  return (
    <button type="button" class={props.tone ? `button button--${props.tone}` : 'button'} aria-label={props.ariaLabel} disabled={props.disabled} onClick={() => props.onClick()}>
      {props.label}
    </button>
  );
}
