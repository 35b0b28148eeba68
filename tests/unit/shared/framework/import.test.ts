import { describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../src/shared/framework/default-tuoc.ts';
import { frameworkToJson, parseFrameworkJson } from '../../../../src/shared/framework/import.ts';
import { frameworkItems } from '../../../../src/shared/framework/schema.ts';
import { TUOC_ITEMS } from '../../../../src/shared/tuoc.ts';

describe('framework documents', () => {
  it('the default TUOC framework is valid and names every TUOC capacity and principle', () => {
    const r = parseFrameworkJson(frameworkToJson(DEFAULT_TUOC));
    expect(r.ok).toBe(true);
    expect(frameworkItems(DEFAULT_TUOC).map((i) => i.id)).toEqual([...TUOC_ITEMS]);
    expect(DEFAULT_TUOC.scale.labels).toHaveLength(5);
  });

  it('round-trips through export and import unchanged', () => {
    const r = parseFrameworkJson(frameworkToJson(DEFAULT_TUOC));
    expect(r.ok && r.framework).toEqual(DEFAULT_TUOC);
  });

  it('lists every problem of a malformed file and returns nothing', () => {
    type Loose = { version: number; scale: { labels: unknown[] }; groups: { items: { id: string }[]; label: unknown }[]; extra?: boolean };
    const bad = structuredClone(DEFAULT_TUOC) as unknown as Loose;
    bad.version = 0;
    bad.scale.labels.pop();
    bad.groups[0]!.items[1]!.id = 'collective-bargaining';
    bad.groups[1]!.label = { fr: 'Capacités internes' };
    bad.extra = true;
    const r = parseFrameworkJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    const where = !r.ok ? r.problems.map((p) => p.path.join('.')) : [];
    expect(where).toEqual(expect.arrayContaining(['version', 'scale.labels', 'groups.1.label.en', '']));
    expect(!r.ok && r.problems.some((p) => p.code === 'unrecognized_keys')).toBe(true);
  });

  it('refuses what is not JSON or far too big', () => {
    expect(parseFrameworkJson('{ nope')).toMatchObject({ ok: false, problems: [{ code: 'invalid_json' }] });
    expect(parseFrameworkJson(' '.repeat(600_000))).toMatchObject({ ok: false, problems: [{ code: 'too_big' }] });
  });
});
