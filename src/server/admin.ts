// Administration from the command line, on the same storage as the server (DATA_DIR / DATABASE_URL):
//   npm run admin -- add-facilitator "Awa Diop"      prints a link and QR code for the device, and the key on its last line
//   npm run admin -- add-coordinator "Henrik"        prints a new coordinator key (reads every workshop)
//   npm run admin -- list-keys                       lists every key: id, role, name, created, last used, scopes owned, status
//   npm run admin -- revoke KEY_OR_ID                revokes a key (and retires its workshops' join links)
//   npm run admin -- move-workshops FROM_ID TO_ID    gives every workshop a key owns to another active key
//   npm run admin -- backup FILE                     a checked copy of the embedded database, taken while the server runs
//   npm run admin -- restore FILE                    puts a backup in place (server stopped); the old database is kept aside
//   npm run admin -- migrate --to postgres://…       copies the embedded database into an empty PostgreSQL (server stopped)
import { renderUnicodeCompact } from 'uqr';
import { KEY_ID_PATTERN, keyIdOf } from '../shared/identity/credential.ts';
import { keyLink } from './admin-link.ts';
import { readConfig } from './config.ts';
import { hashKey, newKey } from './auth/keys.ts';
import { openStore } from './store/open.ts';
import { isStorageCommand, runStorageCommand } from './admin/storage-commands.ts';
import type { KeyRecord, Role, ServerStore } from './store/types.ts';

const USAGE = `usage: npm run admin -- <command>
  add-facilitator "Name"        a new facilitator key, with a link and QR code for the device
  add-coordinator "Name"        a new coordinator key (reads every workshop, curates the compendium)
  list-keys                     every key: id, role, name, created, last used, scopes it owns, status
  revoke KEY_OR_ID              stop a key at once; its workshops' join links stop too
  move-workshops FROM_ID TO_ID  give every workshop of one key to another active facilitator key
  backup FILE                   a checked copy of the embedded database (FILE may be a folder), server running or not
  restore FILE                  put a backup in place of the embedded database; stop the server first
  migrate --to postgres://...   copy the embedded database into an empty PostgreSQL; stop the server first`;

/** A key by its id (as list-keys shows it) or by the key itself. */
async function findKey(store: ServerStore, keyOrId: string): Promise<KeyRecord | undefined> {
  if (KEY_ID_PATTERN.test(keyOrId)) return (await store.listKeys()).find((k) => keyIdOf(k.hash) === keyOrId);
  return store.keyRecord(hashKey(keyOrId));
}

/** An ISO time as a short UTC date and time; a dash for never. */
const when = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '-');
/** A name as one table cell: no line breaks or other control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const cell = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, ' ');

async function listKeys(store: ServerStore): Promise<number> {
  const keys = await store.listKeys();
  if (keys.length === 0) {
    console.log('No keys yet: npm run admin -- add-facilitator "Name"');
    return 0;
  }
  const rows = [['ID', 'ROLE', 'NAME', 'CREATED (UTC)', 'LAST USED (UTC)', 'SCOPES', 'STATUS']];
  for (const k of keys) {
    const owned = k.role === 'facilitator' ? String((await store.ownedScopes(k.hash)).length) : '-';
    rows.push([keyIdOf(k.hash), k.role, cell(k.name), when(k.createdAt), when(k.lastUsedAt), owned, k.revokedAt ? `revoked ${when(k.revokedAt)}` : 'active']);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  '));
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, arg, arg2] = args;
  const needs = { 'add-facilitator': 1, 'add-coordinator': 1, 'list-keys': 0, revoke: 1, 'move-workshops': 2, backup: 1, restore: 1, migrate: 2 } as const satisfies Record<string, number>;
  if (!command || !(command in needs) || [arg, arg2].slice(0, needs[command as keyof typeof needs]).some((a) => !a?.trim()) || (command === 'migrate' && arg !== '--to')) {
    console.error(USAGE);
    return 2;
  }
  const config = readConfig();
  if (isStorageCommand(command)) return runStorageCommand(command, (command === 'migrate' ? arg2 : arg)!.trim(), config);
  // Checked before the store opens: a bad PUBLIC_URL would print a link no device can open.
  const link = (key: string) => keyLink(key, config.publicUrl, config.port);
  if (command.startsWith('add-')) link('');
  const store = await openStore(config);
  try {
    if (command === 'add-facilitator' || command === 'add-coordinator') {
      const role: Role = command === 'add-facilitator' ? 'facilitator' : 'coordinator';
      const name = arg!.trim().slice(0, 120);
      const key = newKey(role);
      await store.addKey({ hash: hashKey(key), role, name });
      console.log(`New ${role} key for ${name} (id ${keyIdOf(hashKey(key))}). It is shown once: give it to them now.`);
      console.log(`On their device, open this link (or scan the code), then tap "Save key and sync":`);
      console.log(link(key));
      console.log(renderUnicodeCompact(link(key)));
      console.log(key);
      return 0;
    }
    if (command === 'list-keys') return await listKeys(store);
    if (command === 'revoke') {
      const key = await findKey(store, arg!.trim());
      const revoked = key !== undefined && (await store.revokeKey(key.hash));
      if (!revoked) {
        console.log('No active key matches.');
        return 1;
      }
      console.log('Key revoked.');
      if (key.role === 'facilitator') {
        console.log(`Its workshops' join links no longer open them. To give its workshops to a new key: npm run admin -- move-workshops ${keyIdOf(key.hash)} NEW_KEY_ID`);
      }
      return 0;
    }
    const from = await findKey(store, arg!.trim());
    const to = await findKey(store, arg2!.trim());
    if (!from || !to) {
      console.error(`No key matches ${from ? arg2 : arg}: see npm run admin -- list-keys`);
      return 1;
    }
    if (to.role !== 'facilitator' || to.revokedAt || to.hash === from.hash) {
      console.error('Workshops move to another active facilitator key.');
      return 1;
    }
    const moved = await store.moveScopes(from.hash, to.hash);
    console.log(
      `Moved ${moved} scope${moved === 1 ? '' : 's'} (workshops, and the projects and frameworks of its devices) from ${cell(from.name)} (${keyIdOf(from.hash)}) to ${cell(to.name)} (${keyIdOf(to.hash)}).`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 2;
}
