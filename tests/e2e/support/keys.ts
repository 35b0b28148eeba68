import { execFileSync } from 'node:child_process';
import { E2E } from './env.ts';

/** Issue a key with the admin command, on the end-to-end server's own storage. */
export function issueKey(role: 'facilitator' | 'coordinator', name: string, dataDir = E2E.dataDir, databaseUrl = ''): string {
  const out = execFileSync(process.execPath, ['src/server/admin.ts', `add-${role}`, name], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return out.trim().split('\n').at(-1)!;
}
