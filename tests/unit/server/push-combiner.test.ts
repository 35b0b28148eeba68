import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/server/store/db.ts';
import { pushCombiner } from '../../../src/server/store/push-combiner.ts';

/** A database of transactions that records what each wrote, and commits or throws as told. */
function fakeDb() {
  const committed: string[][] = [];
  let failNext = 0;
  const locked = async <T>(fn: (t: Db) => Promise<T>): Promise<T> => {
    const writes: string[] = [];
    const t = { kind: 'sqlite', writes } as unknown as Db;
    const result = await fn(t);
    if (failNext > 0) {
      failNext--;
      throw new Error('commit failed');
    }
    committed.push(writes);
    return result;
  };
  return { committed, locked, failCommits: (n: number) => (failNext = n) };
}

type Job = { name: string; size: number; bad?: boolean };
const write = async (t: Db, job: Job) => {
  await Promise.resolve();
  if (job.bad) throw new Error(`${job.name} is bad`);
  (t as unknown as { writes: string[] }).writes.push(job.name);
  return `${job.name} written`;
};

describe('pushes that arrive while one is written are written together, in order', () => {
  it('groups the waiting pushes into the next transaction and answers each its own result', async () => {
    const db = fakeDb();
    const push = pushCombiner(db.locked, write, (j: Job) => j.size);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((name) => push({ name, size: 50 })));
    expect(results).toEqual(['a written', 'b written', 'c written', 'd written']);
    // the first alone (nothing waited yet), then the three that arrived meanwhile in one commit
    expect(db.committed).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('keeps a group within 16 pushes and 2,000 mutations', async () => {
    const db = fakeDb();
    const push = pushCombiner(db.locked, write, (j: Job) => j.size);
    await Promise.all(Array.from({ length: 40 }, (_, i) => push({ name: `p${i}`, size: i < 20 ? 10 : 900 })));
    expect(db.committed.map((g) => g.length)).toEqual([1, 16, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(db.committed.flat()).toEqual(Array.from({ length: 40 }, (_, i) => `p${i}`));
  });

  it("writes each push of a failed group again on its own, so one push's failure is its own alone", async () => {
    const db = fakeDb();
    const push = pushCombiner(db.locked, write, (j: Job) => j.size);
    const first = push({ name: 'a', size: 1 });
    const rest = [push({ name: 'b', size: 1 }), push({ name: 'c', size: 1, bad: true }), push({ name: 'd', size: 1 })].map((p) => p.then(String, (e: Error) => e.message));
    await first;
    expect(await Promise.all(rest)).toEqual(['b written', 'c is bad', 'd written']);
    expect(db.committed).toEqual([['a'], ['b'], ['d']]);
  });

  it('a failed commit of a group is tried again push by push', async () => {
    const db = fakeDb();
    const push = pushCombiner(db.locked, write, (j: Job) => j.size);
    const first = push({ name: 'a', size: 1 });
    db.failCommits(0);
    const later = [push({ name: 'b', size: 1 }), push({ name: 'c', size: 1 })];
    await first;
    db.failCommits(1);
    expect(await Promise.all(later)).toEqual(['b written', 'c written']);
    expect(db.committed).toEqual([['a'], ['b'], ['c']]);
  });
});
