/**
 * The link that sets a key on a device: PUBLIC_URL (the address devices use, behind a proxy), else
 * this machine on the port the server listens on. A PUBLIC_URL that is not an http(s) address
 * would print a link no device can open, so it is an error.
 */
export function keyLink(key: string, publicUrl: string | undefined, port: number): string {
  const given = publicUrl?.trim();
  if (!given) return `http://localhost:${port}/settings#key=${key}`;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`PUBLIC_URL must be an http:// or https:// address, got "${given}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must be an http:// or https:// address, got "${given}"`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/settings#key=${key}`;
}
