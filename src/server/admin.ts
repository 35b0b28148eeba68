// Administration from the command line, on the same storage as the server (DATA_DIR / DATABASE_URL):
//   npm run admin -- add-facilitator "Awa Diop"   prints a link and QR code for the device, and the key on its last line
//   npm run admin -- add-coordinator "Henrik"     prints a new coordinator key (reads every workshop)
//   npm run admin -- revoke KEY                   revokes a key
import { renderUnicodeCompact } from 'uqr';
import { readConfig } from './config.ts';
import { hashKey, newKey } from './auth/keys.ts';
import { openStore } from './store/open.ts';
import type { Role } from './store/types.ts';

const USAGE = 'usage: npm run admin -- add-facilitator "Name" | add-coordinator "Name" | revoke KEY';

async function main(args: string[]): Promise<number> {
  const [command, arg] = args;
  if (!command || !arg?.trim()) {
    console.error(USAGE);
    return 2;
  }
  const store = await openStore(readConfig());
  try {
    if (command === 'add-facilitator' || command === 'add-coordinator') {
      const role: Role = command === 'add-facilitator' ? 'facilitator' : 'coordinator';
      const name = arg.trim().slice(0, 120);
      const key = newKey(role);
      await store.addKey({ hash: hashKey(key), role, name });
      // PUBLIC_URL is the address devices use (default: this machine on PORT).
      const base = (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 8080}`).replace(/\/+$/, '');
      const link = `${base}/settings#key=${key}`;
      console.log(`New ${role} key for ${name}. It is shown once: give it to them now.`);
      console.log(`On their device, open this link (or scan the code), then tap "Save key and sync":`);
      console.log(link);
      console.log(renderUnicodeCompact(link));
      console.log(key);
      return 0;
    }
    if (command === 'revoke') {
      const revoked = await store.revokeKey(hashKey(arg.trim()));
      console.log(revoked ? 'Key revoked.' : 'No active key matches.');
      return revoked ? 0 : 1;
    }
    console.error(USAGE);
    return 2;
  } finally {
    await store.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
