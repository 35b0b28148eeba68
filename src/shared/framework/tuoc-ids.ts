/** The TUOC ids, for the framework's text in tuoc-text/ (one folder deeper, it reaches shared/ through here). */
export type { TuocGroup, TuocItem } from '../tuoc.ts';
