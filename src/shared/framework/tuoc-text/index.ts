import { en } from './en.ts';
import type { FrameworkText } from './types.ts';

/** The default framework's text in every language the app speaks; English is the reference. */
export const TUOC_TEXTS: Record<string, FrameworkText> = { en };
