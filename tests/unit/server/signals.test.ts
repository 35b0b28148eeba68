// A service manager stops the server with SIGTERM sent to the process it started: `npm run serve`
// (npm, then Node). The server must get the signal, drain and exit, and npm with it.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
const answers = (url: string) =>
  fetch(url).then(
    (r) => r.ok,
    () => false,
  );

describe('stopping the server', () => {
  it('SIGTERM to the npm process that runs the server drains it and stops both', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'wc-signals-'));
    const npm = spawn('npm', ['run', 'serve', '--silent'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, STATIC_DIR: dir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (d) => (output += d));
    npm.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((done) => npm.once('exit', (code) => done(code)));
    const url = `http://127.0.0.1:${port}/api/health`;
    for (let i = 0; i < 200 && !(await answers(url)); i++) {
      if (npm.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await answers(url)).toBe(true);

    npm.kill('SIGTERM');
    const code = await exited;
    expect(output).toMatch(/SIGTERM/);
    expect(code).toBe(0);
    // Nothing listens any more: the server went with npm, rather than being left behind.
    expect(await answers(url)).toBe(false);
  }, 40_000);
});
