import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';

/**
 * Which records of a table a committed change touched, as Dexie reports it after every write
 * transaction, in this tab and (through its BroadcastChannel) in the device's other tabs:
 * - the ids of the records written or deleted, when the change names them one by one;
 * - 'all' when it covers a range (a bulk write of 50 records or more, a clear);
 * - undefined when the table was not touched.
 */
export type ChangedKeys = string[] | 'all' | undefined;

export function changedKeys(parts: ObservabilitySet, dbName: string, table: string): ChangedKeys {
  const tree = parts[`idb://${dbName}/${table}/`];
  if (!tree || tree.d === 0) return undefined;
  const keys: string[] = [];
  return collect(tree, keys) ? keys : 'all';
}

/** Walks the interval tree; false as soon as an interval is wider than one key. */
function collect(node: IntervalTree | null | undefined, out: string[]): boolean {
  if (!node || node.d === 0 || !('from' in node)) return true;
  if (typeof node.from !== 'string' || node.from !== node.to) return false;
  out.push(node.from);
  return collect(node.l, out) && collect(node.r, out);
}

/** Call `listener` with every committed change of the device's databases; returns the unsubscribe. */
export function onCommitted(listener: (parts: ObservabilitySet) => void): () => void {
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
