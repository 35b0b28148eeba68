import { For } from 'solid-js';
import type { LocalText } from '../../../shared/framework/schema.ts';
import { t } from '../../i18n/index.ts';
import { TextField } from '../../ui/inputs.tsx';
import { languageLabel } from '../../i18n/labels.ts';
import { textDirection } from './framework-languages.ts';

export interface TextInLanguagesProps {
  /** Each field's id is this, a dash and its language. */
  id: string;
  /** What the text is ("Question"): each field is named by it and its language. */
  what: string;
  text: LocalText | undefined;
  langs: readonly string[];
  multiline?: boolean;
  /** Whether English must be given (the fallback every reader can get). */
  required?: boolean;
  onInput: (lang: string, value: string) => void;
}

/**
 * One text in every language shown, side by side where the screen is wide and one under the other
 * on a phone. A translation that is missing says so next to its field, once the text exists in
 * some language (an explanation nobody wrote is not missing anywhere).
 */
export function TextInLanguages(props: TextInLanguagesProps) {
  const written = () => Object.values(props.text ?? {}).some((v) => v.trim() !== '');
  return (
    <div class="langs">
      <For each={props.langs}>
        {(lang) => {
          const value = () => props.text?.[lang] ?? '';
          const missing = () => written() && value().trim() === '';
          return (
            <div class="langs__one" classList={{ 'langs__one--missing': missing() }}>
              <TextField
                id={`${props.id}-${lang}`}
                label={t('translations.inLanguage', { what: props.what, language: languageLabel(lang) })}
                required={props.required === true && lang === 'en'}
                multiline={props.multiline ?? false}
                rows={2}
                lang={lang}
                dir={textDirection(lang)}
                {...(missing() ? { hint: t('translations.missingHere') } : {})}
                value={value()}
                onInput={(v) => props.onInput(lang, v)}
              />
            </div>
          );
        }}
      </For>
    </div>
  );
}
