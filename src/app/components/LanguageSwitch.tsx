import { For } from 'solid-js';
import { AUTONYMS, LOCALES, isLocale, type Locale } from '../i18n/locales.ts';

/** The language switch: always in the top bar, each language named in itself. */
export function LanguageSwitch(props: { label: string; value: Locale; onChange: (l: Locale) => void }) {
  return (
    <select
      class="language-switch"
      aria-label={props.label}
      value={props.value}
      onChange={(e) => {
        const next = e.currentTarget.value;
        if (isLocale(next)) props.onChange(next);
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
