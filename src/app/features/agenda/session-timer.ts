import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** A duration as the room reads it: 04:05, or 1:04:05 past an hour. */
export function clock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

interface TimerState {
  sessionId: string;
  /** Epoch ms when the timer last started, or null while paused. */
  startedAt: number | null;
  /** Time counted before the last start. */
  accumulatedMs: number;
}

/**
 * A session stopwatch that survives reloads: its state is a start stamp plus the time already
 * counted, kept in localStorage per workshop, so a reload or a sleeping tablet does not reset it.
 * Another window of the device (the projector's, on a second screen) follows it as it changes.
 */
export function createSessionTimer(workshopId: string) {
  const key = `timer:${workshopId}`;
  const load = (): TimerState | undefined => {
    try {
      return (JSON.parse(localStorage.getItem(key) ?? 'null') as TimerState | null) ?? undefined;
    } catch {
      return undefined;
    }
  };
  const [state, setState] = createSignal<TimerState | undefined>(load());
  const [now, setNow] = createSignal(Date.now());
  const tick = setInterval(() => setNow(Date.now()), 1000);
  const follow = (e: StorageEvent) => e.key === key && setState(load());
  window.addEventListener('storage', follow);
  onCleanup(() => {
    clearInterval(tick);
    window.removeEventListener('storage', follow);
  });

  const save = (s: TimerState | undefined) => {
    setState(s);
    if (s) localStorage.setItem(key, JSON.stringify(s));
    else localStorage.removeItem(key);
  };

  const elapsedMs: Accessor<number> = () => {
    const s = state();
    if (!s) return 0;
    return s.accumulatedMs + (s.startedAt === null ? 0 : Math.max(0, now() - s.startedAt));
  };

  return {
    sessionId: () => state()?.sessionId,
    running: () => state()?.startedAt != null,
    elapsedMs,
    start(sessionId: string) {
      const s = state();
      const base = s && s.sessionId === sessionId ? s.accumulatedMs : 0;
      setNow(Date.now());
      save({ sessionId, startedAt: Date.now(), accumulatedMs: base });
    },
    pause() {
      const s = state();
      if (!s || s.startedAt === null) return;
      save({ ...s, startedAt: null, accumulatedMs: elapsedMs() });
    },
    reset() {
      const s = state();
      save(s ? { sessionId: s.sessionId, startedAt: null, accumulatedMs: 0 } : undefined);
    },
    /** Time another session: the count starts from zero. */
    select(sessionId: string) {
      save({ sessionId, startedAt: null, accumulatedMs: 0 });
    },
  };
}
export type SessionTimer = ReturnType<typeof createSessionTimer>;
