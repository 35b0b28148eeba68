import { WORKING_LANGUAGES } from './working-languages.ts';
import { isCommonTheme } from '../../shared/themes.ts';
import { isTuocItem } from '../../shared/tuoc.ts';
import { t } from './index.ts';

/** Common themes show in the reader's language; a facilitator's own theme shows as typed. */
export function themeLabel(theme: string): string {
  return isCommonTheme(theme) ? t(`themes.${theme}`) : theme;
}

/** TUOC capacities show in the reader's language; an adapted framework's own items show as named. */
export function capacityLabel(id: string): string {
  return isTuocItem(id) ? t(`tuoc.${id}`) : id;
}

/** A working language by its code, in the reader's language. */
export function languageLabel(code: string): string {
  return (WORKING_LANGUAGES as readonly string[]).includes(code) ? t(`languages.${code as (typeof WORKING_LANGUAGES)[number]}`) : code;
}
