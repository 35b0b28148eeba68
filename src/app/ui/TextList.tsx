import { For } from 'solid-js';

/** Lines of plain text as a bulleted list: problems found, guiding questions. */
export function TextList(props: { items: readonly string[] }) {
  return (
    <ul>
      <For each={props.items}>{(line) => <li>{line}</li>}</For>
    </ul>
  );
}
