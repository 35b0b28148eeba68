// Every setting is parsed by its field of the settings table: a wrong value stops the server with
// a sentence naming the variable, and README.md's table lists exactly the settings the server reads.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfig, unknownSettings } from '../../../src/server/config.ts';
import { SETTINGS } from '../../../src/server/settings/settings-table.ts';

const README = resolve(import.meta.dirname, '../../../README.md');

/** The rows of README.md's settings table: variable and default as written. */
function readmeSettings(): Map<string, string> {
  const lines = readFileSync(README, 'utf8').split('\n');
  const header = lines.findIndex((l) => /^\|\s*variable\s*\|\s*default\s*\|\s*meaning\s*\|/.test(l));
  expect(header, 'README.md has a "| variable | default | meaning |" table').toBeGreaterThanOrEqual(0);
  const rows = new Map<string, string>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [name, fallback] = line
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim());
    rows.set(name!.replace(/`/g, ''), fallback!);
  }
  return rows;
}

describe('the settings table', () => {
  it('is the one README.md shows: every setting, no other, with its default', () => {
    const readme = readmeSettings();
    expect([...readme.keys()].sort()).toEqual(Object.keys(SETTINGS).sort());
    for (const [name, s] of Object.entries(SETTINGS)) expect(readme.get(name), name).toBe(s.shown);
  });
});

describe('settings that stop the server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wc-settings-'));
  const file = join(dir, 'a-file');
  writeFileSync(file, '');
  // Two links that point at each other: reading either is a loop.
  const loop = join(dir, 'loop-a');
  symlinkSync(join(dir, 'loop-b'), loop);
  symlinkSync(loop, join(dir, 'loop-b'));

  it.each([
    ['PORT', 'abc', 'PORT must be a whole number of at least 0 and at most 65535, got "abc"'],
    ['PORT', '-1', 'PORT must be a whole number'],
    ['HOST', 'not a host', 'HOST must be an IP address (IPv6 without brackets) or a host name, got "not a host"'],
    ['HOST', '[::1]', 'HOST must be an IP address'],
    ['HOST', '-leading.example', 'HOST must be an IP address'],
    ['DATA_DIR', file, `DATA_DIR must be a folder, but "${file}" is a file`],
    ['STATIC_DIR', file, 'STATIC_DIR must be a folder'],
    ['DATA_DIR', 'data\nmore', 'DATA_DIR must be a folder path without control characters'],
    ['DATABASE_URL', 'mysql://root:hunter2@db/wc', 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    ['DATABASE_URL', 'localhost:5432', 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    ['PUBLIC_URL', 'workshops.example.org', 'PUBLIC_URL must be an http:// or https:// address, got "workshops.example.org"'],
    ['PUBLIC_URL', 'ftp://example.org', 'PUBLIC_URL must be an http:// or https:// address'],
    ['PUBLIC_URL', 'https://admin:pw@example.org/', 'PUBLIC_URL must be an http:// or https:// address without a user, query or fragment'],
    ['TRUST_PROXY', '17', 'TRUST_PROXY must be a whole number of at least 0 and at most 16'],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "verbose"'],
    ['BODY_LIMIT_BYTES', '2MB', 'BODY_LIMIT_BYTES must be a whole number of at least 1024, got "2MB"'],
    ['SYNC_MAX_QUEUED', '-1', 'SYNC_MAX_QUEUED must be a whole number of at least 0'],
    ['PHOTO_QUOTA_BYTES', '1000', 'PHOTO_QUOTA_BYTES must be a whole number of at least 2097152'],
    ['PHOTO_KEY_BYTES', '1000/1000', 'PHOTO_KEY_BYTES must be BURST/PER_HOUR'],
    ['PHOTO_BODY_MAX_SECONDS', '15m', 'PHOTO_BODY_MAX_SECONDS must be a whole number'],
    // Past about 24.8 days a timer fires at once: a huge deadline would cut every body, not lift the limit.
    ['SYNC_BODY_MAX_SECONDS', '3000000', 'SYNC_BODY_MAX_SECONDS must be a whole number of at least 1 and at most 86400'],
    ['SYNC_BODY_GRACE_SECONDS', '86401', 'SYNC_BODY_GRACE_SECONDS must be a whole number of at least 1 and at most 86400'],
    ['PHOTO_BODY_MAX_SECONDS', '9007199254740991', 'PHOTO_BODY_MAX_SECONDS must be a whole number of at least 1 and at most 86400'],
    ['SHUTDOWN_DELAY_SECONDS', '61', 'SHUTDOWN_DELAY_SECONDS must be a whole number of at least 0 and at most 60'],
    [
      'PUBLIC_URL',
      'https://workshops.example.org/companion/',
      'PUBLIC_URL must be the address of the site\'s root, without a path (the app is served at "/"), got "https://workshops.example.org/companion/"',
    ],
    ['DATA_DIR', loop, `DATA_DIR must be a folder the server can reach, but "${loop}" cannot be read (ELOOP)`],
    ['STATIC_DIR', `/${'x'.repeat(5000)}`, 'STATIC_DIR must be a folder the server can reach'],
    ['SYNC_RATE_BURST', 'sixty', 'SYNC_RATE_BURST is no longer read; use SYNC_KEY_REQUESTS'],
  ])('%s=%j', (name, value, sentence) => {
    expect(() => readConfig({ [name]: value })).toThrow(sentence);
  });

  it('never repeats a database URL: it may hold a password', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://root:hunter2@db/wc' })).toThrow(/^((?!hunter2).)*$/s);
  });

  it('names every wrong setting at once, one sentence each', () => {
    expect(() => readConfig({ PORT: 'abc', LOG_LEVEL: 'loud', SYNC_RATE_BURST: '1' })).toThrow(/^SYNC_RATE_BURST is no longer read.*\nPORT must be .*\nLOG_LEVEL must be one of .*$/);
  });
});

describe('settings that parse', () => {
  it('take an empty value as the default, as a unit file writes "PORT="', () => {
    const empty = readConfig(Object.fromEntries(Object.keys(SETTINGS).map((name) => [name, ''])));
    expect(empty).toEqual(readConfig({}));
    expect(empty).toMatchObject({ port: 8080, host: '0.0.0.0', databaseUrl: undefined, publicUrl: undefined, logLevel: 'info' });
  });

  it('keep hosts, folders, URLs and the log level as the server uses them', () => {
    const config = readConfig({
      HOST: '::1',
      DATA_DIR: 'some/where',
      DATABASE_URL: 'postgresql://wc@db.internal:5432/wc',
      PUBLIC_URL: ' https://workshops.example.org/ ',
      LOG_LEVEL: 'WARN',
    });
    expect(config).toMatchObject({
      host: '::1',
      dataDir: resolve('some/where'),
      databaseUrl: 'postgresql://wc@db.internal:5432/wc',
      publicUrl: 'https://workshops.example.org',
      logLevel: 'warn',
    });
    expect(readConfig({ HOST: 'workshops.example.org' }).host).toBe('workshops.example.org');
    expect(readConfig({ HOST: '127.0.0.1', LOG_LEVEL: 'silent' })).toMatchObject({ host: '127.0.0.1', logLevel: 'silent' });
  });

  it('warn of variables that look like settings but are none', () => {
    expect(unknownSettings({ PHOTO_QUOTA_BYTE: '1', PHOTO_QUOTA_BYTES: '3000000', SYNC_RATE_BURST: '1', HOME: '/root', LOG_LEVL: 'x' })).toEqual(['LOG_LEVL', 'PHOTO_QUOTA_BYTE']);
    // A mistyped database URL would leave the server on SQLite without a word.
    expect(unknownSettings({ DATABASE_ULR: 'postgres://x', DATABASE_URL: '', SHUTDOWN_DELAY: '5' })).toEqual(['DATABASE_ULR', 'SHUTDOWN_DELAY']);
  });
});
