export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
export const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 by WebCrypto (asynchronous: compute it outside an IndexedDB transaction). */
export async function webSha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data));
}

export const webSha256Hex = async (text: string): Promise<string> => hex(await webSha256(utf8(text)));
