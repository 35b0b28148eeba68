import type { ShownText } from '../../shared/framework/schema.ts';
import { locale, t } from './index.ts';
import { languageLabel } from './labels.ts';

/**
 * A framework text as plain text (a chart label, a table cell, an exported file), where no markup
 * can carry its language: a text shown in another language than the reader's says which, briefly.
 */
export function translatedText(shown: ShownText): string {
  return shown.text !== '' && shown.lang !== locale() ? `${shown.text} ${t('translations.fallbackShort', { used: languageLabel(shown.lang) })}` : shown.text;
}
