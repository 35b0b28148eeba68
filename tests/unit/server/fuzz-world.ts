// A server under fuzzing: an app made in-process over a fresh store, seeded through valid pushes
// with one workshop and records of every kind, and the checks every hostile request must pass.
// Shared by tests/unit/server/fuzz-*.test.ts and bench/fuzz.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { createApp } from '../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../src/server/auth/keys.ts';
import { openPostgresStore } from '../../../src/server/store/postgres.ts';
import { openSqliteStore } from '../../../src/server/store/sqlite.ts';
import type { ServerStore } from '../../../src/server/store/types.ts';
import { encodeHlc } from '../../../src/shared/hlc.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { base32 } from '../../../src/shared/identity/base32.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { DEVICE_SIGNATURE_HEADER, requestSigningText } from '../../../src/shared/identity/device-proof.ts';
import { apiErrorSchema, PROTOCOL_VERSION, type ApiErrorCode } from '../../../src/shared/protocol.ts';
import type { RecordKind } from '../../../src/shared/schemas/kinds.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
// The codes a rejected mutation may carry: the one shared list (refused records, refused proofs of who wrote a change).
import { isRejectionCode } from '../../../src/shared/sync/rejections.ts';
import { deviceIdOf, mutation, notePatch, syncRequest, testDevice, workshopPatch } from './sync-fixtures.ts';
import type { J } from './fuzz-json.ts';
import { UNLIMITED_SYNC_LIMITS } from '../../support/unlimited-sync.ts';

/** The body limit the server runs with unless BODY_LIMIT_BYTES says otherwise (src/server/config.ts). */
export const BODY_LIMIT = 2 * 1024 * 1024;

/** The status each stable error code goes with (docs/sync-protocol.md). */
export const CODE_STATUS: Record<ApiErrorCode, number> = {
  not_found: 404,
  payload_too_large: 413,
  too_many_mutations: 413,
  invalid_json: 400,
  invalid_request: 400,
  protocol_outdated: 426,
  unauthorized: 401,
  forbidden: 403,
  rate_limited: 429,
  server_busy: 503,
  internal: 500,
  key_revoked: 401,
  invitation_retired: 401,
  device_unproven: 401,
  request_timeout: 408,
  photo_refused: 415,
  photo_hash_mismatch: 400,
  photo_unknown: 404,
  photo_quota_exceeded: 413,
  cofacilitator_code_invalid: 400,
  cofacilitator_code_unknown: 404,
  cofacilitator_code_used: 409,
  cofacilitator_code_expired: 410,
  cofacilitator_code_revoked: 410,
  cofacilitator_is_owner: 409,
  cofacilitator_team_full: 409,
};

export interface SeededRecord {
  kind: RecordKind;
  id: string;
  scope: string;
  /** The proven id of the device that wrote it first (participants may write only what their device created). */
  creator: string;
}

/** What the arbitraries know of the seeded server. */
export interface World {
  workshopId: string;
  /** The owner scope of the facilitator's projects and frameworks. */
  ownerScope: string;
  records: SeededRecord[];
  /** Mutation ids already applied: sending one again must change nothing. */
  mutationIds: string[];
  /** A stamp from the seeding, to send again. */
  stamps: string[];
  /** `participant` is the workshop's join credential; `participantLegacy` the same token in the older form `wcj_<token>`. */
  keys: { owner: string; other: string; coordinator: string; participant: string; participantLegacy: string; revoked: string };
  /** The test device (by name, tests/support/test-devices.ts) the participant's join link seeded its own records with. */
  participantDevice: string;
}

