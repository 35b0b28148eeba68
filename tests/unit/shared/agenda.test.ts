import { describe, expect, it } from 'vitest';
import { currentSession, dateOfDay, endTime, orderAtEnd, orderForMove, sortAgenda } from '../../../src/shared/agenda.ts';

const item = (id: string, order: number, extra: Partial<{ day: number; start: string; minutes: number }> = {}) => ({ id, order, day: 1, start: '', minutes: 60, ...extra });

describe('agenda order', () => {
  it('sorts by position and breaks ties by id', () => {
    expect(sortAgenda([item('b', 2), item('c', 1), item('a', 2)]).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });

  it('appends after the highest position', () => {
    expect(orderAtEnd([])).toBe(1);
    expect(orderAtEnd([item('a', 1), item('b', 7.5)])).toBe(8.5);
  });

  const list = sortAgenda([item('a', 1), item('b', 2), item('c', 3), item('d', 4)]);
  const moved = (id: string, to: number) => {
    const order = orderForMove(list, id, to)!;
    return sortAgenda(list.map((i) => (i.id === id ? { ...i, order } : i)))
      .map((i) => i.id)
      .join('');
  };

  it('moves an item to any index with one new position', () => {
    expect(moved('d', 0)).toBe('dabc');
    expect(moved('d', 1)).toBe('adbc');
    expect(moved('a', 3)).toBe('bcda');
    expect(moved('b', 0)).toBe('bacd');
    expect(moved('c', 1)).toBe('acbd');
    expect(moved('b', 99)).toBe('acdb');
  });

  it('ignores unknown items', () => {
    expect(orderForMove(list, 'zzz', 0)).toBeUndefined();
  });
});

describe('agenda times', () => {
  it('reads and adds clock times', () => {
    expect(endTime('09:45', 15)).toBe('10:00');
    expect(endTime('09:45', 0)).toBe('09:45');
    expect(endTime('09:00', 45)).toBe('09:45');
    expect(endTime('23:30', 60)).toBe('00:30');
    expect(endTime('', 60)).toBe('');
  });

  it('dates a workshop day across month ends', () => {
    expect(dateOfDay('2026-03-10', 1)).toBe('2026-03-10');
    expect(dateOfDay('2026-03-31', 2)).toBe('2026-04-01');
  });

  it('finds the session running now, on the right day only', () => {
    const sessions = [item('s1', 1, { start: '09:00', minutes: 45 }), item('s2', 2, { start: '10:00', minutes: 90 }), item('s3', 3, { day: 2, start: '09:00', minutes: 60 })];
    const at = (date: string, time: string) => new Date(`${date}T${time}:00`);
    expect(currentSession(sessions, '2026-03-10', at('2026-03-10', '09:10'))?.id).toBe('s1');
    expect(currentSession(sessions, '2026-03-10', at('2026-03-10', '09:50'))).toBeUndefined();
    expect(currentSession(sessions, '2026-03-10', at('2026-03-10', '11:29'))?.id).toBe('s2');
    expect(currentSession(sessions, '2026-03-10', at('2026-03-10', '11:30'))).toBeUndefined();
    expect(currentSession(sessions, '2026-03-10', at('2026-03-11', '09:30'))?.id).toBe('s3');
    expect(currentSession(sessions, '', at('2026-03-10', '09:10'))).toBeUndefined();
  });
});
