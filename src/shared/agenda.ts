import type { AgendaItem } from './schemas/records.ts';

/** Agenda order: by position, ties (from concurrent edits on two devices) broken by id. */
export function sortAgenda<T extends Pick<AgendaItem, 'order' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Position for an item appended at the end. */
export function orderAtEnd(items: readonly Pick<AgendaItem, 'order'>[]): number {
  return items.reduce((max, i) => Math.max(max, i.order), 0) + 1;
}

/**
 * The position that puts item `id` at index `to` of the sorted list: halfway between its new
 * neighbours, so a move is one write (one synced change) whatever the list length.
 */
export function orderForMove(sorted: readonly Pick<AgendaItem, 'order' | 'id'>[], id: string, to: number): number | undefined {
  const rest = sorted.filter((i) => i.id !== id);
  if (rest.length === sorted.length) return undefined;
  const index = Math.max(0, Math.min(to, rest.length));
  const before = rest[index - 1]?.order;
  const after = rest[index]?.order;
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** Minutes since midnight for "HH:MM", or undefined when no time is set. */
function minutesOf(time: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export function endTime(start: string, minutes: number): string {
  const s = minutesOf(start);
  if (s === undefined) return '';
  const e = (s + minutes) % (24 * 60);
  return `${String(Math.floor(e / 60)).padStart(2, '0')}:${String(e % 60).padStart(2, '0')}`;
}

/** The calendar date (YYYY-MM-DD) of a workshop day, day 1 being the start date. */
export function dateOfDay(startDate: string, day: number): string {
  const d = new Date(`${startDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + day - 1);
  return d.toISOString().slice(0, 10);
}

/** The session running at local time `now`, if any: same day, between its start and end. */
export function currentSession<T extends Pick<AgendaItem, 'id' | 'day' | 'start' | 'minutes'>>(items: readonly T[], startDate: string, now: Date): T | undefined {
  if (!startDate) return undefined;
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const nowMin = now.getHours() * 60 + now.getMinutes();
  return items.find((i) => {
    const s = minutesOf(i.start);
    return s !== undefined && dateOfDay(startDate, i.day) === today && nowMin >= s && nowMin < s + Math.max(i.minutes, 1);
  });
}
