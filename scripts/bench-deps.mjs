// Installs the packages only the benchmarks use (PouchDB, Lighthouse) into bench/node_modules, once
// per change of bench/package-lock.json, so neither `npm ci` nor a production install carries them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const lock = readFileSync('bench/package-lock.json');
const stamp = 'bench/node_modules/.installed-lock';
const want = createHash('sha256').update(lock).digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) process.exit(0);
console.log('Installing the benchmarks’ own packages into bench/node_modules…');
execFileSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], { stdio: 'inherit' });
writeFileSync(stamp, want);
