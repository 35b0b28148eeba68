import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface AdminRun {
  code: number;
  out: string;
  err: string;
}

const ADMIN = fileURLToPath(new URL('../../../src/server/admin.ts', import.meta.url));

/**
 * `npm run admin -- …args` in a process of its own, with these settings: DATABASE_URL unset unless
 * given, DATA_DIR only if given (never inherited), from `cwd` if given.
 */
export const runAdmin = (args: string[], env: Record<string, string>, cwd?: string) =>
  new Promise<AdminRun>((done) => {
    const inherited: NodeJS.ProcessEnv = { ...process.env };
    delete inherited.DATA_DIR;
    execFile(process.execPath, [ADMIN, ...args], { env: { ...inherited, DATABASE_URL: '', ...env }, encoding: 'utf8', cwd }, (err, out, errText) => {
      done({ code: err ? Number(err.code ?? 1) : 0, out, err: errText });
    });
  });