export interface HostileRequest {
  /** A short name of what the case tries, for reports. */
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface FuzzTarget {
  app: ReturnType<typeof createApp>;
  store: ServerStore;
  world: World;
  send(req: HostileRequest): Promise<Response>;
  /** Every record the owner pulls, by kind and id. */
  snapshot(): Promise<Map<string, unknown>>;
  /** Every change a key pulls from the start, by kind and id. */
  pullAll(key: string, device?: string): Promise<Map<string, { kind: RecordKind; record: Record<string, unknown> }>>;
  close(): Promise<void>;
}

const DAY = Date.UTC(2026, 2, 10);
/** A wall time after the seeding's and not ahead of the server's clock: a write stamped then reaches the merge. */
export const LATER = Date.UTC(2026, 5, 1);

/** A server over a fresh SQLite folder, or over PostgreSQL at `pgUrl`, seeded through valid pushes. */
export async function openFuzzTarget(pgUrl?: string): Promise<FuzzTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'wc-fuzz-'));
  const store = pgUrl ? openPostgresStore(pgUrl) : openSqliteStore(dir);
  await store.migrate();
  const keys = { owner: newKey('facilitator'), other: newKey('facilitator'), coordinator: newKey('coordinator'), revoked: newKey('facilitator') };
  await store.addKey({ hash: hashKey(keys.owner), role: 'facilitator', name: 'Owner' });
  await store.addKey({ hash: hashKey(keys.other), role: 'facilitator', name: 'Other' });
  await store.addKey({ hash: hashKey(keys.coordinator), role: 'coordinator', name: 'Coordinator' });
  await store.addKey({ hash: hashKey(keys.revoked), role: 'facilitator', name: 'Revoked' });
  await store.revokeKey(hashKey(keys.revoked));
  // A rate limit never reached, so every case reaches the code under test.
  const app = createApp({ store, staticDir: dir, version: 'fuzz', bodyLimit: BODY_LIMIT, limits: UNLIMITED_SYNC_LIMITS });

  const send = async (req: HostileRequest): Promise<Response> =>
    app.request(req.path, { method: req.method, headers: req.headers, ...(req.body === undefined ? {} : { body: typeof req.body === 'string' ? req.body : new Blob([new Uint8Array(req.body)]) }) });
  const push = async (key: string, device: string, mutations: Mutation[]) => {
    const res = await send({ label: 'seed', method: 'POST', path: '/api/sync', ...syncRequest(key, device, { mutations }) });
    const body = syncResponseSchema().parse(await res.json());
    if (body.acks.some((a) => a.status !== 'applied')) throw new Error(`seeding failed: ${JSON.stringify(body.acks)}`);
  };

  const w = uuidv7();
  const owner = uuidv7();
  // a join token as the app makes them (base-32), in a join credential that names its workshop
  const token = `fuzzjointoken${base32(randomBytes(20))}`;
  const ids = {
    org: uuidv7(),
    person: uuidv7(),
    note: uuidv7(),
    practice: uuidv7(),
    agenda: uuidv7(),
    swot: uuidv7(),
    action: uuidv7(),
    project: uuidv7(),
    framework: uuidv7(),
    assessment: uuidv7(),
    score: uuidv7(),
  };
  const ownerMutations = [
    mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w, 'Informal economy, Dakar'), joinTokenHash: hashKey(token) } }, DAY, 'deviceA'),
    mutation(
      { kind: 'organisation', recordId: ids.org, scope: w, patch: { workshopId: w, name: 'CNTS', acronym: 'CNTS', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' } },
      DAY,
      'deviceA',
    ),
    mutation(
      { kind: 'participant', recordId: ids.person, scope: w, patch: { workshopId: w, name: 'Aminata', organisationId: ids.org, role: 'organiser', gender: 'female', consent: true } },
      DAY,
      'deviceA',
    ),
    mutation({ kind: 'note', recordId: ids.note, scope: w, patch: { ...notePatch(w, 'Dues by mobile money ✓ — مرحبا'), capacities: ['resource-mobilisation'] } }, DAY, 'deviceA'),
    mutation(
      {
        kind: 'practice',
        recordId: ids.practice,
        scope: w,
        patch: {
          workshopId: w,
          title: 'Mutual fund',
          context: '',
          approach: 'x',
          results: '',
          capacities: [],
          sustainability: '',
          contact: '',
          organisationIds: [ids.org],
          projectIds: [],
          status: 'compendium',
          compendiumOrder: 2,
        },
      },
      DAY,
      'deviceA',
    ),
    mutation({ kind: 'agendaItem', recordId: ids.agenda, scope: w, patch: { workshopId: w, title: 'Opening', kind: 'plenary', day: 1, start: '09:00', minutes: 30, order: 1 } }, DAY, 'deviceA'),
    mutation({ kind: 'swot', recordId: ids.swot, scope: w, patch: { workshopId: w, quadrant: 'strength', text: 'Strong base', organisationId: ids.org } }, DAY, 'deviceA'),
    mutation(
      { kind: 'action', recordId: ids.action, scope: w, patch: { workshopId: w, itemId: 'organising', action: 'Recruit', who: 'Youth wing', due: '2026-12-31', indicator: '', status: 'planned' } },
      DAY,
      'deviceA',
    ),
    mutation(
      {
        kind: 'project',
        recordId: ids.project,
        scope: owner,
        patch: { ownerId: owner, reference: 'RAF/22/11/NOR', title: 'Decent work', donor: 'LO', partners: [], countries: ['SN'], themes: [], startDate: '', endDate: '', status: 'active' },
      },
      DAY,
      'deviceA',
    ),
    mutation(
      {
        kind: 'framework',
        recordId: ids.framework,
        scope: owner,
        patch: { ownerId: owner, name: 'Adapted', version: 1, document: { id: 'adapted', groups: [{ id: 'g', items: [{ id: 'i', text: { en: 'Item' } }] }] } },
      },
      DAY,
      'deviceA',
    ),
  ];
  await push(keys.owner, 'deviceA', ownerMutations);
  // A concurrent edit from a second device, so a lost value is among the stored records too.
  const edits = [
    mutation({ kind: 'workshop', recordId: w, scope: w, patch: { venue: 'Thiès' } }, DAY + 20, 'deviceB'),
    mutation({ kind: 'workshop', recordId: w, scope: w, patch: { venue: 'Dakar' } }, DAY + 10, 'deviceA'),
  ];
  await push(keys.owner, 'deviceB', edits.slice(0, 1));
  await push(keys.owner, 'deviceA', edits.slice(1));
  const participantDevice = 'phone1';
  const phone = [
    mutation(
      { kind: 'assessment', recordId: ids.assessment, scope: w, patch: { workshopId: w, organisationId: ids.org, frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false } },
      DAY,
      participantDevice,
    ),
    mutation({ kind: 'score', recordId: ids.score, scope: w, patch: { workshopId: w, assessmentId: ids.assessment, itemId: 'autonomy', value: 3, comment: '' } }, DAY, participantDevice),
  ];
  await push(joinCredential(w, token), participantDevice, phone);

  const records: SeededRecord[] = [...ownerMutations, ...edits, ...phone].map((m) => ({ kind: m.kind, id: m.recordId, scope: m.scope, creator: m.deviceId }));
  const unique = [...new Map(records.map((r) => [`${r.kind}:${r.id}`, r])).values()];
  const world: World = {
    workshopId: w,
    ownerScope: owner,
    records: unique,
    mutationIds: [...ownerMutations, ...edits, ...phone].map((m) => m.mutationId),
    stamps: [...ownerMutations, ...edits].map((m) => m.hlc),
    keys: { ...keys, participant: joinCredential(w, token), participantLegacy: `wcj_${token}` },
    participantDevice,
  };

  const pullAll = async (key: string, device = 'snapshot') => {
    const all = new Map<string, { kind: RecordKind; record: Record<string, unknown> }>();
    let cursor: string | null = null;
    for (;;) {
      const res = await send({ label: 'pull', method: 'POST', path: '/api/sync', ...syncRequest(key, device, { cursor }) });
      if (res.status !== 200) throw new Error(`a full pull failed with ${res.status}: ${await res.text()}`);
      const page = syncResponseSchema().parse(await res.json());
      for (const c of page.changes) all.set(`${c.kind}:${String(c.record.id)}`, c);
      cursor = page.cursor;
      if (!page.hasMore) return all;
    }
  };
  const snapshot = async () => new Map([...(await pullAll(keys.owner)).entries()].map(([k, c]) => [k, c.record]));
  return { app, store, world, send, snapshot, pullAll, close: () => store.close() };
}

