// Lighthouse on the production build served by the real server, with its default (mobile) config:
// a mid-range phone emulated with simulated slow 4G and a 4x CPU slowdown, cold cache each run.
// Each page runs RUNS times (scores move from run to run on a shared 2-core machine); the run with
// the median performance score is reported, with the range. Failing audits are listed by title.
// Usage: npm run bench:lighthouse   (LH_RUNS=3, LIGHTHOUSE_CLI; CHROMIUM_PATH as for the tests;
// LH_JSON_DIR=dir keeps every run's full result there, for the audits this summary does not print;
// LH_PAGES=/,/projects runs only those paths; LH_BASE=<git ref> also builds that commit and runs it
// turn about with the work tree, run by run, since this host's speed moves more within an hour
// than most changes move the score: only a same-hour run of the older code tells what a change did)
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { startServer } from '../tests/e2e/support/server.ts';
import { buildApp } from './build.ts';

const PAGES = process.env.LH_PAGES?.split(',') ?? ['/', '/workshops/new'];
const RUNS = Number(process.env.LH_RUNS ?? 3);
const PORT = 4604;
// Another Lighthouse can be tried without touching the install: LIGHTHOUSE_CLI=…/lighthouse/cli/index.js
const CLI = process.env.LIGHTHOUSE_CLI ?? 'bench/node_modules/lighthouse/cli/index.js';
const JSON_DIR = process.env.LH_JSON_DIR;
const BASE = process.env.LH_BASE;
// Other work on the machine slows the observed tasks that Lighthouse multiplies: the load is printed.
const LOAD_AT_START = loadavg()[0]!;
if (JSON_DIR) mkdirSync(JSON_DIR, { recursive: true });
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const TARGETS: Partial<Record<(typeof CATEGORIES)[number], number>> = { performance: 95, accessibility: 100 };
const METRICS = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI', 'speed-index'],
] as const;

