/**
 * Common workshop themes of the network. A workshop stores the key for these (so each language can
 * show its own label) or the facilitator's own words for any other theme.
 */
export const COMMON_THEMES = ['informal-economy', 'occupational-safety-health', 'social-protection', 'gender-equality', 'social-dialogue', 'just-transition', 'migrant-workers', 'youth'] as const;
export type CommonTheme = (typeof COMMON_THEMES)[number];

export function isCommonTheme(theme: string): theme is CommonTheme {
  return (COMMON_THEMES as readonly string[]).includes(theme);
}
