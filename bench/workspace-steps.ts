// Steps of the workspace benchmark that run in the page: saving a note through the form, answering
// a TUOC question, and the floor they are compared with (a bare IndexedDB write plus one DOM insert).
import type { Page } from '@playwright/test';

/**
 * Enter in the note form to the end of the first frame that paints the new card (`shown`), and of
 * the first with the form empty again, the note stored (`stored`); `runs` times (the notes screen
 * must be open). The key press is handled in a frame's animation phase, where Chromium dispatches
 * input at the start of a frame: a change made in it is painted by that same frame.
 */
export async function measureSaves(page: Page, runs: number, label: string): Promise<{ shown: number[]; stored: number[] }> {
  const shown: number[] = [];
  const stored: number[] = [];
  for (let i = 0; i < runs; i++) {
    const times = await page.evaluate(
      async ({ text }) => {
        const ta = document.querySelector<HTMLTextAreaElement>('#note-new-text')!;
        ta.value = text;
        ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(r));
        const t0 = performance.now();
        ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        // A message posted during a frame is handled once that frame's layout and paint are done.
        const painted = () =>
          new Promise<number>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - t0);
            channel.port2.postMessage(null);
          });
        /** The end of the first frame in which `ok` holds. */
        const frameWhen = (ok: () => boolean) =>
          ok()
            ? painted()
            : new Promise<number>((resolve) => {
                const give = setTimeout(() => resolve(Number.NaN), 30_000);
                const check = () => (ok() ? (clearTimeout(give), void painted().then(resolve)) : requestAnimationFrame(check));
                requestAnimationFrame(check);
              });
        const [shown, stored] = await Promise.all([frameWhen(() => document.querySelector('.note__text')?.textContent === text), frameWhen(() => ta.value === '')]);
        return { shown, stored };
      },
      { text: `${label} ${i}` },
    );
    shown.push(times.shown);
    stored.push(times.stored);
  }
  return { shown, stored };
}

/**
 * The floor in the same page: one note-sized record put in an IndexedDB database of its own, then
 * one list item added at the top of the page's main content (so what is below it moves and is
 * painted again, as when a card appears at the top of the notes), timed to the end of the frame that
 * paints it.
 */
export async function measureFloor(page: Page, runs: number): Promise<number[]> {
  return page.evaluate(async (runs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('bench-floor', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('note', { keyPath: 'id' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const list = document.createElement('ul');
    (document.querySelector('main') ?? document.body).prepend(list);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const t0 = performance.now();
      const record = {
        id: `floor-${i}-${t0}`,
        workshopId: 'floor',
        kind: 'approach',
        text: `Floor note ${i}: members organise around a mutual fund.`,
        capacities: ['organising-mobilising'],
        createdAt: String(t0),
      };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('note', 'readwrite');
        tx.objectStore('note').put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      const li = document.createElement('li');
      li.textContent = record.text;
      list.prepend(li);
      // To the end of the frame that paints it, as a save is timed.
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      times.push(performance.now() - t0);
    }
    list.remove();
    db.close();
    return times;
  }, runs);
}

/**
 * A TUOC answer: tap a point of the scale, then Next, to the next question on screen (the score
 * screen of an unsubmitted assessment must be open). Goes through the questions in turn.
 */
export async function measureAnswers(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await page.evaluate(async (i) => {
      const title = document.querySelector('#score-item-title')?.textContent ?? '';
      const options = [...document.querySelectorAll<HTMLInputElement>('.scale input[type="radio"]')];
      const next = [...document.querySelectorAll<HTMLButtonElement>('.score__nav button')].at(-1);
      if (options.length === 0 || !next) return undefined;
      const option = options[i % options.length]!;
      // A person reads before tapping: the last answer's write has landed.
      await new Promise((r) => setTimeout(r, 150));
      await new Promise((r) => requestAnimationFrame(r));
      const t0 = performance.now();
      option.click();
      await new Promise<void>((resolve) => {
        const check = () => (option.checked ? resolve() : requestAnimationFrame(check));
        check();
      });
      next.click();
      await new Promise<void>((resolve) => {
        const give = setTimeout(() => resolve(), 30_000);
        const check = () => (document.querySelector('#score-item-title')?.textContent !== title ? (clearTimeout(give), resolve()) : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    }, i);
    if (r === undefined) break;
    times.push(r);
  }
  return times;
}

/** The read floor: one bare IndexedDB getAll of a workshop's notes through its index, in the app's own database. */
export async function measureNotesRead(page: Page, workshopId: string, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ workshopId, runs }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('workshop-companion');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await new Promise<void>((resolve, reject) => {
          const req = db.transaction('note').objectStore('note').index('workshopId').getAll(workshopId);
          req.onsuccess = () => resolve();
          req.onerror = () => reject(req.error ?? new Error('read failed'));
        });
        times.push(performance.now() - t0);
      }
      db.close();
      return times;
    },
    { workshopId, runs },
  );
}
