import type { JSX } from 'solid-js';

/** A panel of a screen: a landmark section named by its own heading. `titleId` is unique on the page. */
export function Panel(props: { titleId: string; title: string; children: JSX.Element }) {
  return (
    <section class="panel" aria-labelledby={props.titleId}>
      <h2 id={props.titleId}>{props.title}</h2>
      {props.children}
    </section>
  );
}
