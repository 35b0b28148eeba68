import type { RecordKind } from '../../../shared/schemas/kinds.ts';
import type { AppDb, StoredRecord } from './db.ts';
import { receiveStamp } from './clock.ts';
import { removedRecordIds } from './removed.ts';
import { writeTransaction } from './write.ts';

/**
 * Records another device handed over outside sync (a join code's workshop and organisations),
 * checked by their schemas beforehand: stored like pulled records, without entering the outbox,
 * and only where this device has nothing as recent. The server's copy replaces them at the first
 * sync, since it carries the same stamp or a later one.
 */
export async function keepOffered(db: AppDb, records: readonly { kind: RecordKind; record: StoredRecord }[], now: number = Date.now()): Promise<number> {
  const tables = [...new Set(records.map((r) => db.recordTable(r.kind)))];
  return writeTransaction(db, [...tables, db.meta], async () => {
    const removed = await removedRecordIds(db);
    let kept = 0;
    for (const { kind, record } of records) {
      if (removed.has(record.id)) continue;
      const table = db.recordTable(kind);
      const here = await table.get(record.id);
      if (here && String(here.updatedAt) >= String(record.updatedAt)) continue;
      await table.put(record);
      await receiveStamp(db, String(record.updatedAt), now);
      kept++;
    }
    return kept;
  });
}
