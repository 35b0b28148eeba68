// A dot vote of 30 phones revealed on the projector, against the real server process (embedded
// SQLite, shipped limits, as `npm start` runs it) and the production build in Chromium:
//  - a facilitator's key, issued with the admin command before the server starts;
//  - each run, pushed from a facilitator's device at protocol level: a workshop with one
//    organisation and a join link, and an open vote on 9 TUOC capacities, 3 dots, no stacking;
//  - the projector: a Chromium page signed in with that key (Settings, as a person given a key
//    does), opened on the workshop's Votes section; its own engine hears and pulls;
//  - PHONES phones (devices at protocol level, as bench/live-room.ts plays them) join with the link,
//    then each pushes its ballot (one dot on each of 3 options) at a random moment within
//    VOTE_SECONDS, on a new connection, as a phone idle more than the server's 5 s keep-alive does.
// Timed, per run: (a) delivery, from the last ballot acknowledged to the projector's voter count
// showing PHONES; (b) reveal, from the click on "Reveal results" to the ranking of PHONES voters
// shown; (c) both. The ranking's first option is checked against the tally of the ballots cast.
// The floor, in the same run and on the same link: an empty sync's round trip on a warm connection.
// On loopback (straight to the server: the slow-link proxy at 0 ms delays small writes by its
// sockets' Nagle wait, some 40 ms an exchange), then through the slow-link proxy adding 300 ms
// round trip (150 ms each way) for every device.
// Times are taken in the page and here on one clock (the epoch in high resolution).
// Usage: npm run bench:vote-reveal   (RUNS=7 PHONES=30 VOTE_SECONDS=3; DIST=<a build's outDir> skips the build)
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { DEFAULT_TUOC } from '../src/shared/framework/default-tuoc.ts';
import { frameworkItems, localised } from '../src/shared/framework/schema.ts';
import { ballotIdFor, delegateIdFor } from '../src/shared/identity/derived-id.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import { tallyVotes } from '../src/shared/votes.ts';
import { openReadyApp } from '../tests/e2e/support/app.ts';
import { issueKey } from '../tests/e2e/support/keys.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { useKey } from '../tests/e2e/support/sync.ts';
import { seeded } from '../tests/support/seeded.ts';
import { deviceIdOf, mutation } from '../tests/unit/server/sync-fixtures.ts';
import { buildApp } from './build.ts';
import { browserAgent, load, median, ms, spread, sync, workshopWithLink } from './live-room.ts';
import { startLink, type LinkProfile } from './slow-proxy.ts';
import { percentile } from './stats.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const PHONES = Number(process.env.PHONES ?? 30);
const VOTE_SECONDS = Number(process.env.VOTE_SECONDS ?? 3);
/** Ports of this benchmark: the server and its slow link. */
const PORT = { server: 4486, slow: 4487 };
const LINKS: LinkProfile[] = [
  { name: 'loopback', rttMs: 0 },
  { name: '300 ms RTT', rttMs: 300 },
];
/** Empty syncs timed for the floor, on a connection already open. */
const FLOOR_SAMPLES = 5;
/** The vote: 9 capacities of the built-in TUOC, 3 dots each, one per option. */
const OPTIONS = frameworkItems(DEFAULT_TUOC)
  .slice(0, 9)
  .map((item) => ({ id: item.id, label: localised(item.label, 'en') }));
const DOTS = 3;
const WAIT_MS = 60_000;

const random = seeded(30);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));
/** The epoch in milliseconds, in high resolution: the page reads the same clock. */
const clock = () => performance.timeOrigin + performance.now();

/** `DOTS` distinct options, one dot each. */
function pickDots(): Record<string, number> {
  const ids = OPTIONS.map((o) => o.id);
  const dots: Record<string, number> = {};
  for (let i = 0; i < DOTS; i++) dots[ids.splice(Math.floor(random() * ids.length), 1)[0]!] = 1;
  return dots;
}

