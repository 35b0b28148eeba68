import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import type { ProfileText } from './types.ts';

/** The development-effectiveness profile's text in every language the app speaks; English is the reference. */
export const DE_PROFILE_TEXTS: Record<string, ProfileText> = { en, fr, es, ar, pt };
