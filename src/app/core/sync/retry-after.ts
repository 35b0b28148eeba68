/**
 * The wait a server asks for in `Retry-After` (whole seconds, or an HTTP date), in milliseconds;
 * undefined when the header is missing or unreadable.
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * A server-asked wait stretched by 0–50%, so the devices refused in one burst do not all come back
 * in the same second.
 */
export function spreadWait(ms: number, random: () => number = Math.random): number {
  return ms * (1 + 0.5 * random());
}
