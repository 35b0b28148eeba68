import { parseCofacilitatorCode } from '../../../shared/identity/cofacilitator-code.ts';

/**
 * What the co-facilitator QR code carries: the app's address with the code after `#cofacilitate=`,
 * so a tablet's own camera app opens the app with the code filled in. The code stays in the
 * fragment: a browser never sends it to the server in a request's address or a log.
 */
const PREFIX = '#cofacilitate=';

export const cofacilitatorLink = (origin: string, code: string): string => `${origin}/${PREFIX}${code}`;

/** The code of such an address's fragment, if it carries one that reads. */
export const codeOfHash = (hash: string): string | undefined => (hash.startsWith(PREFIX) ? parseCofacilitatorCode(hash.slice(PREFIX.length)) : undefined);
