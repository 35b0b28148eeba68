// The burst as an organisation's server meets it: devices in rooms of ROOM_SIZE, each room a
// workshop with its facilitator's tablet (a key of its own) and participants' phones on the
// workshop's join link. Before the clock starts each room is set up (the workshop with its join
// link and organisations) and every device has synced once, so each holds its cursor; then every
// device pushes 50 changes at the same moment: the tablet 50 notes, each phone its assessment and
// 49 scores. A tablet's answer carries what its room's phones sent before it; a phone's carries
// what a participant may read, which is not the others' answers.
import { randomBytes } from 'node:crypto';
import { hashKey, newKey } from '../src/server/auth/keys.ts';
import { openStore } from '../src/server/store/open.ts';
import { joinCredential } from '../src/shared/identity/credential.ts';
import { committedScopeId } from '../src/shared/identity/scope-commitment.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import type { Mutation } from '../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../src/shared/sync/protocol.ts';
import { deviceIdOf, mutation, notePatch, syncRequest, workshopPatch } from '../tests/unit/server/sync-fixtures.ts';

export const ROOM_SIZE = Number(process.env.ROOM_SIZE ?? 25);
const ORGANISATIONS = 10;
const CHANGES = 50;

/** One device's request of the burst, signed before the clock starts. */
export interface BurstRequest {
  credential: string;
  body: string;
  headers: Record<string, string>;
}

/** Facilitator keys for `rooms` rooms, stored before the server starts (as the admin command would). */
export async function roomKeys(rooms: number, dataDir: string, databaseUrl?: string): Promise<string[]> {
  const store = await openStore({ dataDir, databaseUrl });
  const keys = Array.from({ length: rooms }, () => newKey('facilitator'));
  for (const [i, key] of keys.entries()) await store.addKey({ hash: hashKey(key), role: 'facilitator', name: `Room ${i + 1}` });
  await store.close();
  return keys;
}

/** Push `mutations` once and return the new cursor; the setup fails loudly on any refusal. */
async function syncOnce(url: string, credential: string, device: string, mutations: readonly Mutation[]): Promise<string> {
  for (;;) {
    const { headers, body } = syncRequest(credential, device, { mutations: [...mutations] });
    const res = await fetch(`${url}/api/sync`, { method: 'POST', headers, body });
    if (res.status === 503 || res.status === 429) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    if (!res.ok) throw new Error(`room setup: HTTP ${res.status} ${await res.text()}`);
    const answer = syncResponseSchema().parse(await res.json());
    const refused = answer.acks.find((a) => a.status === 'rejected');
    if (refused) throw new Error(`room setup: a change was refused (${refused.code})`);
    if (answer.hasMore) throw new Error('room setup: a device had more than a page to read');
    return answer.cursor;
  }
}

/** Set up one room and return its devices' burst requests. */
async function room(url: string, key: string, r: number, devices: number, run: string): Promise<BurstRequest[]> {
  const tablet = `room${run}-${r}-tablet`;
  const w = committedScopeId(deviceIdOf(tablet));
  const token = [...randomBytes(32)].map((b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('');
  const orgs = Array.from({ length: ORGANISATIONS }, () => uuidv7());
  const now = Date.now();
  await syncOnce(url, key, tablet, [
    mutation({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w, `Room ${r + 1}`), joinTokenHash: hashKey(token) } }, now, tablet),
    ...orgs.map((o, i) =>
      mutation(
        { kind: 'organisation', recordId: o, scope: w, patch: { workshopId: w, name: `Union ${i}`, acronym: `U${i}`, country: 'SN', kind: 'national-centre', partnerRole: 'receiving' } },
        now,
        tablet,
      ),
    ),
  ]);
  const link = joinCredential(w, token);
  const phones = Array.from({ length: devices - 1 }, (_, p) => `room${run}-${r}-phone${p}`);
  const tabletCursor = await syncOnce(url, key, tablet, []);
  const phoneCursors = await Promise.all(phones.map((p) => syncOnce(url, link, p, [])));
  const at = Date.now();
  const notes = Array.from({ length: CHANGES }, (_, i) =>
    mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `Room ${r + 1}, group work ${i}: what the delegates said about dues and organising.`) }, at, tablet),
  );
  const answers = (phone: string, p: number): Mutation[] => {
    const a = uuidv7();
    return [
      mutation(
        { kind: 'assessment', recordId: a, scope: w, patch: { workshopId: w, organisationId: orgs[p % ORGANISATIONS], frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true } },
        at,
        phone,
      ),
      ...Array.from({ length: CHANGES - 1 }, (_, k) =>
        mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: { workshopId: w, assessmentId: a, itemId: `item${k}`, value: (p + k) % 5, comment: '' } }, at, phone),
      ),
    ];
  };
  const request = (credential: string, device: string, mutations: Mutation[], cursor: string): BurstRequest => ({ credential, ...syncRequest(credential, device, { mutations, cursor }) });
  return [request(key, tablet, notes, tabletCursor), ...phones.map((p, i) => request(link, p, answers(p, i), phoneCursors[i]!))];
}

/** `devices` devices in rooms of ROOM_SIZE (the last room may be smaller), one key per room; set up against the running server. */
export async function roomBurst(url: string, keys: readonly string[], devices: number): Promise<BurstRequest[]> {
  const run = randomBytes(4).toString('hex');
  const out: BurstRequest[] = [];
  // A few rooms at a time: the setup is not what is measured.
  for (let r = 0; r < keys.length; r += 4) {
    const batch = keys.slice(r, r + 4).map((key, i) => room(url, key, r + i, Math.min(ROOM_SIZE, devices - (r + i) * ROOM_SIZE), run));
    for (const requests of await Promise.all(batch)) out.push(...requests);
  }
  return out;
}
