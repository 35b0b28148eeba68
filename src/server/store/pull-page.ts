import type { RecordKind } from '../../shared/schemas/kinds.ts';
import type { Change } from '../../shared/sync/protocol.ts';
import type { PullPage } from './sync-core.ts';

/**
 * Most bytes of record JSON in one pull page. A page of 1,000 changes is a few hundred KB of
 * ordinary records, but long texts and framework documents could make it tens of MB: built in
 * memory, sent over a 2G link in one answer that a dropped connection would waste whole.
 */
const MAX_PULL_PAGE_BYTES = 1024 * 1024;

/** A row of the change feed, as the pull reads it. */
export interface FeedRow {
  kind: RecordKind;
  record: string;
  seq: number;
}

/**
 * A pull page from rows in feed order (read with one more than `limit`): at most `limit` rows and,
 * past its first change, at most `maxBytes` of record JSON, so a page always moves on. Positions in
 * `skip` are passed over but still move the cursor (the device already holds those records).
 * `hasMore` says a row was left for the next page. `asStored`: records stay the text they were
 * stored as until something reads them (see `StoredChange`), for an answer written from that text.
 */
export function pageOf(rows: readonly FeedRow[], cursor: number, limit: number, skip?: ReadonlySet<number>, asStored = false, maxBytes = MAX_PULL_PAGE_BYTES): PullPage {
  const changes: PullPage['changes'] = [];
  let bytes = 0;
  let last = cursor;
  let taken = 0;
  for (const row of rows) {
    if (taken === limit) return { changes, cursor: String(last), hasMore: true };
    const seq = Number(row.seq);
    if (!skip?.has(seq)) {
      const size = Buffer.byteLength(row.record, 'utf8');
      if (changes.length > 0 && bytes + size > maxBytes) return { changes, cursor: String(last), hasMore: true };
      bytes += size;
      changes.push(asStored ? new StoredChange(row.kind, row.record) : { kind: row.kind, record: JSON.parse(row.record) as Record<string, unknown> });
    }
    taken++;
    last = seq;
  }
  return { changes, cursor: String(last), hasMore: false };
}

/**
 * A change whose record is parsed only when something reads it. Most pulls send records as they
 * were stored: their text goes into the answer as it is (see `recordJson`), never parsed and
 * serialised again. Once the record is read (to hide its device, say) it may be changed in place,
 * so from then on it is serialised like any object. A class, not an object with its own accessor:
 * a page makes a thousand of these, and an accessor per object costs more than the parse it saves;
 * so `record` is not an own property (a spread copy leaves it out): only the sync answer uses these.
 */
class StoredChange implements Change {
  readonly kind: RecordKind;
  #text: string | undefined;
  #record: Record<string, unknown> | undefined;

  constructor(kind: RecordKind, text: string) {
    this.kind = kind;
    this.#text = text;
  }

  get record(): Record<string, unknown> {
    this.#record ??= JSON.parse(this.#text!) as Record<string, unknown>;
    this.#text = undefined;
    return this.#record;
  }

  set record(value: Record<string, unknown>) {
    this.#record = value;
    this.#text = undefined;
  }

  /** The stored text, while nothing has read or replaced the record. */
  get storedText(): string | undefined {
    return this.#text;
  }

  /** What `JSON.stringify` writes: the change as a plain object, as the protocol has it. */
  toJSON(): Change {
    return { kind: this.kind, record: this.record };
  }
}

/** A change's record as JSON text: as it was stored when untouched since, else serialised. */
export function recordJson(change: Change): string {
  return (change instanceof StoredChange ? change.storedText : undefined) ?? JSON.stringify(change.record);
}
