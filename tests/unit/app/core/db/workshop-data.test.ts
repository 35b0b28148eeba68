// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEffect, createRoot, createSignal } from 'solid-js';
import { openLocalStore, type LocalStore } from '../../../../../src/app/core/db/store.ts';
import { AppDb } from '../../../../../src/app/core/db/db.ts';
import { fillLiveKinds, noteCounts } from '../../../../../src/app/core/db/live-kinds.ts';
import { createWorkshopData, NOTES_PAGE, type ShownNotes } from '../../../../../src/app/core/db/workshop-data.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';

const NOTES = 120;
const countQueries = vi.mocked(noteCounts);

// Every count of notes by kind the data asks, watched (the real count runs).
vi.mock('../../../../../src/app/core/db/live-kinds.ts', async (original) => {
  const real = await original<typeof import('../../../../../src/app/core/db/live-kinds.ts')>();
  return { ...real, noteCounts: vi.fn(real.noteCounts) };
});

/** Every state a list of the workshop's notes goes through, from the moment it is opened. */
function watchShownNotes(store: LocalStore, workshopId: string): { states: ShownNotes[]; dispose: () => void } {
  const states: ShownNotes[] = [];
  let dispose!: () => void;
  createRoot((d) => {
    dispose = d;
    const data = createWorkshopData(store, workshopId, () => false);
    createEffect(() => {
      const shown = data.shownNotes();
      if (shown) states.push(shown);
    });
  });
  return { states, dispose };
}

function until(ok: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const give = setTimeout(() => reject(new Error('never')), 4000);
    const check = () => (ok() ? (clearTimeout(give), resolve()) : setTimeout(check, 5));
    check();
  });
}

