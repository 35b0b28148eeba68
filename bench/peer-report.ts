// What bench/peer.ts prints: each variant's medians over the repetitions, PouchDB's best batch size
// per link, and PouchDB ÷ ours with and without request compression, against the targets.
import type { NoteDraft } from './device.ts';
import { gzipRatio } from './note-corpus.ts';
import { kb, seconds, type Leg, type PlainRecord } from './replicate.ts';
import type { LinkProfile } from './slow-proxy.ts';

/** Who replicates, and how: PouchDB's batch size; whether request bodies are gzipped. */
export interface Variant {
  protocol: 'ours' | 'PouchDB';
  batch?: number;
  gzip: boolean;
}

export interface Run {
  link: string;
  variant: Variant;
  rep: number;
  push: Leg;
  pull: Leg;
  encodings: string;
}

/** Time on loopback is CPU; on a 300 ms link it is round trips: the targets differ. */
const timeTarget = (p: LinkProfile) => (p.rttMs === 0 ? 5 : 20);
const BYTES_TARGET = 5;

const total = (r: Run): Leg => ({
  ms: r.push.ms + r.pull.ms,
  up: r.push.up + r.pull.up,
  down: r.push.down + r.pull.down,
  requests: r.push.requests + r.pull.requests,
  connections: r.push.connections + r.pull.connections,
  serverCpuMs: r.push.serverCpuMs + r.pull.serverCpuMs,
  clientCpuMs: r.push.clientCpuMs + r.pull.clientCpuMs,
});
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const label = (v: Variant) => `${v.protocol}${v.batch ? ` ${v.batch}` : ''}, ${v.gzip ? 'gzip' : 'plain'}`;
const same = (a: Variant, b: Variant) => a.protocol === b.protocol && (a.batch ?? 0) === (b.batch ?? 0) && a.gzip === b.gzip;
const of = (runs: readonly Run[], link: string, v: Variant) => runs.filter((r) => r.link === link && same(r.variant, v));

/** PouchDB's batch size with the lowest median time on `link` (plain requests, as it ships). */
export function bestBatch(runs: readonly Run[], link: string): number {
  const plain = runs.filter((r) => r.link === link && r.variant.protocol === 'PouchDB' && !r.variant.gzip);
  const batches = [...new Set(plain.map((r) => r.variant.batch!))];
  const time = (b: number) => median(plain.filter((r) => r.variant.batch === b).map((r) => total(r).ms));
  return batches.reduce((best, b) => (time(b) < time(best) ? b : best));
}

export function printCorpus(notes: readonly NoteDraft[], records: readonly PlainRecord[]): void {
  const texts = gzipRatio(notes.map((n) => n.text).join('\n'));
  const json = gzipRatio(records.map((r) => JSON.stringify(r)).join('\n'));
  console.log(
    `Notes from the field scenario's five languages and lengths, each different: ${notes.length.toLocaleString('en')} notes, ` +
      `${kb(texts.bytes)} of text (gzip ${texts.ratio.toFixed(1)}x); the records ${kb(json.bytes)} as JSON (gzip ${json.ratio.toFixed(1)}x).`,
  );
}

export function printRuns(runs: readonly Run[]): void {
  const head = ['link', 'variant', 'push', 'pull', 'total', 'min–max', 'up', 'down', 'up+down', 'requests', 'conns', 'server CPU', 'client CPU', 'encoding'];
  const widths = [22, 22, 9, 9, 9, 17, 10, 10, 10, 9, 6, 11, 11, 12];
  const line = (cells: string[]) => console.log(cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' '));
  line(head);
  const keys = new Map<string, Run>();
  for (const r of runs) keys.set(`${r.link}|${label(r.variant)}`, r);
  for (const first of keys.values()) {
    const rs = of(runs, first.link, first.variant);
    const m = (f: (r: Run) => number) => median(rs.map(f));
    const totals = rs.map((r) => total(r).ms);
    line([
      first.link,
      label(first.variant),
      seconds(m((r) => r.push.ms)),
      seconds(m((r) => r.pull.ms)),
      seconds(median(totals)),
      `${seconds(Math.min(...totals))}–${seconds(Math.max(...totals)).replace(' s', '')}`.replace(' s–', '–'),
      kb(m((r) => total(r).up)),
      kb(m((r) => total(r).down)),
      kb(m((r) => total(r).up + total(r).down)),
      String(m((r) => total(r).requests)),
      String(m((r) => total(r).connections)),
      seconds(m((r) => total(r).serverCpuMs)),
      seconds(m((r) => total(r).clientCpuMs)),
      first.encodings,
    ]);
  }
}

/** PouchDB at its best batch ÷ ours: ratio of the medians, and the spread of the ratios per repetition. */
export function printRatios(runs: readonly Run[], profiles: readonly LinkProfile[]): void {
  console.log(`\nPouchDB at its best batch ÷ ours (higher is better for us; targets: time 5x on loopback, 20x at 300 ms; bytes ${BYTES_TARGET}x)`);
  for (const p of profiles) {
    const batch = bestBatch(runs, p.name);
    const medians = [...new Set(runs.filter((r) => r.link === p.name && r.variant.protocol === 'PouchDB' && !r.variant.gzip).map((r) => r.variant.batch!))]
      .map((b) => `${b}: ${seconds(median(of(runs, p.name, { protocol: 'PouchDB', batch: b, gzip: false }).map((r) => total(r).ms)))}`)
      .join(', ');
    console.log(`  ${p.name}: PouchDB's best batch ${batch} (median totals ${medians})`);
    const pairs: [string, Variant, Variant][] = [
      ['as each ships (ours gzip, PouchDB plain)', { protocol: 'ours', gzip: true }, { protocol: 'PouchDB', batch, gzip: false }],
      ['neither compresses requests', { protocol: 'ours', gzip: false }, { protocol: 'PouchDB', batch, gzip: false }],
      ['both gzip requests', { protocol: 'ours', gzip: true }, { protocol: 'PouchDB', batch, gzip: true }],
    ];
    for (const [name, ov, pv] of pairs) {
      const o = of(runs, p.name, ov);
      const q = of(runs, p.name, pv);
      if (!o.length || !q.length) continue;
      const ratio = (f: (l: Leg) => number) => median(q.map((r) => f(total(r)))) / median(o.map((r) => f(total(r))));
      const perRep = o.flatMap((r) => q.filter((x) => x.rep === r.rep).map((x) => total(x).ms / total(r).ms));
      const time = ratio((l) => l.ms);
      const bytes = ratio((l) => l.up + l.down);
      const verdict = (x: number, target: number) => (x >= target ? 'met' : 'NOT met');
      console.log(
        `    ${name.padEnd(42)} time ${time.toFixed(2)}x (per repetition ${Math.min(...perRep).toFixed(2)}–${Math.max(...perRep).toFixed(2)}x, ${verdict(time, timeTarget(p))}), ` +
          `bytes ${bytes.toFixed(2)}x (${verdict(bytes, BYTES_TARGET)}), up ${ratio((l) => l.up).toFixed(2)}x, down ${ratio((l) => l.down).toFixed(2)}x, ` +
          `requests ${ratio((l) => l.requests).toFixed(2)}x, server CPU ${ratio((l) => l.serverCpuMs).toFixed(2)}x, client CPU ${ratio((l) => l.clientCpuMs).toFixed(2)}x`,
      );
    }
  }
}
