import { execFile } from 'node:child_process';

export interface AdminRun {
  code: number;
  out: string;
  err: string;
}

/** `npm run admin -- …args` in a process of its own, with these settings (DATABASE_URL unset unless given). */
export const runAdmin = (args: string[], env: Record<string, string>) =>
  new Promise<AdminRun>((done) => {
    execFile(process.execPath, ['src/server/admin.ts', ...args], { env: { ...process.env, DATABASE_URL: '', ...env }, encoding: 'utf8' }, (err, out, errText) => {
      done({ code: err ? Number(err.code ?? 1) : 0, out, err: errText });
    });
  });
