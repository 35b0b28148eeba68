import { es } from '../../../shared/framework/tuoc-text/es.ts';
import { tuocWords } from '../tuoc-words.ts';

/** Spanish: TUOC capacity and principle names, the default framework's own words. */
export const tuoc = tuocWords(es);
