import { createEffect, createMemo, createSignal, getOwner, onCleanup, runWithOwner, type Accessor } from 'solid-js';
import type { Note } from '../../../shared/schemas/records.ts';
import { whenIdle } from '../platform/idle.ts';
import type { LocalStore } from './store.ts';
import { handedIn, withoutHandedIn } from './handed-in.ts';
import { live } from './live-query.ts';
import { watch } from './live.ts';
import { keptRecords } from './kept-records.ts';
import { reuseUnchanged } from './kept-list.ts';
import { liveNoteTotal, noteCounts } from './live-kinds.ts';
import { onOwnWrite } from './own-writes.ts';
import { reviewLostValues, workshopLostValues } from './lost-values.ts';

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
const newestFirst = <T extends { createdAt: string }>(a: T, b: T) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);
const oldestFirst = <T extends { createdAt: string }>(a: T, b: T) => newestFirst(b, a);
/** Storage order: by id (ids are made in time order), as IndexedDB lists a scope. */
const byId = () => 0;
const inAgendaOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Records of handed-in assessments left out, once both are known. */
function shownOf<T extends { id: string; assessmentId?: string }>(records: Accessor<T[] | undefined>, hidden: Accessor<Set<string> | undefined>): Accessor<T[] | undefined> {
  return createMemo(() => {
    const all = records();
    const h = hidden();
    return all && h ? withoutHandedIn(all, h) : undefined;
  });
}

/**
 * A signal made when first read, under the screen that owns the data (so it ends with the screen):
 * the records only some sections show (answers, photos, votes...) are read when one of them opens.
 * `made` says whether it has been read yet.
 */
function onFirstRead<T>(make: () => Accessor<T>): Accessor<T> & { made: () => boolean } {
  const owner = getOwner();
  let made: Accessor<T> | undefined;
  return Object.assign(() => (made ??= runWithOwner(owner, make)!)(), { made: () => made !== undefined });
}

/**
 * A live read kept while `when` holds, undefined otherwise: made again only when `when` turns true
 * again, not each time what decides it is read again.
 */
function liveWhile<T>(when: Accessor<boolean>, query: () => Promise<T>): Accessor<T | undefined> {
  const on = createMemo(when);
  const read = createMemo(() => (on() ? live(query) : undefined));
  return () => read()?.();
}

/** How many notes a list of them shows at first, and adds each time it is asked for more. */
export const NOTES_PAGE = 50;

/**
 * What a list of a workshop's notes shows: every note once they are read (`complete`); until then
 * the newest page of them, with the number of all.
 */
export interface ShownNotes {
  notes: readonly Note[];
  total: number;
  complete: boolean;
}

/** A page of a workshop's newest notes, and the number of all. */
interface NotePage {
  notes: Note[];
  total: number;
}

/**
 * A workshop's newest notes and the number of all, read on indexes alone and together (in one
 * transaction); undefined while the notes are not all indexed yet.
 */
function newestNotes(store: LocalStore, workshopId: string): Promise<NotePage | undefined> {
  return store.db.transaction('r', [store.db.table('note'), store.db.meta], async () => {
    const [total, notes] = await Promise.all([liveNoteTotal(store, workshopId), store.repos.note.newest(workshopId, NOTES_PAGE)]);
    return total === undefined ? undefined : { notes: notes.sort(newestFirst), total };
  });
}

/**
 * Everything a workshop's screens show, as signals. The workshop's records are kept
 * (kept-records.ts): read once, then changed record by record as this tab, another tab or a sync
 * writes them, with unchanged records keeping their identity. `workshop` is null when the id is
 * unknown on this device. `showsOverview` says when the screen shows the overview: its counts of
 * notes by kind are read while it does, asked with the first reads when the screen opens on it.
 */
