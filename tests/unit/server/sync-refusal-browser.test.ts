import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { serverWithKeys, throttledLink, type TestServer } from './socket-client.ts';

// What the app sees of a refused large push, in a real browser on a slow uplink: Chromium sends the
// whole body before it reads the answer, so an answer followed by a reset reaches fetch as a
// network error ("offline") instead of the status and its code.

const executablePath = await findChromium({ install: false }).catch(() => undefined);

describe.skipIf(!executablePath)('POST /api/sync refusals in Chromium, over a slow uplink', () => {
  let server: TestServer;
  let keys: Record<string, string>;
  let link: Awaited<ReturnType<typeof throttledLink>>;
  let browser: Browser;
  beforeAll(async () => {
    ({ server, keys } = await serverWithKeys(['awa']));
    link = await throttledLink(server.port, 1024 * 1024);
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await link?.close();
    await server?.stop();
  });

  it('gets 401 unauthorized for an unknown key and 413 payload_too_large, not a network error', async () => {
    const page = await browser.newPage();
    // Any page of the server's origin: the app's shell is not built here, so a 404 page will do.
    await page.goto(`http://127.0.0.1:${link.port}/nothing-here`);
    const send = (key: string, size: number) =>
      page.evaluate(
        async ({ key, size }) => {
          try {
            const res = await fetch('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: new Uint8Array(size).fill(32) });
            const body = (await res.json()) as { error?: { code?: string } };
            return `${res.status} ${body.error?.code}`;
          } catch (err) {
            return `network error: ${String(err)}`;
          }
        },
        { key, size },
      );
    // Each upload lasts a second or more, and the refusal is decided on the first bytes.
    expect(await send('wcf_notakeyatallnotakeyatallnotakeyat', 1.5 * 1024 * 1024)).toBe('401 unauthorized');
    expect(await send(keys.awa!, 3 * 1024 * 1024)).toBe('413 payload_too_large');
  }, 60_000);
});
