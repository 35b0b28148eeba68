import { hex } from '../../../shared/identity/bytes.ts';
import { sha256 } from '../../../shared/identity/sha256.ts';

/** The SHA-256 of bytes in hex: WebCrypto where the page is a secure context, the shared synchronous hash on a plain-http address. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  if (globalThis.crypto?.subtle) return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
  return hex(sha256(bytes));
}