export function createWorkshopData(store: LocalStore, id: string, showsOverview: Accessor<boolean>) {
  const { repos } = store;
  type Kind = Parameters<typeof keptRecords>[1];
  const kept = <K extends Kind>(kind: K, order?: Parameters<typeof keptRecords<K>>[3]) => onFirstRead(() => keptRecords(store, kind, id, order));
  // What most sections show, names above all, is read at once: a section never shows a record
  // before the names it refers to.
  const keptNow = <K extends Kind>(kind: K, order?: Parameters<typeof keptRecords<K>>[3]) => keptRecords(store, kind, id, order);
  // Answers handed in on a participant's phone are shown by no view of it (see handed-in.ts).
  const hidden = onFirstRead(() => live(() => handedIn(store.db)));
  // A list opened before the notes are read (a reload into it, its tab opened at once) shows their
  // newest page first: read from the end of an index in a few milliseconds, where reading all of a
  // large workshop's notes takes a hundred or more. Every note is read once the page is in.
  // The page follows every change (a save, another tab, a sync) while it shows, until every note
  // is in: then the list shows those, and the page is no longer read.
  // Notes that did not change keep their objects from one read of the page to the next, and into
  // the list of every note, so a card (an edit open in it) stays as it is.
  let pageRead: Promise<void> | undefined;
  let latest: NotePage | undefined;
  const notePage = onFirstRead(() => {
    const [page, setPage] = createSignal<NotePage | null>();
    let first!: () => void;
    pageRead = new Promise((resolve) => (first = resolve));
    // Notes this tab is saving, shown before they are stored: a read of the page made before one
    // is stored (another change woke it) keeps it, so its card never blinks out.
    const saving = new Map<string, Note>();
    const withSaving = (p: NotePage): NotePage => {
      const missing = [...saving.values()].filter((n) => !p.notes.some((x) => x.id === n.id));
      return missing.length === 0 ? p : { total: p.total + missing.length, notes: [...missing, ...p.notes].sort(newestFirst) };
    };
    const sub = watch(() => newestNotes(store, id)).subscribe({
      next: (p) => {
        latest = p && withSaving({ ...p, notes: reuseUnchanged(latest?.notes ?? [], p.notes, undefined) });
        setPage(() => latest ?? null);
        first();
      },
      error: (err) => {
        console.error('reading the newest notes failed', err);
        setPage(null);
        first();
      },
    });
    // A note this tab saves shows on the page at once, as on the list of every note, and one whose
    // save failed goes again; the page's next read (after the commit) brings the note as stored.
    const stopOwn = onOwnWrite(store.db.name, 'note', (write) => {
      // Once stored, the page's next read brings it (a read begun before the commit is read again).
      if (!write.provisional) saving.delete(write.id);
      const shown = latest;
      if (!shown) return;
      const held = shown.notes.some((n) => n.id === write.id);
      const record = write.record as Note | undefined;
      if (write.provisional && record && !held && record.workshopId === id) {
        saving.set(write.id, record);
        latest = withSaving(shown);
      } else if (write.withdrawn && held) latest = { total: shown.total - 1, notes: shown.notes.filter((n) => n.id !== write.id) };
      else return;
      setPage(() => latest ?? null);
    });
    const stop = () => {
      sub.unsubscribe();
      stopOwn();
    };
    onCleanup(stop);
    createEffect(() => notes() !== undefined && stop());
    return page;
  });
  const notes = onFirstRead(() => keptRecords(store, 'note', id, newestFirst, { ready: async () => pageRead, shown: () => latest?.notes }));
  const data = {
    workshop: live(async () => (await repos.workshop.get(id)) ?? null),
    agenda: keptNow('agendaItem', inAgendaOrder),
    organisations: keptNow('organisation', byName),
    participants: keptNow('participant', byName),
    // A workshop may hold thousands of notes: the overview counts them on an index (noteCounts),
    // and the notes are read when a section shows them (or once the page is idle).
    notes,
    /** What a list of the notes shows (see ShownNotes); undefined until something is. */
    shownNotes: (): ShownNotes | undefined => {
      if (!notes.made()) notePage();
      const all = notes();
      if (all) return { notes: all, total: all.length, complete: true };
      const page = notePage.made() ? notePage() : undefined;
      return page ? { notes: page.notes, total: page.total, complete: false } : undefined;
    },
    practices: keptNow('practice', newestFirst),
    assessments: onFirstRead(() => shownOf(kept('assessment', oldestFirst), hidden)),
    scores: onFirstRead(() => shownOf(kept('score', byId), hidden)),
    swot: kept('swot', oldestFirst),
    actions: kept('action', byId),
    /** The organisation each participant's phone speaks for (a phone holds only its own). */
    delegates: kept('delegate', byId),
    polls: kept('poll', oldestFirst),
    ballots: kept('ballot', byId),
    agreedScores: kept('agreedScore', byId),
    /** Photos of the workshop, its notes, cards, board and plan (their files load where they show). */
    photos: kept('photo', byId),
    /** Frameworks made or imported on this device (the default TUOC framework is built in). */
    frameworks: onFirstRead(() => live(() => repos.framework.list())),
    /** Projects are shared across workshops: every project on this device. */
    projects: onFirstRead(() => live(async () => (await repos.project.list()).sort((a, b) => a.reference.localeCompare(b.reference)))),
    unsynced: live(() => store.pendingCount(id)),
    /**
     * The workshop's live notes by kind, counted on an index (see live-kinds.ts) while the overview
     * shows: asked in the same turn as the first reads, queued behind them (on a device whose notes
     * are not all indexed yet, counting reads every note), so the overview's first frame usually
     * has them; a save on another section runs no count.
     */
    noteCounts: liveWhile(showsOverview, () => noteCounts(store, id)),
    /** Values of this workshop's records that lost a merge, of every kind, with what their review shows. */
    lostValues: onFirstRead(() => live(async () => reviewLostValues(store, await workshopLostValues(store, id)))),
  };
  // Once what most sections show first has arrived (the first section is on screen then) and the
  // page is idle, the rest is read too, so the next tab a facilitator opens has its records
  // already. Not sooner: the page is idle while it waits for its first reads, and a workshop's
  // thousands of notes arriving then would hold up the first section's frame.
  let open = true;
  let started = false;
  onCleanup(() => (open = false));
  const firstReads = [data.workshop, data.agenda, data.organisations, data.participants, data.practices];
  createEffect(() => {
    if (started || firstReads.some((read) => read() === undefined)) return;
    started = true;
    whenIdle(() => open && Object.values(data).forEach((read) => read()));
  });
  return data;
}
export type WorkshopData = ReturnType<typeof createWorkshopData>;
