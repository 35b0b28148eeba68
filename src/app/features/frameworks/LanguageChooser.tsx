import { For } from 'solid-js';
import { t, tp } from '../../i18n/index.ts';
import { languageLabel } from '../../i18n/labels.ts';

export interface LanguageChooserProps {
  available: readonly string[];
  shown: readonly string[];
  /** How many texts each language lacks. */
  missing: (lang: string) => number;
  onToggle: (lang: string, shown: boolean) => void;
}

/** Which languages the editor shows side by side, each with how many of its texts are still missing. English stays: it is every reader's fallback. */
export function LanguageChooser(props: LanguageChooserProps) {
  return (
    <fieldset class="checks">
      <legend>{t('translations.languagesShown')}</legend>
      <div class="checks__list">
        <For each={props.available}>
          {(lang) => (
            <label class="check">
              <input type="checkbox" checked={props.shown.includes(lang)} disabled={lang === 'en'} onChange={(e) => props.onToggle(lang, e.currentTarget.checked)} />
              <span>{languageLabel(lang)}</span>
            </label>
          )}
        </For>
      </div>
      <ul class="langs-missing" aria-label={t('translations.missingTitle')}>
        <For each={props.shown}>
          {(lang) => <li classList={{ 'langs-missing--some': props.missing(lang) > 0 }}>{tp('translations.missingCount', props.missing(lang), { language: languageLabel(lang) })}</li>}
        </For>
      </ul>
    </fieldset>
  );
}
