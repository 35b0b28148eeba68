// Property-based fuzzing of the API with hostile input (fast-check). Each property runs a bounded,
// seeded number of cases; `npm run bench:fuzz` runs many more. Reproduce a failure with the seed it
// prints: FUZZ_SEED=<seed> npx vitest run tests/unit/server/fuzz-sync.test.ts
//
// For every case: never a 5xx (a 4xx with a stable code, or a 200 whose mutations are rejected),
// an answer within the time limit, /api/health still answers, Object.prototype is not polluted;
// after each property, the owner's full pull returns exactly the records seeded before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { syncResponseSchema } from '../../../src/shared/sync/protocol.ts';
import { asRequest, PROOF_BASES, proofCase } from './fuzz-arbitraries.ts';
import { caseCheck, described, newStats, PROPERTIES, recordsValid } from './fuzz-run.ts';
import { openFuzzTarget, type FuzzTarget } from './fuzz-world.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_310);
/** Cases per backend, shared among the properties by their `share`. */
const RUNS = { sqlite: 300, postgres: 120 };

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('PostgreSQL fuzzing skipped: set TEST_DATABASE_URL (".ci/run" does) to run it.');

for (const backend of [
  { name: 'sqlite' as const, url: undefined },
  { name: 'postgres' as const, url: pgUrl },
]) {
  describe.skipIf(backend.name === 'postgres' && !pgUrl)(`fuzzing /api over ${backend.name} (FUZZ_SEED=${SEED})`, () => {
    let t: FuzzTarget;
    let seeded: Map<string, unknown>;
    beforeAll(async () => {
      t = await openFuzzTarget(backend.url);
      seeded = await t.snapshot();
    }, 60_000);
    afterAll(() => t?.close());

    it('seeds records of every kind to protect', () => {
      expect([...new Set([...seeded.keys()].map((k) => k.split(':')[0]))].sort()).toEqual([
        'action',
        'agendaItem',
        'assessment',
        'framework',
        'lostValue',
        'note',
        'organisation',
        'participant',
        'practice',
        'project',
        'score',
        'swot',
        'workshop',
      ]);
    });

    for (const prop of PROPERTIES) {
      it(
        prop.name,
        async () => {
          const numRuns = Math.max(10, Math.round(RUNS[backend.name] * prop.share));
          const check = caseCheck(t, prop, newStats());
          try {
            await fc.assert(fc.asyncProperty(prop.arbitrary(t.world).map(described), check), { numRuns, seed: SEED });
          } catch (err) {
            const cause = (err as { cause?: { message?: string } }).cause?.message ?? '';
            throw new Error(`fuzz property "${prop.name}" failed; rerun with FUZZ_SEED=${SEED}\n${cause.slice(0, 1_000)}\n${(err as Error).message.slice(0, 4_000)}`);
          }
          // nothing stored before changed, nothing appeared in the owner's workshop
          expect(await t.snapshot()).toEqual(seeded);
          if (prop.mayApply) expect(await recordsValid(t, t.world.keys.other)).toBeUndefined();
        },
        60_000,
      );
    }
  });
}

describe('the proof cases of the fuzzing', () => {
  it('are each a change that is applied when its proof is intact, so a refusal is the flaw’s alone', async () => {
    const t = await openFuzzTarget();
    try {
      for (const [i, base] of PROOF_BASES.entries()) {
        const intact = proofCase(t.world, {
          base,
          flaw: 'none',
          mutationId: uuidv7(),
          after: i * 1_000,
          otherPick: 0,
          sig86: '',
          key87: '',
          mac43: '',
          offCurve: new Uint8Array(64),
          header: '',
          value: null,
          workshop: uuidv7(),
        });
        const res = await t.send(asRequest(intact));
        expect(res.status, base).toBe(200);
        expect(
          syncResponseSchema()
            .parse(await res.json())
            .acks.map((a) => a.code ?? a.status),
          base,
        ).toEqual(['applied']);
      }
    } finally {
      await t.close();
    }
  }, 60_000);
});
