import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { ANSWER_WAIT, answerTimer } from '../../../../../src/app/core/sync/answer-wait.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';
import { heldCodes, holdCode } from '../../../../../src/app/core/db/cofacilitator-codes.ts';
import { newCofacilitatorCode } from '../../../../../src/shared/identity/cofacilitator-code.ts';
import { pathOf, serverForFile } from '../../../../support/file-server.ts';

/**
 * A link that dies with no word (a venue's Wi-Fi losing its uplink, the connection left open): a
 * sync request on it is given up once its answer is overdue, or once the answer's body stops
 * coming, instead of hanging until the system's TCP timeout. The device then says it is offline,
 * looks at the server's health, and syncs as soon as the link is back, sending nothing twice.
 */
const { key, request } = serverForFile('Stalled');

/** What a dead link does to a fetch: nothing, until the request is aborted. */
const never = (signal: AbortSignal | null | undefined) =>
  new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));

/** An answer whose first bytes arrive, and then nothing more. */
function halfAnswer(res: Response): Response {
  const head = res.body!.getReader();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const { value } = await head.read();
      if (value) controller.enqueue(value.subarray(0, Math.max(1, value.length >> 1)));
      // Then silence: the stream neither ends nor fails.
    },
  });
  return new Response(body, { status: res.status, headers: res.headers });
}

async function device(link: typeof fetch) {
  const store = await openLocalStore(`stalled-${Math.random()}`);
  await setSetting(store.db, ACCESS_KEY, key);
  const engine = createSyncEngine(store, '/api/sync', link, { probeMs: 100, answerWait: { baseMs: 1_000, stallMs: 1_000, slowestUpload: 1e9 } });
  return { store, engine };
}

describe('a link that dies with no word', () => {
  it('waits for an answer as long as the upload could take at the slowest pace the server accepts, plus a minute, and three minutes at most', () => {
    const waitFor = (bytes: number) => {
      const timer = answerTimer(bytes);
      timer.done();
      return timer.waitMs;
    };
    expect(waitFor(0)).toBe(ANSWER_WAIT.baseMs);
    expect(waitFor(51_200)).toBe(ANSWER_WAIT.baseMs + 100_000);
    expect(waitFor(2 * 1024 * 1024)).toBe(180_000);
  });

  for (const [what, stall] of [
    ['an answer that never comes, and backs off instead of asking again as soon as the server’s health answers', 'request'],
    ['an answer whose body stops halfway, and syncs as soon as the server’s health answers', 'body'],
    ['a refusal whose body stops halfway, and syncs as soon as the server’s health answers', 'refusal'],
  ] as const) {
    it(`gives up ${what}; nothing is lost or sent twice`, async () => {
      let dead = false;
      const asked: string[] = [];
      const link: typeof fetch = async (url, init) => {
        const path = pathOf(url);
        asked.push(path);
        if (!dead || path !== '/api/sync') return request(path, init);
        if (stall === 'request') return never(init?.signal);
        if (stall === 'body') return halfAnswer(await request(path, init));
        return halfAnswer(new Response(JSON.stringify({ error: { code: 'server_busy', message: 'busy' } }), { status: 503 }));
      };
      const { store, engine } = await device(link);
      const w = await store.repos.workshop.create(workshopFields('Stalled link'));
      await engine.syncNow();
      expect(await store.pendingCount()).toBe(0);

      dead = true;
      const note = await store.repos.note.create({ kind: 'lesson', text: 'Written as the uplink died', capacities: [] }, w.id);
      const started = Date.now();
      await engine.syncNow();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(engine.status.get().error).toBe('offline');
      expect(await store.pendingCount()).toBe(1);

      dead = false;
      asked.length = 0;
      if (stall === 'request') {
        // Several probe intervals pass with no request: the device waits for its backoff (or the
        // browser's "online", or a press), here a sync asked for.
        await new Promise((resolve) => setTimeout(resolve, 600));
        expect(asked).toEqual([]);
        await engine.syncNow();
      }
      await expect.poll(() => store.pendingCount(), { timeout: 5_000, interval: 50 }).toBe(0);
      await expect.poll(() => engine.status.get().error, { timeout: 5_000, interval: 50 }).toBeUndefined();
      engine.stop();

      // A second device of the key reads the workshop: the note once.
      const other = await device(async (url, init) => request(pathOf(url), init));
      await other.engine.syncNow();
      const notes = await other.store.repos.note.list(w.id);
      expect(notes.map((n) => n.id)).toEqual([note.id]);
      other.engine.stop();
      store.close();
      other.store.close();
    }, 20_000);
  }

  it('gives up a co-facilitator code’s answer that never comes: the sync ends overdue, the code still waits', async () => {
    let dead = true;
    const asked: string[] = [];
    const link: typeof fetch = async (url, init) => {
      const path = pathOf(url);
      asked.push(path);
      return dead && path === '/api/cofacilitators' ? never(init?.signal) : request(path, init);
    };
    const { store, engine } = await device(link);
    const code = newCofacilitatorCode();
    await holdCode(store.db, code);
    const started = Date.now();
    await engine.syncNow();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(engine.status.get().error).toBe('offline');
    expect(asked).toEqual(['/api/cofacilitators']);
    expect((await heldCodes(store.db)).map((c) => [c.code, c.state])).toEqual([[code, 'waiting']]);
    dead = false;
    await engine.syncNow();
    expect(engine.status.get().error).toBeUndefined();
    engine.stop();
    store.close();
  });
});
