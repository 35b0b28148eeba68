/** Languages a workshop commonly works in; the network's workshops run in these. */
export const WORKING_LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt', 'sw', 'ru'] as const;
