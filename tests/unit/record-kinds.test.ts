import 'fake-indexeddb/auto';
import { delegateIdFor } from '../../src/shared/identity/derived-id.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS, RECORD_KIND_NAMES, type RecordKind } from '../../src/shared/schemas/kinds.ts';
import { FIELD_LABELS, KIND_RULES, kindAccess } from '../../src/shared/schemas/kind-rules.ts';
import type { Mutation } from '../../src/shared/schemas/mutation.ts';
import { SCHEMA_VERSIONS } from '../../src/app/core/db/schema-versions.ts';
import { openLocalStore } from '../../src/app/core/db/store.ts';
import { sharedLostValues, workshopLostValues } from '../../src/app/core/db/lost-values.ts';
import { TABLE_NAMES } from '../../src/app/features/report/export/tables.ts';
import { loadWorkshopBundle } from '../../src/app/features/report/export/bundle.ts';
import { DEFAULT_TUOC } from '../../src/shared/framework/default-tuoc.ts';
import { participantDenies } from '../../src/shared/rights/participant-denies.ts';
import type { BatchView } from '../../src/shared/rights/batch-view.ts';
import { en } from '../../src/app/i18n/en/index.ts';
import { fr } from '../../src/app/i18n/fr/index.ts';
import { es } from '../../src/app/i18n/es/index.ts';
import { pt } from '../../src/app/i18n/pt/index.ts';
import { ar } from '../../src/app/i18n/ar/index.ts';
import { workshopFields } from '../support/workshop-fields.ts';

/**
 * Everything a record kind needs, checked for every kind of the registry (src/shared/schemas/kinds.ts and kind-rules.ts):
 * its schema, its registry fields, its device table, its access rule, its export table, its
 * feature folder, its words in all five languages, and a place where its lost values show.
 * Adding a kind without one of these fails here (README.md, "Adding a record kind").
 */
const DICTIONARIES = { en, fr, es, pt, ar } as Record<string, unknown>;
const FEATURES = join(import.meta.dirname, '../../src/app/features');

/** A dictionary's words at a dotted key, or undefined. */
const wordsAt = (dictionary: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), dictionary);
const shapeOf = (kind: RecordKind): Record<string, unknown> => RECORD_KINDS[kind].schema().shape;
/** The fields an index string names: `[a+b]` names a and b; the primary key comes first. */
const indexedFields = (indexes: string) =>
  indexes
    .split(',')
    .map((s) => s.trim().replace(/^[&*+]+/, ''))
    .flatMap((s) => s.replace(/^\[|\]$/g, '').split('+'));

describe.each(RECORD_KIND_NAMES)('record kind %s', (kind) => {
  const entry = { ...RECORD_KINDS[kind], ...KIND_RULES[kind] };

  it('has a schema with its system fields and its scope field, and a size bound', () => {
    const shape = shapeOf(kind);
    for (const field of ['id', 'createdAt', 'updatedAt', 'deviceId', 'deleted', entry.scope]) expect(Object.keys(shape), field).toContain(field);
    expect(entry.maxBytes).toBeGreaterThanOrEqual(16 * 1024);
  });

  it('has a device table: its index string names the primary key first, then fields of its schema (or the device keeps itself), its scope among them', () => {
    const fields = indexedFields(entry.indexes);
    expect(fields[0]).toBe('id');
    // A note's kind while it is live (core/db/live-kinds.ts): the one field the device adds.
    const deviceFields = kind === 'note' ? ['liveKind'] : [];
    for (const field of fields) expect([...Object.keys(shapeOf(kind)), ...deviceFields], field).toContain(field);
    // A workshop scopes itself: its id is its scope.
    if (kind !== 'workshop') expect(fields).toContain(entry.scope);
  });

  it('has an access rule the server applies: who writes it, and what a participant reads of it', () => {
    const access = kindAccess(kind);
    expect(['facilitator', 'participant', 'server']).toContain(access.writers);
    expect(['workshop', 'facilitator', 'own']).toContain(access.participantReads);
    if (access.ownReference) {
      expect(access.writers).toBe('participant');
      expect(RECORD_KIND_NAMES).toContain(access.ownReference.kind);
      expect(Object.keys(shapeOf(kind))).toContain(access.ownReference.field);
    }
    for (const field of access.curation ?? []) expect(Object.keys(shapeOf(kind))).toContain(field);
    for (const ref of access.references ?? []) {
      expect(RECORD_KIND_NAMES).toContain(ref.kind);
      expect(Object.keys(shapeOf(kind))).toContain(ref.field);
    }
    // A participant's device writes a new record of the kind in its workshop only if the entry says so
    // (a delegation has its one id per device and workshop).
    const view: BatchView = { merged: () => undefined, record: () => undefined };
    const m = { kind, scope: 'w1', deviceId: 'phone', recordId: kind === 'delegate' ? delegateIdFor('w1', 'phone') : 'r1', op: 'upsert', patch: {} } as unknown as Mutation;
    expect(participantDenies('w1', 'phone')(m, undefined, view)).toBe(access.writers === 'participant' ? undefined : 'forbidden');
  });

  it('is in its export table, or says it has none, with the table named in all five languages', async () => {
    if (entry.exportTable === null) return;
    expect(TABLE_NAMES).toContain(entry.exportTable);
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) expect(wordsAt(dictionary, `exports.sheets.${entry.exportTable}`), lang).toEqual(expect.stringMatching(/\S/));
  });

  it('is named in all five languages', () => {
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) expect(wordsAt(dictionary, entry.label), lang).toEqual(expect.stringMatching(/\S/));
  });

  it("names each field a form shows by that form's label, in all five languages", () => {
    const labels: Record<string, string | undefined> = FIELD_LABELS[kind];
    for (const [field, key] of Object.entries(labels)) {
      for (const [lang, dictionary] of Object.entries(DICTIONARIES)) expect(wordsAt(dictionary, key!), `${lang} ${field}`).toEqual(expect.stringMatching(/\S/));
    }
  });

  it('has its feature folder', () => {
    const dir = join(FEATURES, entry.feature);
    expect(existsSync(dir), dir).toBe(true);
    expect(
      readdirSync(dir).some((f) => f.endsWith('.tsx')),
      dir,
    ).toBe(true);
  });
});

