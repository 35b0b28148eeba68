// A production build of the app for a benchmark, into a directory of its own, so a build in the
// work tree (or another engineer's run) is never touched.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds the code in `root` (the work tree by default, or a checkout of an older commit) into `out`. */
export function buildApp(out: string, root = process.cwd()): void {
  execFileSync(process.execPath, [join(process.cwd(), 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error', '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: out },
  });
}
