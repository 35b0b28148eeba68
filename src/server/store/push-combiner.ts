import type { Db } from './db.ts';

/** Most pushes written in one transaction, and most mutations in all of them. */
const MAX_PUSHES = 16;
const MAX_MUTATIONS = 2_000;

interface Waiting<J, R> {
  job: J;
  size: number;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for pushes. Pushes are written one transaction at a time (positions in the change
 * feed are handed out in commit order); each commit waits for the database to make it durable, and
 * on PostgreSQL each statement is a round trip while every other push waits. So the pushes that
 * arrive while one transaction runs are written together in the next, one after another exactly as
 * separate transactions in that order would write them, and committed once. If that transaction
 * fails, each of its pushes is written again on its own, so one push's failure is its own alone.
 */
export function pushCombiner<J, R>(locked: <T>(fn: (t: Db) => Promise<T>) => Promise<T>, write: (t: Db, job: J) => Promise<R>, sizeOf: (job: J) => number): (job: J) => Promise<R> {
  const queue: Waiting<J, R>[] = [];
  let writing = false;

  /** The next pushes in order, as many as one transaction takes (always at least one). */
  function nextGroup(): Waiting<J, R>[] {
    const group = [queue.shift()!];
    let size = group[0]!.size;
    while (queue.length > 0 && group.length < MAX_PUSHES && size + queue[0]!.size <= MAX_MUTATIONS) {
      const next = queue.shift()!;
      size += next.size;
      group.push(next);
    }
    return group;
  }

  async function alone(w: Waiting<J, R>): Promise<void> {
    try {
      w.resolve(await locked((t) => write(t, w.job)));
    } catch (err) {
      w.reject(err);
    }
  }

  async function drain(): Promise<void> {
    writing = true;
    try {
      while (queue.length > 0) {
        const group = nextGroup();
        if (group.length === 1) {
          await alone(group[0]!);
          continue;
        }
        let results: R[] | undefined;
        try {
          results = await locked(async (t) => {
            const out: R[] = [];
            for (const w of group) out.push(await write(t, w.job));
            return out;
          });
        } catch {
          for (const w of group) await alone(w);
        }
        if (results) for (const [i, w] of group.entries()) w.resolve(results[i]!);
      }
    } finally {
      writing = false;
    }
  }

  return (job) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ job, size: sizeOf(job), resolve, reject });
      if (!writing) void drain();
    });
}
