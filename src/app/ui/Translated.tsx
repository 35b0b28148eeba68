import './translated.css';
import { Show } from 'solid-js';
import type { ShownText } from '../../shared/framework/schema.ts';
import { locale, t } from '../i18n/index.ts';
import { languageLabel } from '../i18n/labels.ts';

/**
 * A text that may be in another language than the reader's (a translation not written yet): the
 * words carry their own `lang` so a screen reader pronounces them right, and a short note says
 * which language shows and which is missing, so nobody takes it for a mistake.
 */
export function Translated(props: { shown: ShownText; /** Only the language shown, where the full note would crowd (a point of a scale). */ short?: boolean }) {
  const other = () => props.shown.text !== '' && props.shown.lang !== locale();
  return (
    <>
      <span lang={props.shown.lang} dir="auto">
        {props.shown.text}
      </span>
      <Show when={other()}>
        {' '}
        <small class="fallback-note">
          {props.short
            ? t('translations.fallbackShort', { used: languageLabel(props.shown.lang) })
            : t('translations.fallback', { used: languageLabel(props.shown.lang), wanted: languageLabel(locale()) })}
        </small>
      </Show>
    </>
  );
}
