import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goHome } from './support/app.ts';
import { freePort, startCaddy, type RunningCaddy } from './support/caddy.ts';
import { E2E } from './support/env.ts';
import { issueKey } from './support/keys.ts';
import { scoreAndSubmit, tabletWithWorkshop } from './support/room.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { openSection } from './support/workspace.ts';
import { deviceIdOf } from '../support/test-devices.ts';

/**
 * The HTTPS recipe (deploy/Caddyfile) run for real: the server as in production (TRUST_PROXY=1,
 * on loopback), Caddy in front with a certificate from its own authority for a name that is not
 * localhost, and Chromium trusting that certificate as a device that installed Caddy's root would:
 * no ignoreHTTPSErrors, which would not let a service worker register anyway.
 */
const NAME = 'workshop.test';
const TITLE = 'Dockers over HTTPS';
const DEVICE = deviceIdOf('a device watching for changes');

let dir: string;
let server: RunningServer;
let caddy: RunningCaddy;
let browser: Browser;
let tablet: BrowserContext;
let f: Page;
let key: string;
let link: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000); // Debian's caddy package may be installed first (findCaddy)
  dir = mkdtempSync(join(tmpdir(), 'wc-https-'));
  const dataDir = join(dir, 'server');
  // Three failed sign-ins an address, then refusals: enough to see whose address the server counts.
  server = await startServer({ port: await freePort(), staticDir: E2E.distDir, dataDir, env: { TRUST_PROXY: '1', SYNC_AUTH_FAILURES: '3/1' } });
  key = issueKey('facilitator', 'Facilitator over HTTPS', dataDir);
  caddy = await startCaddy({ name: NAME, upstream: new URL(server.url).host, dir });
  const launch = test.info().project.use.launchOptions ?? {};
  browser = await chromium.launch({
    ...launch,
    args: [...(launch.args ?? []), `--host-resolver-rules=MAP ${NAME} 127.0.0.1`, `--ignore-certificate-errors-spki-list=${caddy.spkiHashes.join(',')}`],
  });
  tablet = await browser.newContext({ baseURL: caddy.origin, viewport: { width: 800, height: 1280 }, hasTouch: true });
});

test.afterAll(async () => {
  await browser?.close();
  await caddy?.stop();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A request through Caddy from Node, trusting Caddy's root only, from the loopback address `from`. */
function viaCaddy(path: string, opts: { from?: string; headers?: Record<string, string> } = {}): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: caddy.port, servername: NAME, ca: caddy.rootPem, path, localAddress: opts.from, headers: { host: `${NAME}:${caddy.port}`, ...opts.headers } },
      resolve,
    );
    req.once('error', reject);
    req.end();
  });
}

async function statusOf(path: string, opts: Parameters<typeof viaCaddy>[1]): Promise<number> {
  const res = await viaCaddy(path, opts);
  res.resume();
  return res.statusCode!;
}

test('Caddy serves the app with the server’s security headers and HSTS, and passes the event stream on at once', async () => {
  const page = await viaCaddy('/');
  page.resume();
  expect(page.statusCode).toBe(200);
  expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
  expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  expect(page.headers['x-content-type-options']).toBe('nosniff');

  const started = Date.now();
  const stream = await viaCaddy(`/api/events?device=${DEVICE}`, { headers: { authorization: `Bearer ${key}` } });
  expect(stream.statusCode).toBe(200);
  expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  // The server keeps the stream open for minutes: "ready" arrives only if Caddy holds nothing back.
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('event: ready')) break;
  }
  stream.destroy();
  expect(text).toMatch(/event: ready\ndata: \{"seq":\d+\}/);
  expect(Date.now() - started).toBeLessThan(3_000);
});

test('behind Caddy (TRUST_PROXY=1) failed sign-ins count per client address, and a forged X-Forwarded-For changes nothing', async () => {
  const wrong = { authorization: 'Bearer not-a-key' };
  const path = `/api/events?device=${DEVICE}`;
  for (let i = 0; i < 3; i++) expect(await statusOf(path, { from: '127.0.0.2', headers: wrong })).toBe(401);
  expect(await statusOf(path, { from: '127.0.0.2', headers: wrong })).toBe(429);
  // The server reads the address Caddy saw (the right-most entry), not what the client wrote.
  expect(await statusOf(path, { from: '127.0.0.2', headers: { ...wrong, 'x-forwarded-for': '198.51.100.7' } })).toBe(429);
  // Another client behind the same proxy has its own count: the server does not see Caddy's address.
  expect(await statusOf(path, { from: '127.0.0.3', headers: wrong })).toBe(401);
});

test('over HTTPS in Chromium the service worker activates, and a phone joins by the link, scores and submits; the tablet has the answers with no button pressed', async () => {
  ({ page: f, link } = await tabletWithWorkshop(tablet, TITLE, key));
  expect(await f.evaluate(() => ({ secure: isSecureContext, sw: navigator.serviceWorker.controller?.scriptURL, state: navigator.serviceWorker.controller?.state }))).toEqual({
    secure: true,
    sw: `${caddy.origin}/sw.js`,
    state: 'activated',
  });
  expect(link.startsWith(`${caddy.origin}/join#`)).toBe(true);

  const phone = await browser.newContext({ baseURL: caddy.origin, viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  await p.goto(link);
  await expect(p.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await scoreAndSubmit(p, 'Sent over HTTPS');
  await openSection(f, 'Analysis');
  // The live stream through Caddy tells the tablet; its timed sync alone would come later.
  await expect(f.getByTestId('respondents')).toHaveText('1 respondent');
  await phone.close();
});

test('with the network off, a reload over HTTPS still shows the app, the workshop and the phone’s answers', async () => {
  await tablet.setOffline(true);
  await f.reload();
  await expect(f.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(f.getByTestId('respondents')).toHaveText('1 respondent');
  await goHome(f);
  await expect(f.getByRole('list', { name: 'Workshops' })).toContainText(TITLE);
  await expect(f.getByText('Offline – everything is saved on this device')).toBeVisible();
});
