import { defineConfig, devices } from '@playwright/test';
import { E2E } from './tests/e2e/support/env.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // The test command never runs a subset by accident: run one test with --grep instead.
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${E2E.dir}/results.json` }]],
  outputDir: `${E2E.dir}/output`,
  use: {
    baseURL: E2E.baseUrl,
    // A failure keeps its trace (every action with the page's DOM at that moment) and a screenshot
    // of each page. The trace's screencast is left out: filming every page all along took a fifth of
    // the run's time (room and sync specs: 226-238 s with it, 186 s without).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'tablet', use: { ...devices['Desktop Chrome'], viewport: { width: 800, height: 1280 }, hasTouch: true } },
    {
      name: 'phone',
      // The participant's device: a small Android phone. Layout checks run here as well.
      testMatch: ['**/layout.spec.ts', '**/offline.spec.ts', '**/participant.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: {
    command: 'node src/server/main.ts',
    url: `${E2E.baseUrl}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { PORT: String(E2E.port), HOST: '127.0.0.1', DATA_DIR: E2E.dataDir, STATIC_DIR: E2E.distDir },
    stdout: 'pipe',
  },
});
