// The one test command: type-check, lint, format check, unit and integration tests (Vitest, with the architecture
// boundary checks), then end-to-end tests in Chromium against the built app and the real server.
// Ends with one summary line, "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const node = process.execPath;
const steps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

// A short step's output is kept and, when it fails, printed again under the summary: a CI log
// that keeps only its last lines still says what failed. Long steps stream as they go.
function run(name, args, { keep = false } = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const r = spawnSync(node, args, { stdio: keep ? ['inherit', 'pipe', 'pipe'] : 'inherit', maxBuffer: 256 * 1024 * 1024 });
  const output = keep ? `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `${r.error.message}\n` : ''}` : '';
  if (keep) process.stdout.write(output);
  const ok = r.status === 0;
  const how = r.signal ? ` (ended by ${r.signal})` : '';
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1), output, how });
  return ok;
}

if (run('type-check', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { keep: true })) passed++;
else failed++;

// Without the cache: a type-aware finding can come from a change in another file.
if (run('lint (eslint)', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0'], { keep: true })) passed++;
else failed++;

if (run('format (prettier)', ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level', 'warn'], { keep: true })) passed++;
else failed++;

mkdirSync('.e2e', { recursive: true });
rmSync('.e2e/unit.json', { force: true });
run('unit and integration tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.e2e/unit.json']);
if (existsSync('.e2e/unit.json')) {
  const r = JSON.parse(readFileSync('.e2e/unit.json', 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.success || r.numFailedTests > 0 ? 0 : 1);
  skipped += r.numPendingTests + r.numTodoTests;
} else failed++;

const e2eOk = run('end-to-end tests (playwright, chromium)', ['scripts/e2e.mjs']);
if (existsSync('.e2e/results.json')) {
  const s = JSON.parse(readFileSync('.e2e/results.json', 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  if (!e2eOk && s.unexpected === 0) failed++;
} else failed++;

for (const s of steps.filter((step) => !step.ok && step.output)) {
  const lines = s.output.trimEnd().split('\n');
  console.log(`\n=== ${s.name} failed${s.how}: its last ${Math.min(lines.length, 60)} lines ===`);
  console.log(lines.slice(-60).join('\n'));
}
console.log('\n=== summary ===');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)${s.how ?? ''}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
