import { createContext, useContext } from 'solid-js';
import type { LocalStore } from './store.ts';

export const StoreContext = createContext<LocalStore>();

export function useStore(): LocalStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreContext');
  return store;
}
