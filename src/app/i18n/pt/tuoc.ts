import { pt } from '../../../shared/framework/tuoc-text/pt.ts';
import { tuocWords } from '../tuoc-words.ts';

/** Portuguese: TUOC capacity and principle names, the default framework's own words. */
export const tuoc = tuocWords(pt);