/** A stamp as the named test device would make at `wall` (its node is the device's proven id). */
export const stampAt = (wall: number, device = 'deviceA', count = 0) => encodeHlc({ wall, count, node: deviceIdOf(device) });

/** A test device's signature of a request text: the Device-Signature header it sends with the text. */
export const signRequest = (device: string, text: string): string => testDevice(device).sign(requestSigningText(text));

/** The entries a named test device's request starts with: the protocol, its proven id and its public key. */
export function senderEntries(device: string): [string, J][] {
  const d = testDevice(device);
  return [
    ['protocolVersion', PROTOCOL_VERSION],
    ['deviceId', d.id],
    ['deviceKey', d.key],
  ];
}

/** Headers of a sync request, with its device signature when it has one. */
export const syncHeaders = (auth: string | undefined, signature: string | undefined): Record<string, string> => ({
  'content-type': 'application/json',
  ...(auth === undefined ? {} : { authorization: auth }),
  ...(signature === undefined ? {} : { [DEVICE_SIGNATURE_HEADER]: signature }),
});

/** An answer, read once. */
export interface Answer {
  status: number;
  text: string;
  /** The stable error code, when the answer is an API error. */
  code?: string;
}

export async function read(res: Response): Promise<Answer> {
  const text = await res.text();
  let code: string | undefined;
  try {
    code = apiErrorSchema().safeParse(JSON.parse(text)).data?.error.code;
  } catch {
    code = undefined;
  }
  return { status: res.status, text, ...(code ? { code } : {}) };
}

