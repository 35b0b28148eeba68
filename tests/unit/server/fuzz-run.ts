// The fuzz properties and the checks run on every case; tests/unit/server/fuzz-sync.test.ts runs a
// few hundred cases of them, bench/fuzz.ts as many as FUZZ_RUNS asks.
import fc from 'fast-check';
import { RECORD_KINDS } from '../../../src/shared/schemas/kinds.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { asRequest, hostileBody, hostileEnvelope, hostileProof, otherRoute, unauthorizedWrite } from './fuzz-arbitraries.ts';
import { oddWrite } from './fuzz-odd-writes.ts';
import { judge, prototypeBaseline, read, type FuzzTarget, type HostileRequest, type World } from './fuzz-world.ts';

export interface FuzzProperty {
  name: string;
  /** Share of the runs it gets. */
  share: number;
  arbitrary: (world: World) => fc.Arbitrary<HostileRequest>;
  /** Whether its mutations may be applied (odd but valid writes into the caller's own workshop). */
  mayApply?: boolean;
}

export const PROPERTIES: FuzzProperty[] = [
  { name: 'hostile envelopes and mutations', share: 0.4, arbitrary: (w) => hostileEnvelope(w).map(asRequest) },
  { name: 'well-formed writes by callers that may not make them', share: 0.15, arbitrary: (w) => unauthorizedWrite(w).map(asRequest) },
  { name: 'damaged, mislabelled, compressed and oversized bodies', share: 0.15, arbitrary: hostileBody },
  { name: 'any method on any path', share: 0.15, arbitrary: otherRoute },
  { name: 'odd but possibly valid writes into a workshop of ones own', share: 0.15, arbitrary: (w) => oddWrite(w).map(asRequest), mayApply: true },
  { name: 'hostile proofs of who sends a request and who wrote a change it relays', share: 0.1, arbitrary: (w) => hostileProof(w).map(asRequest) },
];

/** What a case looks like in a failure report: never the whole of a 2 MiB body. */
export function described(req: HostileRequest): HostileRequest {
  const body = req.body === undefined ? '(none)' : typeof req.body === 'string' ? req.body : new TextDecoder().decode(req.body.subarray(0, 2_000));
  const size = req.body === undefined ? 0 : typeof req.body === 'string' ? req.body.length : req.body.length;
  const text = `${req.label}: ${req.method} ${req.path} ${JSON.stringify(req.headers).slice(0, 300)} body(${size}) ${body.slice(0, 600)}${size > 600 ? '…' : ''}`;
  return Object.assign(Object.create(null) as object, req, { [fc.toStringMethod]: () => text });
}

export interface FuzzStats {
  cases: number;
  /** Answers by status and code, and the acknowledgements inside 200s. */
  statuses: Map<string, number>;
  slowest: { label: string; ms: number };
}
export const newStats = (): FuzzStats => ({ cases: 0, statuses: new Map(), slowest: { label: '', ms: 0 } });

function timeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms (a hang?): ${what}`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/**
 * The check run on every case: an acceptable answer (see `judge`), within the time limit, then no
 * polluted prototype and a server that still answers /api/health.
 */
export function caseCheck(t: FuzzTarget, prop: FuzzProperty, stats: FuzzStats, timeoutMs = 15_000) {
  const intact = prototypeBaseline();
  return async (req: HostileRequest): Promise<void> => {
    const started = performance.now();
    const answer = await timeout(t.send(req).then(read), timeoutMs, req.label);
    const ms = performance.now() - started;
    stats.cases++;
    const count = (key: string) => stats.statuses.set(key, (stats.statuses.get(key) ?? 0) + 1);
    count(`${answer.status}${answer.code ? ` ${answer.code}` : ''}`);
    if (answer.status === 200 && answer.text.startsWith('{"protocolVersion"')) {
      for (const ack of syncResponseSchema().safeParse(JSON.parse(answer.text)).data?.acks ?? []) count(`ack ${ack.status}${ack.code ? ` ${ack.code}` : ''}`);
    }
    if (ms > stats.slowest.ms) stats.slowest = { label: req.label, ms };
    const problem = judge(req, answer, prop.mayApply);
    if (problem) throw new Error(`${req.label}: ${problem}`);
    const polluted = intact();
    if (polluted) throw new Error(`${req.label}: prototype polluted: ${polluted}`);
    const health = await timeout(t.send({ label: 'health', method: 'GET', path: '/api/health', headers: {} }), timeoutMs, 'health after the case');
    if (health.status !== 200) throw new Error(`${req.label}: /api/health answered ${health.status} afterwards`);
  };
}

/** Every record `key` pulls must pass its kind's schema (the server never hands out a broken record). */
export async function recordsValid(t: FuzzTarget, key: string): Promise<string | undefined> {
  for (const [at, change] of await t.pullAll(key, 'validator')) {
    const parsed = RECORD_KINDS[change.kind].schema().safeParse(change.record);
    if (!parsed.success) return `${at} breaks its schema: ${parsed.error.message.slice(0, 300)}`;
  }
  return undefined;
}

/** The first difference between two snapshots, or undefined when they hold the same records. */
export function snapshotDiff(before: Map<string, unknown>, after: Map<string, unknown>): string | undefined {
  for (const [k, v] of before) {
    if (!after.has(k)) return `${k} is gone`;
    if (JSON.stringify(v) !== JSON.stringify(after.get(k))) return `${k} changed: ${JSON.stringify(v).slice(0, 300)} -> ${JSON.stringify(after.get(k)).slice(0, 300)}`;
  }
  for (const k of after.keys()) if (!before.has(k)) return `${k} appeared: ${JSON.stringify(after.get(k)).slice(0, 300)}`;
  return undefined;
}
