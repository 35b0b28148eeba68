// A two-day workshop against the real server process, on embedded SQLite with the shipped limits:
// 30 participants' phones sharing one join link and 2 facilitators' tablets (a key each).
//  - Start: the lead facilitator's tablet registers the workshop with its agenda, organisations and
//    participants; the co-facilitator's tablet its own workshop record (a key writes only the scopes
//    it owns); then every phone joins at once.
//  - Each session ends with every phone pushing what it made in it at the same moment (over the two
//    days about 15 notes each, and in the scoring session an assessment and 40 scores) while both
//    tablets push their notes (a few hundred over the two days).
//  - Between session ends every device syncs on the app's 15 s timer, each at its own moment within
//    the 15 s (the app's timers run apart); a page with more to come is fetched at once, as the app
//    does. The hours between sessions are left out: the budgets refill less than in a real
//    workshop, so the run is harder on them than the days it stands for.
// Prints the answers by status (429 and 503 must be 0), refused changes, and latency (p50, p95).
// Usage: npx tsx bench/room-load.ts   (SESSIONS=8 TICKS=2 TICK_MS=15000 PHONES=30)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hashKey, newKey } from '../src/server/auth/keys.ts';
import { openSqliteStore } from '../src/server/store/sqlite.ts';
import { joinCredential } from '../src/shared/identity/credential.ts';
import { committedScopeId } from '../src/shared/identity/scope-commitment.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import type { Mutation } from '../src/shared/schemas/mutation.ts';
import { syncResponseSchema } from '../src/shared/sync/protocol.ts';
import { startServer } from '../tests/e2e/support/server.ts';
import { syncRequest as signedRequest } from '../tests/support/test-devices.ts';
import { freePort } from '../tests/unit/server/socket-client.ts';
import { deviceIdOf, mutation, notePatch, workshopPatch } from '../tests/unit/server/sync-fixtures.ts';
import { percentile } from './stats.ts';

const SESSIONS = Number(process.env.SESSIONS ?? 8);
const TICKS = Number(process.env.TICKS ?? 2);
const TICK_MS = Number(process.env.TICK_MS ?? 15_000);
const PHONES = Number(process.env.PHONES ?? 30);
/** The session in which participants score their organisations (day one, afternoon). */
const SCORING_SESSION = 2;

/**
 * One sync request as a device sends it: JSON signed by the device, gzipped from 1 KB on as the
 * app does. Everything about the request format is here, so a protocol change is made once.
 */
function syncRequest(credential: string, device: string, mutations: readonly Mutation[], cursor: string | null): { headers: Record<string, string>; body: BodyInit } {
  const { headers, body } = signedRequest(credential, device, { mutations, cursor });
  if (body.length < 1024) return { headers, body };
  return { headers: { ...headers, 'content-encoding': 'gzip' }, body: new Uint8Array(gzipSync(body)) };
}

interface Sample {
  status: number;
  ms: number;
  burst: boolean;
}
const samples: Sample[] = [];
let rejected = 0;
const rejectedCodes = new Map<string, number>();
const cursors = new Map<string, string | null>();

/** Sync a device as the app does: push, then fetch the next page at once while the server says there is more. */
async function sync(url: string, credential: string, device: string, mutations: readonly Mutation[] = [], burst = false): Promise<void> {
  let toSend = mutations;
  for (let page = 0; page < 100; page++) {
    const req = syncRequest(credential, device, toSend, cursors.get(device) ?? null);
    const started = performance.now();
    const res = await fetch(`${url}/api/sync`, { method: 'POST', ...req });
    const text = await res.text();
    samples.push({ status: res.status, ms: performance.now() - started, burst });
    if (res.status !== 200) return;
    const answer = syncResponseSchema().parse(JSON.parse(text));
    for (const ack of answer.acks) {
      if (ack.status !== 'rejected') continue;
      rejected++;
      rejectedCodes.set(ack.code ?? '?', (rejectedCodes.get(ack.code ?? '?') ?? 0) + 1);
    }
    cursors.set(device, answer.cursor);
    toSend = [];
    if (!answer.hasMore) return;
  }
}

/** A fixed sequence of numbers in [0, 1), so that runs are alike. */
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

