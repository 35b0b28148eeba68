// Hostile mutations for fuzzing. Every one carries at least one defect that must get it refused: a
// field the mutation schema refuses (the request gets a 400), or a value its record kind refuses
// (the mutation is acknowledged `rejected`), so none may ever be applied.
import fc from 'fast-check';
import { decodeHlc, encodeHlc } from '../../../src/shared/hlc.ts';
import { RECORD_KINDS, type RecordKind } from '../../../src/shared/schemas/kinds.ts';
import { mutationSchema } from '../../../src/shared/schemas/mutation.ts';
import { isIgnoredField } from '../../../src/shared/sync/merge.ts';
import { isUnsetJ, Obj, parsedBack, toJ, tooDeep, type J } from './fuzz-json.ts';
import { deepValue, hostileKey, hostileValue, id7 } from './fuzz-values.ts';
import { stampAt, type SeededRecord, type World } from './fuzz-world.ts';

const MUTATION_FIELDS = ['mutationId', 'deviceId', 'seq', 'kind', 'recordId', 'scope', 'op', 'hlc', 'base', 'patch', 'sig'] as const;
type MutationField = (typeof MUTATION_FIELDS)[number];
const mutationShape: Record<MutationField, { safeParse(v: unknown): { success: boolean } }> = mutationSchema().shape;
const kindShape = (kind: RecordKind): Record<string, { safeParse(v: unknown): { success: boolean } }> => RECORD_KINDS[kind].schema().shape;

/** Fields of a kind a patch may carry (the rest the merge derives). */
export const editable = (kind: RecordKind) => Object.keys(kindShape(kind)).filter((f) => !isIgnoredField(f));

/** A defect that gets a mutation refused whatever the record holds: one its schema or its kind refuses. */
type Poison = { at: 'mutation'; field: MutationField; value: J | undefined } | { at: 'mutation-extra'; key: string; value: J } | { at: 'patch'; field: string; value: J };

const refusedBy = (schema: { safeParse(v: unknown): { success: boolean } }) => (v: J) => {
  try {
    return !schema.safeParse(parsedBack(v)).success;
  } catch {
    return true; // a value that does not parse back (deep nesting) is refused before any schema
  }
};

/**
 * A defect of the mutation (`schema`: the request is refused whole with a 400), or of its record
 * only (`store`: the request is valid, the merge and the store see the mutation and must refuse it).
 */
function poison(kind: RecordKind, level: 'schema' | 'store'): fc.Arbitrary<Poison> {
  const fields = editable(kind);
  const refusedValue = (field: string) => hostileValue.filter((v) => refusedBy(kindShape(kind)[field]!)(v) && !isUnsetJ(v) && !tooDeep(v));
  const unknownField = fc
    .tuple(
      hostileKey.filter((k) => !isIgnoredField(k) && !Object.hasOwn(kindShape(kind), k)),
      hostileValue.filter((v) => !isUnsetJ(v) && !tooDeep(v)),
    )
    .map(([field, value]): Poison => ({ at: 'patch', field, value }));
  if (level === 'store') {
    return fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...fields).chain((field) => refusedValue(field).map((value): Poison => ({ at: 'patch', field, value }))) },
      { weight: 1, arbitrary: unknownField },
    );
  }
  return fc.oneof(
    // a mutation field of the wrong type or shape, or missing
    fc.constantFrom(...MUTATION_FIELDS).chain((field) =>
      fc.oneof(
        { weight: 5, arbitrary: hostileValue.filter(refusedBy(mutationShape[field])).map((value): Poison => ({ at: 'mutation', field, value })) },
        // a missing field (`base` and `sig` are optional: leaving one out is no defect)
        { weight: 1, arbitrary: fc.constant<Poison>(field === 'base' || field === 'sig' ? { at: 'mutation', field: 'seq', value: undefined } : { at: 'mutation', field, value: undefined }) },
      ),
    ),
    // an extra key on the mutation (the schema is strict)
    fc
      .tuple(
        hostileKey.filter((k) => !(MUTATION_FIELDS as readonly string[]).includes(k) && k !== '__proto__'),
        hostileValue,
      )
      .map(([key, value]): Poison => ({ at: 'mutation-extra', key, value })),
    // nesting deeper than any record has, in a field of the record
    fc.constantFrom(...fields).chain((field) => deepValue.map((value): Poison => ({ at: 'patch', field, value }))),
  );
}

/** Valid patches of a few fields per kind, the background a defect hides in. */
export function validFields(kind: RecordKind, record: SeededRecord): Record<string, unknown> {
  const s = record.scope;
  const by: Partial<Record<RecordKind, Record<string, unknown>>> = {
    workshop: { title: 'Renamed', venue: 'Kaolack', languages: ['fr', 'wo'] },
    organisation: { name: 'UNSAS', acronym: 'UNSAS' },
    participant: { name: 'Moussa', consent: false },
    note: { text: 'changed', kind: 'quote' },
    practice: { title: 'Curated', status: 'reviewed', compendiumOrder: 1 },
    agendaItem: { title: 'Closing', minutes: 45 },
    swot: { quadrant: 'threat' },
    action: { status: 'done' },
    project: { title: 'Renamed project', countries: ['GH'] },
    framework: { name: 'Renamed framework', version: 2 },
    assessment: { submitted: true },
    score: { value: 5, comment: 'ok' },
  };
  return { ...(kind === 'workshop' ? { workshopId: s } : {}), ...(by[kind] ?? {}) };
}

