import { ar } from '../../../shared/framework/tuoc-text/ar.ts';
import { tuocWords } from '../tuoc-words.ts';

/** Arabic: TUOC capacity and principle names, the default framework's own words. */
export const tuoc = tuocWords(ar);
