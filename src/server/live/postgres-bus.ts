import pg from 'pg';
import type { ChangeBus, ChangeNote } from './change-note.ts';
import type { Warn } from '../store/types.ts';

/** The channel every server process on one database listens to. */
const CHANNEL = 'workshop_changes';
/** PostgreSQL refuses a notification payload of 8,000 bytes or more. */
const MAX_PAYLOAD = 7900;
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/** A note as a payload under PostgreSQL's limit: with its kinds, else its scopes alone, else "everything". */
export function notePayload(note: ChangeNote): string {
  const full = JSON.stringify(note);
  if (full.length <= MAX_PAYLOAD) return full;
  const scopes = [...new Set(note.changes.map(([scope]) => scope))];
  const byScope = JSON.stringify({ ...note, changes: scopes.map((s) => [s, '*']) });
  if (byScope.length <= MAX_PAYLOAD) return byScope;
  return JSON.stringify({ seq: note.seq, device: note.device, changes: [], everything: true } satisfies ChangeNote);
}

/** A payload back into a note; anything else (another program on the channel) is dropped. */
export function parsePayload(payload: string | undefined): ChangeNote | undefined {
  try {
    const n = JSON.parse(payload ?? '') as Partial<ChangeNote>;
    if (typeof n.seq !== 'number' || !Array.isArray(n.changes)) return undefined;
    const changes = n.changes.filter((c): c is [string, string] => Array.isArray(c) && typeof c[0] === 'string' && typeof c[1] === 'string');
    return { seq: n.seq, device: typeof n.device === 'string' ? n.device : undefined, keyId: typeof n.keyId === 'string' ? n.keyId : undefined, changes, everything: n.everything === true };
  } catch {
    return undefined;
  }
}

/**
 * A bus over PostgreSQL's LISTEN/NOTIFY, so that a push served by one server process reaches the
 * devices watching through every other process on the same database. Each process holds one
 * listening connection; a lost one is opened again with a growing wait, and since notes may have
 * passed meanwhile, every watcher is then told to pull.
 */
export function createPostgresBus(connectionString: string, warn: Warn = console.warn): ChangeBus {
  const listeners = new Set<(note: ChangeNote) => void>();
  const deliver = (note: ChangeNote) => {
    for (const l of listeners) l(note);
  };
  const sender = new pg.Pool({ connectionString, max: 2 });
  // An idle connection's error (the database restarted) must not end the process.
  sender.on('error', (err) => warn(`change notes: ${err.message}`));
  let client: pg.Client | undefined;
  let closed = false;
  let wait = RECONNECT_MIN_MS;
  let lastSeq = 0;

  async function listen(): Promise<void> {
    if (closed) return;
    const c = new pg.Client({ connectionString });
    const retry = (err?: Error) => {
      if (client !== c) return;
      client = undefined;
      c.removeAllListeners();
      void c.end().catch(() => undefined);
      if (closed) return;
      if (err) warn(`change notes: listening connection lost (${err.message}); again in ${wait} ms`);
      setTimeout(() => void listen(), wait).unref();
      wait = Math.min(RECONNECT_MAX_MS, wait * 2);
    };
    client = c;
    c.on('error', retry);
    c.on('end', () => retry(new Error('connection ended')));
    c.on('notification', (msg) => {
      const note = msg.channel === CHANNEL ? parsePayload(msg.payload) : undefined;
      if (!note) return;
      lastSeq = Math.max(lastSeq, note.seq);
      deliver(note);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      // Anything pushed while this process was not listening: every watcher pulls once.
      if (wait > RECONNECT_MIN_MS) deliver({ seq: lastSeq, changes: [], everything: true });
      wait = RECONNECT_MIN_MS;
    } catch (err) {
      retry(err instanceof Error ? err : new Error(String(err)));
    }
  }
  const ready = listen();

  return {
    ready,
    publish(note) {
      sender.query('SELECT pg_notify($1, $2)', [CHANNEL, notePayload(note)]).catch((err: Error) => {
        // The devices still learn of it at their next timed sync.
        warn(`change notes: could not notify (${err.message})`);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      await ready;
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
      await sender.end();
      listeners.clear();
    },
  };
}