describe('a list of a large workshop’s notes', { timeout: 20_000 }, () => {
  let store: LocalStore;
  let workshopId: string;
  let clock = 1_764_000_000_000;
  beforeEach(async () => {
    store = await openLocalStore(`workshop-data-${Math.random()}`, () => clock);
    workshopId = (await store.repos.workshop.create(workshopFields('Many notes'))).id;
    for (let i = 0; i < NOTES; i++) {
      clock += 1_000;
      await store.repos.note.create({ kind: 'lesson', text: `Note ${i}`, capacities: [] }, workshopId);
    }
  });
  afterEach(() => store.close());

  /** A list opened where every note is read only when the test releases it: until then the page is all there is. */
  async function pageOnly() {
    await fillLiveKinds(store.db);
    const repo = store.repos.note;
    const list = repo.list.bind(repo);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    repo.list = async (scope) => (await gate, list(scope));
    const { states, dispose } = watchShownNotes(store, workshopId);
    await until(() => states.length > 0);
    return { states, dispose, release };
  }

  it('shows the newest page with the number of all first, then every note, the page’s notes keeping their objects', async () => {
    await fillLiveKinds(store.db);
    const { states, dispose } = watchShownNotes(store, workshopId);
    await until(() => states.some((s) => s.complete));
    dispose();
    const [page, ...later] = states;
    expect(page!.complete).toBe(false);
    expect(page!.total).toBe(NOTES);
    expect(page!.notes.map((n) => n.text)).toEqual(Array.from({ length: NOTES_PAGE }, (_, i) => `Note ${NOTES - 1 - i}`));
    const all = later.find((s) => s.complete)!;
    expect(all.total).toBe(NOTES);
    expect(all.notes).toHaveLength(NOTES);
    all.notes.slice(0, NOTES_PAGE).forEach((n, i) => expect(n).toBe(page!.notes[i]));
  });

  it('keeps the page up to date while only it is in (a save, an edit, a delete), and every change is in the list that follows', async () => {
    const { states, dispose, release } = await pageOnly();
    const page = states[0]!;
    clock += 1_000;
    await store.repos.note.create({ kind: 'quote', text: 'Saved meanwhile', capacities: [] }, workshopId);
    await store.repos.note.update(page.notes[1]!.id, { text: 'Edited meanwhile' });
    await store.repos.note.remove(page.notes[2]!.id);
    await until(() => states.at(-1)!.notes[0]!.text === 'Saved meanwhile' && states.at(-1)!.total === NOTES);
    const live = states.at(-1)!;
    expect(live.complete).toBe(false);
    expect(live.notes.map((n) => n.text).slice(0, 3)).toEqual(['Saved meanwhile', 'Note 119', 'Edited meanwhile']);
    expect(live.notes.some((n) => n.text === 'Note 117')).toBe(false);
    // The page's notes that did not change keep their objects.
    expect(live.notes[1]).toBe(page.notes[0]);
    expect(live.notes[3]).toBe(page.notes[3]);
    release();
    await until(() => states.at(-1)!.complete);
    dispose();
    const all = states.at(-1)!;
    expect(all.total).toBe(NOTES);
    expect(all.notes.map((n) => n.text).slice(0, 3)).toEqual(['Saved meanwhile', 'Note 119', 'Edited meanwhile']);
    // The notes no change named keep their objects (the three changed are read again once every note is in).
    all.notes.slice(3, NOTES_PAGE).forEach((n, i) => expect(n).toBe(live.notes[i + 3]));
  });

  it('shows a save on the page in the turn of the key press while only the page is in, and takes off one whose save failed', async () => {
    const { states, dispose, release } = await pageOnly();
    clock += 1_000;
    const saving = store.repos.note.create({ kind: 'quote', text: 'Saved on the page', capacities: [] }, workshopId);
    expect(states.at(-1)!.notes[0]!.text).toBe('Saved on the page');
    expect(states.at(-1)!.total).toBe(NOTES + 1);
    await saving;
    const outbox = store.db.outbox;
    const add = outbox.add.bind(outbox);
    outbox.add = () => {
      throw new Error('QuotaExceededError');
    };
    try {
      clock += 1_000;
      const failing = store.repos.note.create({ kind: 'quote', text: 'Never stored', capacities: [] }, workshopId);
      expect(states.at(-1)!.notes[0]!.text).toBe('Never stored');
      await expect(failing).rejects.toThrow();
      expect(states.at(-1)!.notes[0]!.text).toBe('Saved on the page');
      expect(states.at(-1)!.total).toBe(NOTES + 1);
    } finally {
      outbox.add = add;
    }
    release();
    await until(() => states.at(-1)!.complete);
    dispose();
    expect(states.at(-1)!.total).toBe(NOTES + 1);
    expect(states.at(-1)!.notes[0]!.text).toBe('Saved on the page');
  });

  it('keeps a note being saved on the page when a read of the page begun before it was stored arrives', async () => {
    const { states, dispose, release } = await pageOnly();
    const other = new AppDb(store.db.name);
    await other.open();
    try {
      // Another tab changes a note: the page is read again, and that read is under way when the save begins.
      await other.recordTable('note').put({ ...states[0]!.notes[5]!, text: 'Edited on another tab' });
      await new Promise((r) => setTimeout(r, 0));
      clock += 1_000;
      const saving = store.repos.note.create({ kind: 'quote', text: 'Saved while the page was read', capacities: [] }, workshopId);
      const shownAt = states.length - 1;
      expect(states[shownAt]!.notes[0]!.text).toBe('Saved while the page was read');
      await saving;
      await until(() => states.at(-1)!.notes.some((n) => n.text === 'Edited on another tab'));
      for (const state of states.slice(shownAt)) {
        expect(state.notes[0]!.text).toBe('Saved while the page was read');
        expect(state.total).toBe(NOTES + 1);
      }
    } finally {
      other.close();
      release();
      dispose();
    }
  });

  it('waits for every note where the index cannot count them yet (a device whose notes are not all indexed)', async () => {
    const { states, dispose } = watchShownNotes(store, workshopId);
    await until(() => states.length > 0);
    await new Promise((r) => setTimeout(r, 50));
    dispose();
    expect(states.every((s) => s.complete)).toBe(true);
    expect(states[0]!.notes).toHaveLength(NOTES);
  });

  it('counts the notes by kind from the moment the screen shows its overview, follows a save there, and counts nothing on another section', async () => {
    await fillLiveKinds(store.db);
    await store.repos.note.create({ kind: 'quote', text: 'Said in the room', capacities: [] }, workshopId);
    countQueries.mockClear();
    const [section, setSection] = createSignal('overview');
    // What decides it changes (whether the phone is a participant's: unknown, then no) while the
    // answer stays the same.
    const [participant, setParticipant] = createSignal<boolean>();
    const counted: (number | undefined)[] = [];
    let dispose!: () => void;
    createRoot((d) => {
      dispose = d;
      const data = createWorkshopData(store, workshopId, () => section() === 'overview' && participant() !== true);
      createEffect(() => {
        const c = data.noteCounts();
        counted.push(c && c.lesson + c.quote);
      });
    });
    try {
      await until(() => counted.at(-1) === NOTES + 1);
      expect(countQueries).toHaveBeenCalledTimes(1);
      setParticipant(false);
      await store.repos.note.create({ kind: 'lesson', text: 'One more', capacities: [] }, workshopId);
      await until(() => counted.at(-1) === NOTES + 2);
      // The same query, run again by the save: not a new one for the answer read again.
      expect(countQueries).toHaveBeenCalledTimes(2);
      setSection('notes');
      expect(counted.at(-1)).toBeUndefined();
      await store.repos.note.create({ kind: 'lesson', text: 'Saved on the notes', capacities: [] }, workshopId);
      await new Promise((r) => setTimeout(r, 100));
      expect(countQueries).toHaveBeenCalledTimes(2);
      setSection('overview');
      await until(() => counted.at(-1) === NOTES + 3);
      expect(countQueries).toHaveBeenCalledTimes(3);
    } finally {
      dispose();
    }
  });
});
