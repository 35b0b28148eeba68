import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';
import { pathOf, serverForFile } from '../../../../support/file-server.ts';

/**
 * "Sync now" pressed while a sync is under way (a background one, or one this tab just started)
 * is a sync of this moment: the one under way may have read the server before the person's
 * colleague's change reached it, so another follows it, and the press ends with that one.
 */
const { key, request } = serverForFile('Sync now');

/** A link whose sync answers, already read from the server, wait at a gate while it is closed; each is logged as it leaves. */
function gatedLink() {
  const log: string[] = [];
  let open: () => void = () => undefined;
  let gate: Promise<void> | undefined;
  const link: typeof fetch = async (url, init) => {
    const path = pathOf(url);
    const answer = await request(path, init);
    if (path === '/api/sync') {
      await gate;
      log.push('sync');
    }
    return answer;
  };
  return {
    link,
    log,
    close: () => void (gate = new Promise((resolve) => (open = resolve))),
    open: () => open(),
  };
}

async function device(link: typeof fetch, opts: { lockWaitMs?: number } = {}) {
  const store = await openLocalStore(`sync-now-${Math.random()}`);
  await setSetting(store.db, ACCESS_KEY, key);
  return { store, engine: createSyncEngine(store, '/api/sync', link, opts) };
}

/** Two tabs of one device: one database, two engines (one lock), each on a gated link of its own. */
async function twoTabs(opts: { lockWaitMs?: number } = {}) {
  const netA = gatedLink();
  const netB = gatedLink();
  const tabA = await device(netA.link, opts);
  const tabB = { engine: createSyncEngine(tabA.store, '/api/sync', netB.link) };
  const done = () => {
    tabA.engine.stop();
    tabB.engine.stop();
    tabA.store.close();
  };
  return { netA, netB, tabA, tabB, done };
}

describe('a person’s "Sync now"', () => {
  it('pressed during a sync, runs one more after it, and ends with that one; a background call joins the sync under way', async () => {
    const net = gatedLink();
    const { store, engine } = await device(net.link);
    await engine.syncNow();
    net.close();
    const underWay = engine.syncNow();
    const joined = engine.syncNow();
    const pressed = engine.syncNow({ asked: true });
    let pressedEnded = false;
    void pressed.then(() => (pressedEnded = true));
    await expect.poll(() => engine.status.get().state).toBe('syncing');
    net.log.length = 0;
    net.open();
    await underWay;
    await joined;
    const byFirst = net.log.length;
    expect(byFirst).toBeGreaterThan(0);
    expect(pressedEnded).toBe(false);
    await pressed;
    expect(net.log.length).toBeGreaterThan(byFirst);
    expect(engine.status.get()).toMatchObject({ state: 'idle', error: undefined });
    engine.stop();
    store.close();
  });

  it('brings a colleague’s change that reached the server while the sync under way was out', async () => {
    const net = gatedLink();
    const a = await device(net.link);
    const b = await device(async (url, init) => request(url, init));
    const w = await a.store.repos.workshop.create(workshopFields('Pressed'));
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await b.store.repos.workshop.get(w.id)).toBeDefined();

    // A's background sync has read the server (its answer waits at the gate) when B's note arrives.
    net.close();
    const underWay = a.engine.syncNow();
    await expect.poll(() => a.engine.status.get().state).toBe('syncing');
    const pressed = a.engine.syncNow({ asked: true });
    const note = await b.store.repos.note.create({ kind: 'lesson', text: 'Sent while A was syncing', capacities: [] }, w.id);
    await b.engine.syncNow();
    net.open();
    await underWay;
    await pressed;
    expect((await a.store.repos.note.get(note.id))?.text).toBe('Sent while A was syncing');
    a.engine.stop();
    b.engine.stop();
    a.store.close();
    b.store.close();
  });

  it('pressed in one tab while another tab waits for the sync lock, waits for that tab’s sync and then runs its own, even when news from the server asked first', async () => {
    const { netA, netB, tabA, tabB, done } = await twoTabs();
    await tabA.engine.syncNow();
    netA.close();
    netB.close();
    const underWay = tabA.engine.syncNow();
    await expect.poll(() => tabA.engine.status.get().state).toBe('syncing');
    // Tab B's person presses: B waits for A's lock.
    const pressedInB = tabB.engine.syncNow({ asked: true });
    // In A, the server's news asks for a fresh sync, then A's person presses.
    void tabA.engine.syncNow({ fresh: true });
    const pressedInA = tabA.engine.syncNow({ asked: true });
    let endedInA: boolean | undefined;
    void pressedInA.then((ran) => (endedInA = ran));
    netA.open();
    await underWay;
    // B has the lock now, its answer held at its gate: A's press waits for it.
    await expect.poll(() => tabB.engine.status.get().state).toBe('syncing');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(endedInA).toBeUndefined();
    const beforeB = netA.log.length;
    netB.open();
    expect(await pressedInB).toBe(true);
    expect(await pressedInA).toBe(true);
    expect(netA.log.length).toBeGreaterThan(beforeB);
    done();
  });

  it('pressed while another tab’s sync hangs on a stalled link, gives up waiting for its lock and says nothing of a sync it did not run', async () => {
    const { netA, netB, tabA, tabB, done } = await twoTabs({ lockWaitMs: 100 });
    netB.close();
    const stalled = tabB.engine.syncNow();
    await expect.poll(() => tabB.engine.status.get().state).toBe('syncing');
    expect(await tabA.engine.syncNow({ asked: true })).toBe(false);
    expect(netA.log).toEqual([]);
    netB.open();
    expect(await stalled).toBe(true);
    done();
  });
});
