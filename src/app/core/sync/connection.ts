/** How long the connection check waits for the server before calling the device offline. */
const CHECK_TIMEOUT_MS = 10_000;

/**
 * Whether the server answers at all: its health check, a few bytes, not cached. Any answer, even
 * an error page, means the network is there; false when the browser knows it is offline.
 */
export async function checkConnection(endpoint = '/api/health', fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<boolean> {
  if (navigator.onLine === false) return false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), CHECK_TIMEOUT_MS);
  try {
    await fetchImpl(endpoint, { cache: 'no-store', signal: controller.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
