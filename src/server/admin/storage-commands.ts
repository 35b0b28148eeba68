import { backupStore } from './backup.ts';
import { migrateToPostgres } from './migrate-store.ts';
import { restoreStore } from './restore.ts';
import { AdminRefusal, describeFacts } from './store-file.ts';

/** The administrator's commands on the database as a whole. */
const STORAGE_COMMANDS = ['backup', 'restore', 'migrate'] as const;
type StorageCommand = (typeof STORAGE_COMMANDS)[number];
export const isStorageCommand = (command: string): command is StorageCommand => (STORAGE_COMMANDS as readonly string[]).includes(command);

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

/**
 * Run one of them; the exit code: 0 done, 1 refused (the reason printed in a sentence).
 * With PostgreSQL (DATABASE_URL set), backups and restores are PostgreSQL's own tools' work:
 * pg_dump takes a consistent snapshot of a live database, and pg_restore puts it back.
 */
export async function runStorageCommand(command: StorageCommand, arg: string, config: { dataDir: string; databaseUrl: string | undefined }): Promise<number> {
  // Every file these commands make (backups, restored databases, temporary copies) holds keys'
  // hashes and every workshop's records: for this user only, whatever the shell's umask.
  process.umask(0o077);
  try {
    if (command === 'backup') {
      if (config.databaseUrl) {
        console.error('This server keeps its data in PostgreSQL (DATABASE_URL): back it up with pg_dump, which copies a running database consistently:');
        console.error('  umask 077; pg_dump -Fc --no-owner -d "$DATABASE_URL" -f workshop-companion-$(date -u +%Y%m%dT%H%M%SZ).dump');
        return 1;
      }
      const done = await backupStore(config.dataDir, arg);
      console.log(`Backup written: ${done.path} (${size(done.bytes)}), checked (integrity ok).`);
      for (const line of describeFacts(done.facts)) console.log(line);
      return 0;
    }
    if (command === 'restore') {
      if (config.databaseUrl) {
        console.error('restore puts back the embedded database of DATA_DIR; this server uses PostgreSQL (DATABASE_URL): restore a pg_dump file with pg_restore.');
        return 1;
      }
      // Set to anything (even the default's own value), it is the administrator's choice.
      const done = await restoreStore(config.dataDir, arg, { dataDirSet: Boolean(process.env.DATA_DIR?.trim()) });
      console.log(`Restored ${arg} into ${done.folder} (DATA_DIR).`);
      console.log(done.keptAside ? `The database that was there is kept as ${done.keptAside}.` : 'There was no database there before.');
      for (const line of describeFacts(done.facts)) console.log(line);
      return 0;
    }
    const done = await migrateToPostgres(config.dataDir, arg);
    console.log(`Copied the database of ${config.dataDir} into ${done.target}; rows checked, table by table:`);
    for (const [table, rows] of Object.entries(done.rows)) console.log(`  ${table.padEnd(20)} ${rows}`);
    console.log(`Feed position ${done.feedPosition}. The data folder is unchanged.`);
    console.log('Next: set DATABASE_URL to this database in the server settings and start the server.');
    return 0;
  } catch (err) {
    if (!(err instanceof AdminRefusal)) throw err;
    console.error(err.message);
    return 1;
  }
}
