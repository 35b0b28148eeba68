// Fuzzing the API with many more hostile cases than the unit test runs (the same properties, see
// tests/unit/server/fuzz-run.ts), in-process over SQLite, and over PostgreSQL when
// TEST_DATABASE_URL is set. Prints the cases run, the statuses and codes seen, the time taken, and
// any failure with the seed that reproduces it. Exits 1 on a failure.
// Usage: npm run bench:fuzz                         (FUZZ_RUNS=5000 cases per database)
//        FUZZ_RUNS=20000 FUZZ_SEED=123 npm run bench:fuzz
import fc from 'fast-check';
import { caseCheck, described, newStats, PROPERTIES, recordsValid, snapshotDiff, type FuzzStats } from '../tests/unit/server/fuzz-run.ts';
import { openFuzzTarget } from '../tests/unit/server/fuzz-world.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** The owner's records are compared with the seeded ones after every chunk of this many cases. */
const CHUNK = 500;

// The server logs every fault it answers with a 500; a failure below reports it, so keep the output short.
const faults: string[] = [];
console.error = (...args: unknown[]) => void faults.push(args.map(String).join(' ').slice(0, 500));

interface Row {
  db: string;
  property: string;
  cases: number;
  ms: number;
  stats: FuzzStats;
  failure?: string;
}

async function fuzz(db: 'sqlite' | 'postgres', url?: string): Promise<Row[]> {
  const t = await openFuzzTarget(url);
  const seeded = await t.snapshot();
  const rows: Row[] = [];
  try {
    for (const prop of PROPERTIES) {
      const total = Math.max(1, Math.round(RUNS * prop.share));
      const stats = newStats();
      const row: Row = { db, property: prop.name, cases: 0, ms: 0, stats };
      rows.push(row);
      const started = performance.now();
      // Chunks with seeds derived from the run's seed, so a failure names the one seed to rerun.
      for (let done = 0, chunk = 0; done < total && !row.failure; done += CHUNK, chunk++) {
        const seed = (SEED + chunk * 7_919) % 2 ** 31;
        const out = await fc.check(fc.asyncProperty(prop.arbitrary(t.world).map(described), caseCheck(t, prop, stats)), { numRuns: Math.min(CHUNK, total - done), seed });
        if (out.failed) {
          const cause = out.errorInstance instanceof Error ? out.errorInstance.message : String(out.errorInstance);
          row.failure = `seed ${seed} (chunk ${chunk} of FUZZ_SEED=${SEED}), path ${out.counterexamplePath}: ${cause.slice(0, 600)}\n    case: ${String(out.counterexample?.[0] ? fc.stringify(out.counterexample[0]) : '').slice(0, 800)}${faults.length ? `\n    server log: ${faults.at(-1)}` : ''}`;
        }
        const diff = snapshotDiff(seeded, await t.snapshot());
        if (diff && !row.failure) row.failure = `stored records changed (seed ${seed}): ${diff}`;
      }
      if (prop.mayApply && !row.failure) {
        const broken = await recordsValid(t, t.world.keys.other);
        if (broken) row.failure = `a stored record breaks its schema: ${broken}`;
      }
      row.cases = stats.cases;
      row.ms = performance.now() - started;
    }
  } finally {
    await t.close();
  }
  return rows;
}

const rows = await fuzz('sqlite');
if (process.env.TEST_DATABASE_URL) rows.push(...(await fuzz('postgres', process.env.TEST_DATABASE_URL)));
else console.log('PostgreSQL skipped: set TEST_DATABASE_URL to fuzz it too.');

console.log(`\nFuzzing /api: FUZZ_RUNS=${RUNS} per database, FUZZ_SEED=${SEED}\n`);
console.log(['database', 'property', 'cases', 'time', 'per case', 'slowest case'].join(' | '));
for (const r of rows) {
  console.log(
    [r.db, r.property, r.cases, `${(r.ms / 1000).toFixed(1)} s`, `${(r.ms / Math.max(1, r.cases)).toFixed(1)} ms`, `${r.stats.slowest.ms.toFixed(0)} ms (${r.stats.slowest.label})`].join(' | '),
  );
}
const statuses = new Map<string, number>();
for (const r of rows) for (const [k, n] of r.stats.statuses) statuses.set(k, (statuses.get(k) ?? 0) + n);
console.log(
  `\nstatuses seen: ${[...statuses]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k}: ${n}`)
    .join(', ')}`,
);
const total = rows.reduce((n, r) => n + r.cases, 0);
const ms = rows.reduce((n, r) => n + r.ms, 0);
console.log(`${total} cases in ${(ms / 1000).toFixed(1)} s`);
const failed = rows.filter((r) => r.failure);
for (const r of failed) console.log(`\nFAILED ${r.db} / ${r.property}: ${r.failure}`);
console.log(failed.length ? `\n${failed.length} properties failed` : '\nno failures');
process.exit(failed.length ? 1 : 0);
