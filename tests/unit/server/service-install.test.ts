// The installed service (deploy/workshop-companion.service) and the admin commands README.md gives
// for it. The unit lets the server finish its own stop; the commands must read the service's settings file, as the server does: otherwise a key link is printed on
// http://localhost:8080 whatever PUBLIC_URL says, and with DATABASE_URL set a key or a backup goes
// to the SQLite database the server no longer uses.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfig } from '../../../src/server/config.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SETTINGS_FILE = '/etc/workshop-companion.env';
const SERVICE_DATA = '/var/lib/workshop-companion';

/** The README's commands that run the admin command as the service's user, on its data. */
function serviceCommands(): string[] {
  const text = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const commands = [...text.matchAll(/`([^`\n]*src\/server\/admin\.ts[^`\n]*)`/g)].map((m) => m[1]!);
  return commands.filter((c) => c.includes(`DATA_DIR=${SERVICE_DATA}`) && (c.includes('sudo -u workshop') || c.startsWith('0 3 ')));
}

const sh = (command: string) =>
  new Promise<{ code: number; out: string; err: string }>((done) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ['DATA_DIR', 'DATABASE_URL', 'PUBLIC_URL', 'PORT']) delete env[name];
    execFile('sh', ['-c', command], { cwd: ROOT, env, encoding: 'utf8' }, (err, out, errText) => done({ code: err ? Number(err.code ?? 1) : 0, out, err: errText }));
  });

describe("the README's admin commands for the service", () => {
  it('each read the settings file the service reads', () => {
    const commands = serviceCommands();
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) expect(command, command).toContain(`--env-file-if-exists=${SETTINGS_FILE}`);
    const unit = readFileSync(join(ROOT, 'deploy/workshop-companion.service'), 'utf8');
    expect(unit).toContain(`EnvironmentFile=-${SETTINGS_FILE}`);
  });

  it('print the key link on the PUBLIC_URL of the settings file', async () => {
    const command = serviceCommands().find((c) => c.includes('add-facilitator'));
    expect(command).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'wc-service-'));
    const settings = join(dir, 'workshop-companion.env');
    writeFileSync(settings, 'PUBLIC_URL=https://workshops.example.org\nTRUST_PROXY=1\n');
    const run = await sh(command!.replace('sudo -u workshop ', '').replace('/usr/local/bin/node', process.execPath).replace(SETTINGS_FILE, settings).replace(SERVICE_DATA, join(dir, 'data')));
    expect(run.code, run.err).toBe(0);
    const key = run.out.trim().split('\n').at(-1);
    expect(run.out).toContain(`\nhttps://workshops.example.org/settings#key=${key}\n`);
  }, 30_000);
});

describe('the service unit', () => {
  it('waits longer for the server to stop than the server itself may take, so it is never killed while draining', () => {
    const unit = readFileSync(join(ROOT, 'deploy/workshop-companion.service'), 'utf8');
    const timeout = Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)?.[1]);
    let longestDelay = 0;
    while (longestDelay < 3600 && settingAccepted('SHUTDOWN_DELAY_SECONDS', String(longestDelay + 1))) longestDelay++;
    // After the delay, the server stops taking connections and exits within 10 s (src/server/main.ts).
    expect(timeout).toBeGreaterThan(longestDelay + 10);
  });
});

function settingAccepted(name: string, value: string): boolean {
  try {
    readConfig({ [name]: value });
    return true;
  } catch {
    return false;
  }
}
