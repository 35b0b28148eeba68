import { createContext, createSignal, onCleanup, useContext, type Accessor } from 'solid-js';
import type { SyncEngine } from './engine.ts';
import type { SyncStatus } from './status.ts';

export const SyncContext = createContext<SyncEngine>();

export function useSync(): SyncEngine {
  const engine = useContext(SyncContext);
  if (!engine) throw new Error('useSync outside SyncContext');
  return engine;
}

/** The engine's status as a signal. */
export function syncStatus(engine: SyncEngine): Accessor<SyncStatus> {
  const [status, setStatus] = createSignal(engine.status.get());
  onCleanup(engine.status.subscribe(setStatus));
  return status;
}
