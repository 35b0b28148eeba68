import { UUID_V7 } from '../../shared/ids.ts';
import { PHOTO_HASH } from '../../shared/photos/photo-limits.ts';
import { photoSchema } from '../../shared/schemas/photo-records.ts';
import type { Db } from './db.ts';
import type { ServerStore } from './types.ts';

/** Serialises photo stores across PostgreSQL processes, so that two uploads of one key never both pass its quota. */
const PHOTO_LOCK = 7_241_003;

type PhotoMethods = Pick<ServerStore, 'photoRecord' | 'photoHeld' | 'storePhoto' | 'photoData' | 'photoBytesOf'>;

/**
 * Photos' files, by content: each file is stored once (`photo_blobs`) whoever sends it, and is
 * readable in a workshop only once someone who may write that workshop has sent its bytes for it
 * (`photo_holders`): knowing a hash is never enough to read the file.
 */
export function photoMethods(db: Db, now: () => string): PhotoMethods {
  return {
    async photoRecord(id) {
      // Only well-formed ids reach a query: PostgreSQL refuses some strings outright (a NUL byte).
      if (!UUID_V7.test(id)) return undefined;
      const row = (await db.all<{ scope: string; record: string }>("SELECT scope, record FROM sync_records WHERE kind = 'photo' AND id = ?", [id]))[0];
      if (!row) return undefined;
      // The record was checked against its schema when it was pushed; parsing again types it.
      const parsed = photoSchema().safeParse(JSON.parse(row.record));
      return parsed.success ? { scope: row.scope, photo: parsed.data } : undefined;
    },
    async photoHeld(hash, scope) {
      if (!PHOTO_HASH.test(hash)) return undefined;
      const row = (
        await db.all<{ type: string; bytes: number }>('SELECT b.type, b.bytes FROM photo_holders AS h JOIN photo_blobs AS b ON b.hash = h.hash WHERE h.hash = ? AND h.scope = ?', [hash, scope])
      )[0];
      return row ? { type: row.type, bytes: Number(row.bytes) } : undefined;
    },
    storePhoto: (upload) =>
      db.transaction(async (t) => {
        if (t.kind === 'postgres') await t.all('SELECT pg_advisory_xact_lock(?)', [PHOTO_LOCK]);
        const held = await t.all<{ hash: string }>('SELECT hash FROM photo_holders WHERE hash = ? AND scope = ?', [upload.hash, upload.scope]);
        if (held.length > 0) return 'held';
        if (upload.quotaBytes !== undefined && (await usedBy(t, upload.keyHash)) + upload.bytes > upload.quotaBytes) return 'quota_exceeded';
        const at = now();
        await t.run('INSERT INTO photo_blobs (hash, type, bytes, data, stored_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING', [
          upload.hash,
          upload.type,
          upload.bytes,
          Buffer.from(upload.data.buffer, upload.data.byteOffset, upload.data.byteLength),
          at,
        ]);
        await t.run('INSERT INTO photo_holders (hash, scope, key_hash, bytes, stored_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash, scope) DO NOTHING', [
          upload.hash,
          upload.scope,
          upload.keyHash,
          upload.bytes,
          at,
        ]);
        return 'stored';
      }),
    async photoData(hash) {
      if (!PHOTO_HASH.test(hash)) return undefined;
      const row = (await db.all<{ type: string; data: Uint8Array }>('SELECT type, data FROM photo_blobs WHERE hash = ?', [hash]))[0];
      // A copy of its own, as a response body takes it (the drivers' buffers may share a pool).
      return row ? { type: row.type, data: new Uint8Array(row.data) } : undefined;
    },
    photoBytesOf: (keyHash) => usedBy(db, keyHash),
  };
}

/** Bytes of the files a key sent, once per workshop that holds them. */
async function usedBy(db: Db, keyHash: string): Promise<number> {
  // SUM of a BIGINT is a NUMERIC in PostgreSQL, which comes back as a string.
  return Number((await db.all<{ used: number | string }>('SELECT COALESCE(SUM(bytes), 0) AS used FROM photo_holders WHERE key_hash = ?', [keyHash]))[0]?.used ?? 0);
}
