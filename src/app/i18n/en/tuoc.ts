import { en } from '../../../shared/framework/tuoc-text/en.ts';
import { tuocWords } from '../tuoc-words.ts';

/** English: TUOC capacity and principle names, the default framework's own words. */
export const tuoc = tuocWords(en);
