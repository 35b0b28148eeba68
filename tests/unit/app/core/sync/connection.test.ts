// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkConnection } from '../../../../../src/app/core/sync/connection.ts';

describe('the connection check', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes any answer from the server as a connection, even an error page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('busy', { status: 503 })),
    );
    expect(await checkConnection()).toBe(true);
  });

  it('takes a network failure as no connection, though the browser says it is online', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(navigator.onLine).toBe(true);
    expect(await checkConnection()).toBe(false);
  });
});