const words = 'the branch organised members in the informal economy through mobile money dues and a women committee that met every month '.split(' ');
const prose = (n: number, seed: number) => Array.from({ length: n }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(' ');

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'wc-room-load-'));
  const keys = { lead: newKey('facilitator'), co: newKey('facilitator') };
  const setupStore = openSqliteStore(dataDir);
  await setupStore.migrate();
  await setupStore.addKey({ hash: hashKey(keys.lead), role: 'facilitator', name: 'Lead facilitator' });
  await setupStore.addKey({ hash: hashKey(keys.co), role: 'facilitator', name: 'Co-facilitator' });
  await setupStore.close();
  const server = await startServer({ port: await freePort(), staticDir: dataDir, dataDir });
  const url = server.url;
  try {
    const now = () => Date.now();
    // The lead's workshop: its id commits to the lead's tablet; phones join it with the link.
    const w = committedScopeId(deviceIdOf('leadTablet'));
    const token = Array.from({ length: 32 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz234567'[(i * 11 + 5) % 32]).join('');
    const link = joinCredential(w, token);
    const orgs = Array.from({ length: 10 }, () => uuidv7());
    const agenda = Array.from({ length: 12 }, () => uuidv7());
    const lead = (over: Parameters<typeof mutation>[0]) => mutation(over, now(), 'leadTablet');
    const setup = [
      lead({ kind: 'workshop', recordId: w, scope: w, patch: { ...workshopPatch(w, 'Organising in the informal economy'), joinTokenHash: hashKey(token) } }),
      ...orgs.map((o, i) =>
        lead({ kind: 'organisation', recordId: o, scope: w, patch: { workshopId: w, name: `Union ${i}`, acronym: `U${i}`, country: 'SN', kind: 'national-centre', partnerRole: 'receiving' } }),
      ),
      ...agenda.map((a, i) =>
        lead({
          kind: 'agendaItem',
          recordId: a,
          scope: w,
          patch: { workshopId: w, title: `Session ${i + 1}`, kind: 'plenary', day: 1 + Math.floor(i / 6), start: `${String(9 + (i % 6)).padStart(2, '0')}:00`, minutes: 60, order: i },
        }),
      ),
      ...Array.from({ length: PHONES }, (_, i) =>
        lead({ kind: 'participant', recordId: uuidv7(), scope: w, patch: { workshopId: w, name: `Participant ${i}`, organisationId: orgs[i % orgs.length], role: '', gender: '', consent: true } }),
      ),
    ];
    const coWorkshop = committedScopeId(deviceIdOf('coTablet'));
    await sync(url, keys.lead, 'leadTablet', setup);
    await sync(url, keys.co, 'coTablet', [mutation({ kind: 'workshop', recordId: coWorkshop, scope: coWorkshop, patch: workshopPatch(coWorkshop, 'Co-facilitation notes') }, now(), 'coTablet')]);

    const phones = Array.from({ length: PHONES }, (_, i) => `roomPhone${i}`);
    await Promise.all(phones.map((p) => sync(url, link, p)));

    const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const devices: [string, string][] = [...phones.map((p): [string, string] => [link, p]), [keys.lead, 'leadTablet'], [keys.co, 'coTablet']];
    /** One round of the 15 s timers: every device syncs once, at its own moment within the round. */
    const tick = () => Promise.all([...devices.map(([credential, device]) => later(random() * TICK_MS).then(() => sync(url, credential, device))), later(TICK_MS)]);
    const notesOf = (device: string, scope: string, n: number, length: number) =>
      Array.from({ length: n }, (_, i) =>
        mutation(
          { kind: 'note', recordId: uuidv7(), scope, patch: { ...notePatch(scope, prose(length, i + device.length)), agendaItemId: scope === w ? agenda[i % agenda.length] : undefined } },
          now(),
          device,
        ),
      );
    const started = performance.now();
    let phoneRecords = 0;
    let tabletRecords = setup.length + 1;
    for (let s = 0; s < SESSIONS; s++) {
      const phonePushes = phones.map((p, i) => {
        // About 15 notes in two days: two in most sessions.
        const notes = notesOf(p, w, (s + i) % 8 === 0 ? 1 : 2, 40 + ((i * 13) % 120));
        if (s !== SCORING_SESSION) return notes;
        const a = uuidv7();
        const assessment = mutation(
          { kind: 'assessment', recordId: a, scope: w, patch: { workshopId: w, organisationId: orgs[i % orgs.length], frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: true } },
          now(),
          p,
        );
        const scores = Array.from({ length: 40 }, (_, k) =>
          mutation({ kind: 'score', recordId: uuidv7(), scope: w, patch: { workshopId: w, assessmentId: a, itemId: `item${k}`, value: (i + k) % 5, comment: k % 6 ? '' : prose(12, k) } }, now(), p),
        );
        return [...notes, assessment, ...scores];
      });
      const leadNotes = notesOf('leadTablet', w, 25, 80);
      const coNotes = notesOf('coTablet', coWorkshop, 20, 60);
      phoneRecords += phonePushes.reduce((n, m) => n + m.length, 0);
      tabletRecords += leadNotes.length + coNotes.length;
      await Promise.all([...phones.map((p, i) => sync(url, link, p, phonePushes[i], true)), sync(url, keys.lead, 'leadTablet', leadNotes, true), sync(url, keys.co, 'coTablet', coNotes, true)]);
      for (let t = 0; t < TICKS; t++) await tick();
      process.stdout.write(`session ${s + 1}/${SESSIONS} done\r`);
    }
    const seconds = (performance.now() - started) / 1000;

    const byStatus = new Map<number, number>();
    for (const x of samples) byStatus.set(x.status, (byStatus.get(x.status) ?? 0) + 1);
    const ms = (xs: Sample[]) => xs.map((x) => x.ms).sort((a, b) => a - b);
    const line = (label: string, xs: Sample[]) => {
      const sorted = ms(xs);
      console.log(
        `  ${label.padEnd(34)} ${String(xs.length).padStart(6)} requests   p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms   max ${(sorted.at(-1) ?? 0).toFixed(1).padStart(6)} ms`,
      );
    };
    console.log(`\nRoom load: ${PHONES} phones on one join link, 2 facilitator tablets, ${SESSIONS} sessions (after each, ${TICKS} rounds of the ${TICK_MS / 1000} s timer), SQLite, shipped limits`);
    console.log(`  records pushed: phones ${phoneRecords.toLocaleString('en')}, tablets ${tabletRecords.toLocaleString('en')}; ${seconds.toFixed(0)} s`);
    console.log(
      `  answers: ${[...byStatus]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}: ${n.toLocaleString('en')}`)
        .join(', ')}`,
    );
    console.log(
      `  429 rate_limited: ${byStatus.get(429) ?? 0}   503 server_busy: ${byStatus.get(503) ?? 0}   refused changes: ${rejected}${rejected ? ` (${[...rejectedCodes].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`,
    );
    line('all requests', samples);
    line(
      'session ends (everyone at once)',
      samples.filter((x) => x.burst),
    );
    line(
      'timer syncs',
      samples.filter((x) => !x.burst),
    );
    if ((byStatus.get(429) ?? 0) + (byStatus.get(503) ?? 0) > 0) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

await main();
