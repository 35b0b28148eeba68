import { RECORD_KIND_NAMES, type RecordKind } from '../../shared/schemas/kinds.ts';
import { kindAccess, kindsWhere } from '../../shared/schemas/kind-rules.ts';
import type { Mutation } from '../../shared/schemas/mutation.ts';
import type { RejectionCode } from '../../shared/sync/rejections.ts';
import type { Allowed } from '../../shared/rights/batch-view.ts';
import type { PullFilter, ServerStore } from '../store/types.ts';
import { parseJoinCredential } from '../../shared/identity/credential.ts';
import { noteKeyUse } from './key-use.ts';
import { hashKey } from './keys.ts';
import { participantDenies } from '../../shared/rights/participant-denies.ts';

/** What a caller may do: which mutations it may write, and which scopes (and kinds) it reads. */
export interface Access {
  denies: Allowed;
  /** A facilitator key: it owns the scopes it writes first, claimed as its push stores them. */
  claimFor?: string;
  /** The scopes it reads (null: every scope), asked after its push, which may have claimed some. */
  scopes(): Promise<string[] | null>;
  /**
   * The feed position of its latest co-facilitation (0: none): a pull from a cursor before it has
   * not read that workshop's past, and starts again from the beginning.
   */
  joinedSince?(): Promise<number>;
  filter?: PullFilter;
  /**
   * Hide which device last wrote each record from participants. Not a defence (a device id gives
   * no rights without its key, and clock stamps name their writer anyway), but what a phone need
   * not know it is not told.
   */
  hideDevices?: boolean;
  /**
   * Leave out of workshop records who facilitates (the team's key ids and names) and the
   * co-facilitator code's hash and expiry: a participant's phone has no use for them, and a hash
   * read there could be copied onto another workshop.
   */
  hideFacilitation?: boolean;
}

/** The workshop's shared records a participant's device reads (besides its own), as the registry says. */
const PARTICIPANT_READS: readonly RecordKind[] = kindsWhere((a) => a.participantReads === 'workshop');
/** The records a participant's device reads in its facilitator's scopes shared across workshops (frameworks). */
const PARTICIPANT_READS_OF_FACILITATOR: readonly RecordKind[] = kindsWhere((a) => a.participantReads === 'facilitator');
/** Kinds no credential writes: the server does (lost values). */
const SERVER_WRITES: readonly RecordKind[] = kindsWhere((a) => a.writers === 'server');

/**
 * A coordinator curates the compendium: it may change the curation fields (the registry's
 * `curation`: the wording, order and merges of practice cards) of records that already exist, in
 * any workshop, and nothing else (no new records, no deletes). Cards stored before creators were
 * kept (`creator` null) are left to their facilitator.
 */
function coordinatorDenies(m: Mutation, creator: string | null | undefined): RejectionCode | undefined {
  const fields = Object.keys(m.patch);
  const curation: readonly string[] = kindAccess(m.kind).curation ?? [];
  const curates = m.op === 'upsert' && typeof creator === 'string' && fields.length > 0 && fields.every((k) => curation.includes(k));
  return curates ? undefined : 'forbidden';
}

/**
 * The access of a key or join token, for the device that sends the request, or undefined when the
 * key is unknown or revoked (known before the request's body is read).
 * - A facilitator owns what its devices wrote first (workshops created offline included) and reads
 *   those, and reads and writes the workshops whose owners made it a co-facilitator.
 * - A coordinator reads every scope and writes only the curation of existing practice cards.
 * - A participant writes only its own assessments, scores and notes in one workshop, and reads the
 *   workshop, its agenda and organisations, its own records, and its facilitator's frameworks.
 * No one writes lost values, nor a workshop's team: the server does.
 */
export async function callerFor(store: ServerStore, token: string): Promise<((deviceId: string) => Access) | undefined> {
  const join = parseJoinCredential(token);
  const access = await accessFor(store, join ? { kind: 'join', tokenHash: hashKey(join.token), workshopId: join.workshopId } : { kind: 'key', hash: hashKey(token) });
  if (access && !join) await noteKeyUse(store, hashKey(token));
  return access;
}

/** A credential as the server knows it: by the hash it stores, never the secret. */
export type StoredCredential = { kind: 'key'; hash: string } | { kind: 'join'; tokenHash: string; workshopId?: string | undefined };

/** The access of a credential known by its hash (the caller's own, or the proven credential of a relayed change's author). */
export async function accessFor(store: ServerStore, credential: StoredCredential): Promise<((deviceId: string) => Access) | undefined> {
  const access = await baseAccess(store, credential);
  if (!access) return undefined;
  return (deviceId) => {
    const a = access(deviceId);
    return { ...a, denies: (m, creator, view) => (SERVER_WRITES.includes(m.kind) || (m.kind === 'workshop' && 'team' in m.patch) ? 'forbidden' : a.denies(m, creator, view)) };
  };
}

async function baseAccess(store: ServerStore, credential: StoredCredential): Promise<((deviceId: string) => Access) | undefined> {
  if (credential.kind === 'join') {
    const workshopId = await store.workshopForJoinToken(credential.tokenHash);
    // A join credential that names its workshop opens that workshop only: a decoy that registered
    // the same token first never receives its participants.
    if (!workshopId || (credential.workshopId !== undefined && credential.workshopId !== workshopId)) return undefined;
    const owner = await store.scopeOwner(workshopId);
    // Revoking a facilitator's key retires the join links of its workshops too.
    if (owner !== undefined && !(await store.findKey(owner))) return undefined;
    const frameworkScopes = owner ? await store.ownedScopes(owner) : [];
    return (deviceId) => ({
      denies: participantDenies(workshopId, deviceId),
      scopes: async () => [workshopId],
      filter: { kinds: PARTICIPANT_READS, creator: deviceId, alsoScopes: frameworkScopes, alsoKinds: PARTICIPANT_READS_OF_FACILITATOR },
      hideDevices: true,
      hideFacilitation: true,
    });
  }
  const key = await store.findKey(credential.hash);
  if (!key) return undefined;
  if (key.role === 'coordinator') return () => ({ denies: coordinatorDenies, scopes: async () => null });
  const filter = await cofacilitatorFilter(store, key.hash);
  return () => ({
    denies: () => undefined,
    claimFor: key.hash,
    scopes: async () => [...(await store.ownedScopes(key.hash)), ...(await store.memberships(key.hash)).map((m) => m.scope)],
    joinedSince: async () => Math.max(0, ...(await store.memberships(key.hash)).map((m) => m.since)),
    ...(filter ? { filter } : {}),
  });
}

/**
 * A co-facilitator reads, besides every record of its scopes, the frameworks of the owners of the
 * workshops it co-facilitates (a workshop may score with its owner's own framework), as their
 * participants do; nothing else of those owners' scopes (their projects, their other workshops).
 */
async function cofacilitatorFilter(store: ServerStore, hash: string): Promise<PullFilter | undefined> {
  const memberships = await store.memberships(hash);
  if (memberships.length === 0) return undefined;
  const owners = new Set((await Promise.all(memberships.map((m) => store.scopeOwner(m.scope)))).filter((o): o is string => o !== undefined && o !== hash));
  const ownerScopes = (await Promise.all([...owners].map((o) => store.ownedScopes(o)))).flat();
  return { kinds: RECORD_KIND_NAMES, creator: '', alsoScopes: ownerScopes, alsoKinds: PARTICIPANT_READS_OF_FACILITATOR };
}
