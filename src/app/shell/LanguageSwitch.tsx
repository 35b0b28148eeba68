import { For } from 'solid-js';
import { AUTONYMS, LOCALES, isLocale, type Locale } from '../i18n/locales.ts';

/** The language switch: always in the top bar, each language named in itself. */
export function LanguageSwitch(props: { label: string; value: Locale; onChange: (l: Locale) => Promise<void> }) {
  return (
    <select
      class="language-switch"
      aria-label={props.label}
      value={props.value}
      onChange={(e) => {
        const select = e.currentTarget;
        const next = select.value;
        const inUse = props.value;
        // A language that cannot load (offline before it was cached) leaves the switch showing the one in use.
        if (isLocale(next)) props.onChange(next).catch(() => (select.value = inUse));
      }}
    >
      <For each={LOCALES}>
        {(l) => (
          <option value={l} lang={l}>
            {AUTONYMS[l]}
          </option>
        )}
      </For>
    </select>
  );
}