/** The parts of a Lighthouse result (LHR) read here. */
interface Audit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: unknown;
}
interface Lhr {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  environment: { hostUserAgent: string; benchmarkIndex: number };
  configSettings: { formFactor: string; throttlingMethod: string };
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

const score = (lhr: Lhr, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

async function lighthouse(url: string, chrome: string): Promise<Lhr> {
  const args = [CLI, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless --no-sandbox'];
  // Lighthouse now and then loses the trace on this busy 2-core machine (NO_NAVSTART): such a run
  // has no scores at all, so it is run again, and the retry is said.
  for (let attempt = 1; ; attempt++) {
    // Lighthouse launches the browser itself; as root Chromium needs --no-sandbox. It exits 1 on a
    // runtime error but still prints the result, which names the error.
    const stdout = await new Promise<string>((resolve) =>
      execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 }, (_err, out) => resolve(out)),
    );
    let lhr: Lhr | undefined;
    try {
      lhr = JSON.parse(stdout) as Lhr;
    } catch {
      lhr = undefined;
    }
    const problem = lhr ? lhr.runtimeError && `${lhr.runtimeError.code} ${lhr.runtimeError.message}` : 'no JSON result';
    if (lhr && !problem) return lhr;
    if (attempt === 3) throw new Error(`Lighthouse failed on ${url} three times: ${problem}`);
    console.log(`  (Lighthouse run on ${url} failed: ${problem}; running it again)`);
  }
}

/** Audits of a category that cost it points: scored below 0.9 (Lighthouse's own "pass" line). */
function failing(lhr: Lhr, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      (x): x is { ref: { id: string; weight: number }; audit: Audit } =>
        !!x.audit && x.audit.score !== null && x.audit.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(x.audit.scoreDisplayMode),
    )
    .map(({ ref, audit }) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} [${ref.id}${ref.weight ? `, weight ${ref.weight}` : ''}, score ${Math.round(audit.score! * 100)}]`);
}

/** Elements (selector and text) or URLs named in an audit's details: the "where" of a failing metric. */
function culprits(audit: Audit | undefined, what: 'node' | 'url'): string[] {
  const found = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (what === 'node' && o.type === 'node' && typeof o.selector === 'string') {
      found.add(`${o.selector}${typeof o.nodeLabel === 'string' ? ` "${o.nodeLabel.split('\n')[0]!.slice(0, 70)}"` : ''}`);
    } else if (what === 'url' && typeof o.url === 'string' && typeof o.wastedMs === 'number') {
      found.add(`${new URL(o.url).pathname} (${Math.round(o.wastedMs)} ms)`);
    } else Object.values(o).forEach(visit);
  };
  visit(audit?.details);
  return [...found];
}

function explain(lhr: Lhr): void {
  const where: [string, string, 'node' | 'url'][] = [
    ['LCP element', 'largest-contentful-paint-element', 'node'],
    ['layout shifts', 'layout-shifts', 'node'],
    ['render-blocking', 'render-blocking-resources', 'url'],
  ];
  for (const [label, id, what] of where) {
    const list = culprits(lhr.audits[id], what);
    if (list.length) console.log(`  ${label}: ${list.join('; ')}`);
  }
  // Lighthouse 12.2 cannot read some of Chromium 156's trace events: say which audits did not run.
  const errored = Object.entries(lhr.audits)
    .filter(([, a]) => a.scoreDisplayMode === 'error')
    .map(([id]) => id);
  if (errored.length) console.log(`  audits that could not run with this Lighthouse and browser: ${errored.join(', ')}`);
}

const dir = mkdtempSync(join(tmpdir(), 'wc-bench-lh-'));

const WORK_TREE = 'work tree';
const BASE_ROOT = join(dir, 'base');

/** LH_BASE checked out beside the work tree, with the work tree's installed packages; its label. */
function checkoutBase(ref: string): string {
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', BASE_ROOT, commit], { stdio: 'inherit' });
  symlinkSync(join(process.cwd(), 'node_modules'), join(BASE_ROOT, 'node_modules'), 'dir');
  return `base ${commit}`;
}

/** Undoes checkoutBase, however far it got: a worktree never added is no error. */
function removeBase(): void {
  rmSync(BASE_ROOT, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'prune'], { stdio: 'inherit' });
}

interface Build {
  label: string;
  url: string;
}
interface Result {
  page: string;
  build: string;
  runs: Lhr[];
}

// Everything made from here on (servers, the base's worktree, the temporary directory) is undone in
// the `finally`, whichever step fails.
const servers: Awaited<ReturnType<typeof startServer>>[] = [];
const builds: Build[] = [];
try {
  buildApp(join(dir, 'dist'));
  servers.push(await startServer({ port: PORT, staticDir: join(dir, 'dist'), dataDir: join(dir, 'data') }));
  builds.push({ label: WORK_TREE, url: servers[0]!.url });
  if (BASE) {
    const label = checkoutBase(BASE);
    buildApp(join(dir, 'dist-base'), BASE_ROOT);
    servers.push(await startServer({ port: PORT + 1, staticDir: join(dir, 'dist-base'), dataDir: join(dir, 'data-base') }));
    builds.push({ label, url: servers[1]!.url });
  }
  const chrome = await findChromium();
  const results: Result[] = [];
  for (const page of PAGES) {
    const byBuild = builds.map((b) => ({ page, build: b.label, runs: [] as Lhr[] }));
    for (let i = 0; i < RUNS; i++) {
      // Turn about, and each build first every other run, so neither always runs on a warmer host.
      const order = i % 2 === 0 ? builds.map((_, k) => k) : builds.map((_, k) => k).reverse();
      for (const k of order) {
        const lhr = await lighthouse(`${builds[k]!.url}${page}`, chrome);
        byBuild[k]!.runs.push(lhr);
        if (JSON_DIR) writeFileSync(join(JSON_DIR, `${page.replace(/\W+/g, '_')}${k ? '-base' : ''}-${i + 1}.json`), JSON.stringify(lhr));
      }
    }
    for (const r of byBuild) r.runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    results.push(...byBuild);
  }
  report(results);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  if (BASE) removeBase();
  rmSync(dir, { recursive: true, force: true });
}

function report(results: Result[]): void {
  const median = (r: Result) => r.runs[Math.floor(r.runs.length / 2)]!;
  const first = results[0]!.runs[0]!;
  console.log(
    `\nLighthouse ${first.lighthouseVersion}, ${first.configSettings.formFactor} preset, ${first.configSettings.throttlingMethod} throttling; ${RUNS} runs a page${BASE ? ' and build, the builds taking turns' : ''}, median shown`,
  );
  console.log(
    `${first.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}; benchmark index ${results.flatMap((r) => r.runs.map((l) => Math.round(l.environment.benchmarkIndex))).join(', ')}`,
  );
  console.log(`load average (1 min) ${LOAD_AT_START.toFixed(2)} before the build, ${loadavg()[0]!.toFixed(2)} at the end, ${availableParallelism()} cores\n`);
  const label = (r: Result) => (BASE ? `${r.page} (${r.build})` : r.page);
  const width = Math.max(16, ...results.map((r) => label(r).length));
  const head = ['page', 'performance', 'accessibility', 'best-practices', ...METRICS.map(([m]) => m)];
  console.log([head[0]!.padEnd(width), ...head.slice(1).map((h) => h.padStart(14))].join(' '));
  for (const r of results) {
    const m = median(r);
    const range = (c: string) => `${score(m, c)} (${score(r.runs[0]!, c)}–${score(r.runs.at(-1)!, c)})`;
    const cells = [range('performance'), String(score(m, 'accessibility')), String(score(m, 'best-practices')), ...METRICS.map(([, id]) => m.audits[id]?.displayValue ?? '?')];
    console.log([label(r).padEnd(width), ...cells.map((c) => c.padStart(14))].join(' '));
  }
  // Targets and failing audits are the work tree's: the base is there to compare with.
  const mine = results.filter((r) => r.build === WORK_TREE);
  for (const r of mine) {
    const m = median(r);
    for (const category of CATEGORIES) {
      const target = TARGETS[category];
      const below = target !== undefined && score(m, category) < target;
      const list = failing(m, category);
      if (!below && !list.length) continue;
      console.log(`\n${r.page} ${category} ${score(m, category)}${target !== undefined ? ` (target ${target}: ${below ? 'NOT met' : 'met'})` : ''}; audits below 90:`);
      for (const line of list) console.log(`  - ${line}`);
      if (category === 'performance') explain(m);
    }
  }
  const met = mine.every((r) => Object.entries(TARGETS).every(([c, t]) => score(median(r), c) >= t));
  console.log(`\nTargets (performance ≥ 95, accessibility 100 on every page): ${met ? 'met' : 'NOT met'}`);
}
