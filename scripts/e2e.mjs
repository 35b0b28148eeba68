// Builds the app twice (the current version and a "next" one with another version stamp, for the
// update test), then runs Playwright against the real server process in Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const chromium = await findChromium();
console.log(`End-to-end tests use Chromium at ${chromium}`);
// E2E_DIR lets two runs share a working tree (each with its own E2E_PORT too).
const dir = process.env.E2E_DIR ?? '.e2e';
rmSync(dir, { recursive: true, force: true });
const vite = (outDir, build) =>
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: outDir, APP_BUILD: build },
  });
vite(`${dir}/dist`, 'e2e.1');
vite(`${dir}/dist-next`, 'e2e.2');

const result = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // The servers the tests start log warnings and errors only: a line per request would bury the report.
  env: { LOG_LEVEL: 'warn', ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(result.status ?? 1);
