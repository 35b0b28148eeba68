import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import type { FrameworkText } from './types.ts';

/** The default framework's text in every language the app speaks; English is the reference. */
export const TUOC_TEXTS: Record<string, FrameworkText> = { en, fr, es, ar, pt };
