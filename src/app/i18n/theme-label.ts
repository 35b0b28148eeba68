import { isCommonTheme } from '../../shared/themes.ts';
import { t } from './index.ts';

/** Common themes show in the reader's language; a facilitator's own theme shows as typed. */
export function themeLabel(theme: string): string {
  return isCommonTheme(theme) ? t(`themes.${theme}`) : theme;
}