describe('the record-kind registry', () => {
  it('is what the device database holds: one table per kind with its index string, besides the outbox, meta and photo files', () => {
    const stores: Record<string, string | null> = {};
    for (const v of SCHEMA_VERSIONS) Object.assign(stores, v.stores);
    const tables = Object.fromEntries(Object.entries(stores).filter(([name, indexes]) => indexes !== null && name !== 'outbox' && name !== 'meta' && name !== 'photoFile'));
    expect(tables).toEqual(Object.fromEntries(RECORD_KIND_NAMES.map((k) => [k, KIND_RULES[k].indexes])));
  });

  it('gives every exported kind its own table name, and the workshop bundle every listed kind', async () => {
    const tables = RECORD_KIND_NAMES.flatMap((k) => KIND_RULES[k].exportTable ?? []);
    expect(new Set(tables).size).toBe(tables.length);
    const store = await openLocalStore(`kinds-${Math.random()}`);
    try {
      const w = await store.repos.workshop.create(workshopFields('Kinds', { startDate: '2026-01-01', status: 'planned' }));
      const bundle = (await loadWorkshopBundle(store, w.id, DEFAULT_TUOC)) as unknown as Record<string, unknown>;
      for (const table of tables) expect(bundle[table], table).toBeDefined();
    } finally {
      store.close();
    }
  });

  it('shows lost values of every kind they can concern: a workshop those of its records, Settings those of records shared across workshops', async () => {
    const store = await openLocalStore(`kinds-lost-${Math.random()}`);
    try {
      const workshopId = '0190a000-0000-7000-8000-0000000000a1';
      const ownerId = '0190a000-0000-7000-8000-0000000000b2';
      const stamp = '001764000000000-000000-serverdevice';
      const concerned = RECORD_KIND_NAMES.filter((k) => kindAccess(k).writers !== 'server');
      for (const [i, kind] of concerned.entries()) {
        const id = `0190a000-0000-7000-8000-${String(i).padStart(12, '0')}`;
        await store.db.recordTable('lostValue').put({
          id,
          createdAt: stamp,
          updatedAt: stamp,
          deviceId: 'serverdevice',
          deleted: false,
          workshopId: RECORD_KINDS[kind].scope === 'workshopId' ? workshopId : ownerId,
          recordKind: kind,
          recordId: id,
          field: 'title',
          value: 'before',
          stamp,
          lostDeviceId: 'd1',
          winnerStamp: stamp,
          winnerDeviceId: 'd2',
        });
      }
      const shown = [...(await workshopLostValues(store, workshopId)), ...(await sharedLostValues(store))].map((l) => l.recordKind);
      expect(shown.sort()).toEqual([...concerned].sort());
    } finally {
      store.close();
    }
  });
});