interface MutationPlan {
  record: SeededRecord;
  /** A fresh record id in the seeded record's scope, instead of the seeded record. */
  fresh: string | undefined;
  background: string[];
  poisons: Poison[];
  noise: [string, J][];
  /** When the change is stamped; the stamp names its writer (`deviceId`), as a stamp must. */
  time: { wall: number; count: number };
  mutationId: string;
  deviceId: string;
  op: 'upsert' | 'delete';
  base?: string;
}

/**
 * One hostile mutation against a seeded record (or a new one beside it), as J. `device` gives the
 * writer's id (a test device's proven id, or a hostile string); its stamp names that writer.
 */
export function hostileMutation(world: World, device: fc.Arbitrary<string>, level: 'schema' | 'store'): fc.Arbitrary<J> {
  // when: as the seeding's writes (sent again by their writer, the same stamp), at edges, or any time
  const times = fc.oneof(
    fc.constantFrom(...world.stamps.map((s) => ({ wall: decodeHlc(s).wall, count: decodeHlc(s).count }))),
    fc.constantFrom(0, 1, Date.UTC(2026, 2, 10) - 1, Date.UTC(2026, 2, 10) + 1, 253402300799999).map((wall) => ({ wall, count: 0 })),
    fc.constant({ wall: 999_999_999_999_999, count: 999_999 }),
    fc.integer({ min: 0, max: 999_999_999_999_999 }).map((wall) => ({ wall, count: 0 })),
  );
  // what the writer had seen: any device's stamps
  const stamps = fc.oneof(
    fc.constantFrom(...world.stamps),
    fc.constantFrom(stampAt(0), stampAt(1), stampAt(Date.UTC(2026, 2, 10) - 1), stampAt(Date.UTC(2026, 2, 10) + 1), stampAt(253402300799999), stampAt(999_999_999_999_999, 'zzzz', 999_999)),
    fc.integer({ min: 0, max: 999_999_999_999_999 }).map((w) => stampAt(w, 'deviceZ')),
  );
  return fc
    .record({
      record: fc.constantFrom(...world.records),
      fresh: fc.option(id7, { nil: undefined, freq: 3 }),
      background: fc.subarray(['a', 'b', 'c']),
      poisonCount: fc.integer({ min: 1, max: 2 }),
      noise: fc.array(
        fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'createdAt', 'updatedAt', 'deviceId'), level === 'store' ? hostileValue.filter((v) => !tooDeep(v)) : hostileValue),
        { maxLength: 3 },
      ),
      time: times,
      mutationId: fc.oneof({ weight: 4, arbitrary: id7 }, { weight: 1, arbitrary: fc.constantFrom(...world.mutationIds) }),
      deviceId: device,
      op: fc.constantFrom('upsert' as const, 'delete' as const),
      base: fc.option(stamps, { nil: undefined }),
    })
    .chain((p) => fc.array(poison(p.record.kind, level), { minLength: p.poisonCount, maxLength: p.poisonCount }).map((poisons): MutationPlan => ({ ...p, poisons })))
    .map((plan) => buildMutation(plan));
}

function buildMutation(plan: MutationPlan): J {
  const { record } = plan;
  const valid = validFields(record.kind, record);
  const patch: [string, J][] = Object.entries(valid)
    .filter((_, i) => plan.background.length > i % 3)
    .map(([k, v]) => [k, toJ(v)]);
  patch.push(...plan.noise);
  const fields: [string, J | undefined][] = [
    ['mutationId', plan.mutationId],
    ['deviceId', plan.deviceId],
    ['seq', 1],
    ['kind', record.kind],
    ['recordId', plan.fresh ?? record.id],
    ['scope', record.scope],
    ['op', plan.op],
    ['hlc', encodeHlc({ ...plan.time, node: plan.deviceId })],
    ['base', plan.base],
    ['patch', null],
    ['sig', undefined],
  ];
  const extra: [string, J][] = [];
  for (const p of plan.poisons) {
    if (p.at === 'patch') patch.push([p.field, p.value]);
    else if (p.at === 'mutation-extra') extra.push([p.key, p.value]);
    else {
      const i = fields.findIndex(([k]) => k === p.field);
      fields[i] = [p.field, p.value];
    }
  }
  const patchValue = fields.find(([k]) => k === 'patch');
  if (patchValue && patchValue[1] === null) patchValue[1] = new Obj(patch);
  return new Obj([...fields.filter((f): f is [string, J] => f[1] !== undefined), ...extra]);
}
