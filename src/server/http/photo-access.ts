import type { Context } from 'hono';
import { UUID_V7 } from '../../shared/ids.ts';
import { PHOTO_HASH } from '../../shared/photos/photo-limits.ts';
import { kindAccess } from '../../shared/schemas/kind-rules.ts';
import type { PhotoFile } from '../../shared/schemas/photo-records.ts';
import type { ServerStore } from '../store/types.ts';
import type { Caller, Credential } from './credential-gate.ts';

/** Which file a photo request is about: its content hash, and the photo record that names it. */
export interface PhotoTarget {
  hash: string;
  photoId: string;
}

/** The hash of the path and the `photo` query of a photo request, or undefined when either is malformed. */
export function photoTarget(c: Context): PhotoTarget | undefined {
  const hash = c.req.param('hash') ?? '';
  const photoId = c.req.query('photo') ?? '';
  return PHOTO_HASH.test(hash) && UUID_V7.test(photoId) ? { hash, photoId } : undefined;
}

/** A live photo record's workshop, and the file of the request's hash it names (undefined when it names no such file). */
export interface NamedFile {
  scope: string;
  file: PhotoFile | undefined;
}

/**
 * The live photo record a request names, with the file of its hash (as its photo or its
 * thumbnail), or undefined when the record is missing or deleted. The caller checks its rights on
 * the record's workshop before it says whether the file is named: one who may not read the
 * workshop learns nothing of which files its records name.
 */
export async function namedFile(store: ServerStore, target: PhotoTarget): Promise<NamedFile | undefined> {
  const stored = await store.photoRecord(target.photoId);
  if (!stored || stored.photo.deleted) return undefined;
  const { file, thumb } = stored.photo;
  return { scope: stored.scope, file: file.hash === target.hash ? file : thumb.hash === target.hash ? thumb : undefined };
}

/**
 * A photo request carries no device proof: what it may do rests on its credential alone (the
 * scopes it opens, the workshops it owns), never on a device's own records.
 */
const NO_DEVICE = '';

/**
 * What a credential may do with a workshop's photos, by the same rules as their records
 * (KIND_RULES.photo): the facilitator key that owns the workshop, and its co-facilitators', write and read them; a
 * coordinator reads every workshop's; a participant's join link reads them only if the registry
 * lets participants read the workshop's photos.
 */
export async function photoRights(store: ServerStore, caller: Caller, credential: Credential, scope: string): Promise<{ read: boolean; write: boolean }> {
  const access = caller(NO_DEVICE);
  const rules = kindAccess('photo');
  if (credential.kind === 'join') {
    const reads = rules.participantReads === 'workshop' && ((await access.scopes()) ?? []).includes(scope);
    return { read: reads, write: false };
  }
  // A key that claims nothing is a coordinator's: it reads every scope and writes no photo.
  if (access.claimFor === undefined) return { read: (await access.scopes()) === null, write: false };
  // The owner and its co-facilitators: the scopes the key reads are the workshops it facilitates.
  const owns = (await store.scopeOwner(scope)) === access.claimFor || (await store.memberships(access.claimFor)).some((m) => m.scope === scope);
  return { read: owns, write: owns && rules.writers !== 'server' };
}
