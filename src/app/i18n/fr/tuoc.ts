import { fr } from '../../../shared/framework/tuoc-text/fr.ts';
import { tuocWords } from '../tuoc-words.ts';

/** French: TUOC capacity and principle names, the default framework's own words. */
export const tuoc = tuocWords(fr);