/**
 * What every answer to a hostile request must be: never a 5xx; an API failure is JSON with a code
 * from the protocol's list and that code's status; a 200 from /api/sync is a valid sync response
 * whose rejections carry known codes, and in which nothing was applied unless `mayApply`.
 * Returns the problem, or undefined when the answer is fine.
 */
export function judge(req: HostileRequest, a: Answer, mayApply = false): string | undefined {
  const { status, text } = a;
  if (status >= 500) return `status ${status}: ${text.slice(0, 300)}`;
  // The path as the server sees it: URL parsing resolves "%2e%2e" and drops the fragment.
  const path = new URL(`http://localhost${req.path}`).pathname;
  const api = path === '/api' || path.startsWith('/api/');
  if (!api) return [200, 304, 404].includes(status) ? undefined : `a page answered ${status}`;
  if (req.method === 'HEAD') return [200, 404, 413].includes(status) ? undefined : `HEAD answered ${status}`;
  if (status === 200 && req.method === 'GET' && path === '/api/health') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `status ${status} without JSON: ${text.slice(0, 200)}`;
  }
  if (status === 200 && req.method === 'POST' && path === '/api/sync') {
    const parsed = syncResponseSchema().safeParse(json);
    if (!parsed.success) return `a 200 that is not a sync response: ${parsed.error.message.slice(0, 300)}`;
    const applied = parsed.data.acks.find((x) => x.status === 'applied');
    if (applied && !mayApply) return `a hostile mutation was applied: ${applied.mutationId}`;
    const odd = parsed.data.acks.find((x) => x.status === 'rejected' && !isRejectionCode(x.code));
    if (odd) return `a rejection without a known code: ${JSON.stringify(odd)}`;
    return undefined;
  }
  const err = apiErrorSchema().safeParse(json);
  if (!err.success) return `status ${status} with an unknown error shape: ${text.slice(0, 200)}`;
  const code = err.data.error.code;
  // apiErrorSchema has refused any code outside the shared list already.
  if (CODE_STATUS[code] !== status) return `code ${code} came with status ${status}`;
  return undefined;
}

/** Object.prototype and friends as they are now, to tell later whether anything polluted them. */
export function prototypeBaseline(): () => string | undefined {
  const protos = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
  const seen = Object.entries(protos).map(([name, proto]) => ({ name, proto, props: new Map(Reflect.ownKeys(proto).map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)])) }));
  return () => {
    const probe: Record<string, unknown> = {};
    for (const key of ['polluted', 'isAdmin', 'role', 'title', '$unset', 'workshopId']) if (probe[key] !== undefined) return `({}).${key} is ${inspect(probe[key])}`;
    if (Object.getPrototypeOf(probe) !== Object.prototype) return 'a fresh object has another prototype';
    for (const { name, proto, props } of seen) {
      const now = Reflect.ownKeys(proto);
      if (now.length !== props.size) return `${name}.prototype has ${now.length} own properties, had ${props.size}`;
      for (const k of now) {
        const before = props.get(k);
        const after = Object.getOwnPropertyDescriptor(proto, k);
        if (!before || before.value !== after?.value || before.get !== after?.get || before.set !== after?.set) return `${name}.prototype.${String(k)} changed`;
      }
    }
    return undefined;
  };
}
