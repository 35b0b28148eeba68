// Lighthouse on the production build served by the real server, with its default (mobile) config:
// a mid-range phone emulated with simulated slow 4G and a 4x CPU slowdown, cold cache each run.
// Each page runs RUNS times (scores move from run to run on a shared 2-core machine); the run with
// the median performance score is reported, with the range. Failing audits are listed by title.
// Usage: npm run bench:lighthouse   (LH_RUNS=3, LIGHTHOUSE_CLI; CHROMIUM_PATH as for the tests;
// LH_JSON_DIR=dir keeps every run's full result there, for the audits this summary does not print;
// LH_PAGES=/,/projects runs only those paths)
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { startServer } from '../tests/e2e/support/server.ts';

const PAGES = process.env.LH_PAGES?.split(',') ?? ['/', '/workshops/new'];
const RUNS = Number(process.env.LH_RUNS ?? 3);
const PORT = 4604;
// Another Lighthouse can be tried without touching the install: LIGHTHOUSE_CLI=…/lighthouse/cli/index.js
const CLI = process.env.LIGHTHOUSE_CLI ?? 'node_modules/lighthouse/cli/index.js';
const JSON_DIR = process.env.LH_JSON_DIR;
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
    .filter((x): x is { ref: { id: string; weight: number }; audit: Audit } => !!x.audit && x.audit.score !== null && x.audit.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(x.audit.scoreDisplayMode))
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
  const errored = Object.entries(lhr.audits).filter(([, a]) => a.scoreDisplayMode === 'error').map(([id]) => id);
  if (errored.length) console.log(`  audits that could not run with this Lighthouse and browser: ${errored.join(', ')}`);
}

const dir = mkdtempSync(join(tmpdir(), 'wc-bench-lh-'));
const dist = join(dir, 'dist');
// Its own build, so a build in the work tree (or another engineer's run) is never touched.
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--emptyOutDir'], { stdio: 'inherit', env: { ...process.env, OUT_DIR: dist } });
const server = await startServer({ port: PORT, staticDir: dist, dataDir: join(dir, 'data') });
const chrome = await findChromium();
try {
  const results: { page: string; runs: Lhr[] }[] = [];
  for (const page of PAGES) {
    const runs: Lhr[] = [];
    for (let i = 0; i < RUNS; i++) {
      const lhr = await lighthouse(`${server.url}${page}`, chrome);
      runs.push(lhr);
      if (JSON_DIR) writeFileSync(join(JSON_DIR, `${page.replace(/\W+/g, '_')}-${i + 1}.json`), JSON.stringify(lhr));
    }
    runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
    results.push({ page, runs });
  }
  const first = results[0]!.runs[0]!;
  console.log(`\nLighthouse ${first.lighthouseVersion}, ${first.configSettings.formFactor} preset, ${first.configSettings.throttlingMethod} throttling; ${RUNS} runs a page, median shown`);
  console.log(`${first.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}; benchmark index ${results.flatMap((r) => r.runs.map((l) => Math.round(l.environment.benchmarkIndex))).join(', ')}\n`);
  const head = ['page', 'performance', 'accessibility', 'best-practices', ...METRICS.map(([m]) => m)];
  console.log([head[0]!.padEnd(16), ...head.slice(1).map((h) => h.padStart(14))].join(' '));
  for (const { page, runs } of results) {
    const median = runs[Math.floor(runs.length / 2)]!;
    const range = (c: string) => `${score(median, c)} (${score(runs[0]!, c)}–${score(runs.at(-1)!, c)})`;
    const cells = [range('performance'), String(score(median, 'accessibility')), String(score(median, 'best-practices')), ...METRICS.map(([, id]) => median.audits[id]?.displayValue ?? '?')];
    console.log([page.padEnd(16), ...cells.map((c) => c.padStart(14))].join(' '));
  }
  for (const { page, runs } of results) {
    const median = runs[Math.floor(runs.length / 2)]!;
    for (const category of CATEGORIES) {
      const target = TARGETS[category];
      const below = target !== undefined && score(median, category) < target;
      const list = failing(median, category);
      if (!below && !list.length) continue;
      console.log(`\n${page} ${category} ${score(median, category)}${target !== undefined ? ` (target ${target}: ${below ? 'NOT met' : 'met'})` : ''}; audits below 90:`);
      for (const line of list) console.log(`  - ${line}`);
      if (category === 'performance') explain(median);
    }
  }
  const met = results.every(({ runs }) => Object.entries(TARGETS).every(([c, t]) => score(runs[Math.floor(runs.length / 2)]!, c) >= t));
  console.log(`\nTargets (performance ≥ 95, accessibility 100 on every page): ${met ? 'met' : 'NOT met'}`);
} finally {
  await server.stop();
}