/** Rejects after `limit` ms, saying what did not happen. */
function within<T>(promise: Promise<T>, limit: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${limit / 1000} s`)), limit)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * In the page: from now on, the moment the element `selector` is first shown (with text matching
 * `text`, when given), checked on every change of the page, and the moment of the next click.
 */
function watchPage(page: Page, selector: string, text?: string): Promise<void> {
  return page.evaluate(
    ({ selector, text }) => {
      const at = () => performance.timeOrigin + performance.now();
      const w = window as unknown as { shownAt?: Promise<number>; clickedAt?: Promise<number> };
      w.clickedAt = new Promise((resolve) => document.addEventListener('click', () => resolve(at()), { capture: true, once: true }));
      w.shownAt = new Promise((resolve) => {
        const shown = () => {
          const el = document.querySelector(selector);
          return el !== null && el.getClientRects().length > 0 && (text === undefined || new RegExp(text).test(el.textContent ?? ''));
        };
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve(at());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        if (shown()) resolve(at());
      });
    },
    { selector, text },
  );
}
const shownAt = (page: Page) => page.evaluate(() => (window as unknown as { shownAt: Promise<number> }).shownAt);
const clickedAt = (page: Page) => page.evaluate(() => (window as unknown as { clickedAt: Promise<number> }).clickedAt);

interface VoteRun {
  deliveryMs: number;
  /** From the last ballot sent (its push started) to the count shown. */
  fromSentMs: number;
  revealMs: number;
  floorMs: number;
  /** The ranking's first entry shows the tally's first option and its dots. */
  rankingRight: boolean;
}

/** One vote on one link: set up, phones vote, the projector counts them, the facilitator reveals. */
async function voteOnce(page: Page, port: number, key: string, tag: string): Promise<VoteRun> {
  const tablet = `voteTablet${tag}`;
  const { w, org, link: joinLink } = await workshopWithLink(port, key, tablet, `Vote ${tag}`);
  const poll = { id: uuidv7(), workshopId: w, title: 'Which capacities first?', subject: 'capacities' as const, options: OPTIONS, dots: DOTS, stack: false, state: 'open' as const };
  const { id: pollId, ...fields } = poll;
  const agent = browserAgent();
  const floor: number[] = [];
  try {
    let { cursor } = await sync(agent, port, key, tablet, [mutation({ kind: 'poll', recordId: pollId, scope: w, patch: fields }, Date.now(), tablet)], null);
    for (let i = 0; i < FLOOR_SAMPLES; i++) {
      const t = clock();
      ({ cursor } = await sync(agent, port, key, tablet, [], cursor));
      floor.push(clock() - t);
    }
  } finally {
    agent.destroy();
  }

  await page.goto(`/workshops/${w}/votes`);
  await page.getByTestId('vote-voters').waitFor({ timeout: WAIT_MS });
  // Phones join with the link (a first pull, with their delegation), as the app does once it has it.
  const phones = await Promise.all(
    Array.from({ length: PHONES }, async (_, i) => {
      const device = `votePhone${tag}-${i}`;
      const a = browserAgent();
      // A phone says which organisation it speaks for before it votes, as the app asks.
      const speaks = mutation({ kind: 'delegate', recordId: delegateIdFor(w, deviceIdOf(device)), scope: w, patch: { workshopId: w, organisationId: org } }, Date.now(), device);
      const joined = await sync(a, port, joinLink, device, [speaks], null).finally(() => a.destroy());
      return { device, cursor: joined.cursor, ballot: { id: ballotIdFor(pollId, deviceIdOf(device)), pollId, dots: pickDots() } };
    }),
  );

  await watchPage(page, '[data-testid="vote-voters"]', `(^|\\D)${PHONES}(\\D|$)`);
  let lastSent = 0;
  const acked = await Promise.all(
    phones.map(async (phone) => {
      await sleep(random() * VOTE_SECONDS * 1000);
      lastSent = Math.max(lastSent, clock());
      const a = browserAgent();
      const ballot = mutation({ kind: 'ballot', recordId: phone.ballot.id, scope: w, patch: { workshopId: w, pollId, dots: phone.ballot.dots } }, Date.now(), phone.device);
      await sync(a, port, joinLink, phone.device, [ballot], phone.cursor).finally(() => a.destroy());
      return clock();
    }),
  );
  const shown = await within(shownAt(page), WAIT_MS, `${PHONES} voters on the projector`);
  const deliveryMs = shown - Math.max(...acked);

  await watchPage(page, `[data-testid="vote-ranking"][data-voters="${PHONES}"]`);
  await page.getByRole('button', { name: 'Reveal results' }).click();
  const revealMs = (await within(shownAt(page), WAIT_MS, 'the ranking on the projector')) - (await clickedAt(page));

  const first = tallyVotes(
    poll,
    phones.map((p) => p.ballot),
  ).ranking[0]!;
  const top = page.getByTestId('vote-ranking').locator('li').first();
  const rankingRight = ((await top.textContent()) ?? '').includes(first.label) && (await top.getAttribute('data-dots')) === String(first.dots);
  return { deliveryMs, fromSentMs: shown - lastSent, revealMs, floorMs: median(floor), rankingRight };
}

/** The projector for one link: a page of the app through that link's port, signed in with the key. */
async function projectorPage(browser: Browser, port: number, key: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, viewport: { width: 1280, height: 800 } });
  // tsx keeps function names with a helper that the page does not have.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  const page = await context.newPage();
  await openReadyApp(page);
  await useKey(page, key);
  return page;
}

const row = (name: string, xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return `  ${name.padEnd(34)} median ${ms(median(xs)).padStart(8)}   p90 ${ms(percentile(sorted, 90)).padStart(8)}   min–max ${spread(xs)}`;
};

const started = clock();
console.log(`load average at start: ${load()}`);
const dir = mkdtempSync(join(tmpdir(), 'wc-vote-reveal-'));
const dist = process.env.DIST ?? join(dir, 'dist');
if (!process.env.DIST) buildApp(dist);
const dataDir = join(dir, 'data');
const key = issueKey('facilitator', 'Vote facilitator', dataDir);
const server = await startServer({ port: PORT.server, staticDir: dist, dataDir });
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'] });
const results: { link: string; runs: VoteRun[] }[] = [];
try {
  for (const profile of LINKS) {
    const link = profile.rttMs > 0 ? await startLink(PORT.server, profile, PORT.slow) : undefined;
    const port = link?.port ?? PORT.server;
    try {
      const page = await projectorPage(browser, port, key);
      const runs: VoteRun[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await voteOnce(page, port, key, `${profile.rttMs}-${run}`));
      results.push({ link: profile.name, runs });
      await page.context().close();
      console.log(`done: ${profile.name}`);
    } finally {
      await link?.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nDot vote revealed: ${PHONES} phones, ${DOTS} dots on ${OPTIONS.length} capacities, ballots within ${VOTE_SECONDS} s; ${RUNS} runs a link; SQLite, shipped limits`);
for (const { link, runs } of results) {
  const ratios = runs.map((r) => r.deliveryMs / r.floorMs);
  const wrong = runs.filter((r) => !r.rankingRight).length;
  console.log(link);
  const rows: [string, (r: VoteRun) => number][] = [
    [`(a) last ballot acked → ${PHONES} shown`, (r) => r.deliveryMs],
    [`    last ballot sent → ${PHONES} shown`, (r) => r.fromSentMs],
    ['(b) reveal click → ranking shown', (r) => r.revealMs],
    ['(c) a + b', (r) => r.deliveryMs + r.revealMs],
    ['floor: empty sync round trip', (r) => r.floorMs],
  ];
  for (const [name, pick] of rows) console.log(row(name, runs.map(pick)));
  const ratio = (x: number) => `${x.toFixed(1)}×`;
  console.log(`  (a) / floor: median ${ratio(median(ratios))} (${ratio(Math.min(...ratios))}–${ratio(Math.max(...ratios))}); ranking as tallied in ${runs.length - wrong} of ${runs.length} runs`);
  if (wrong) process.exitCode = 1;
}
console.log(`\nload average at end: ${load()}; ${((clock() - started) / 1000).toFixed(0)} s in all`);
