import { describe, expect, it } from 'vitest';
import { workshopSchema } from '../../../src/shared/schemas/records.ts';
import { encodeHlc } from '../../../src/shared/hlc.ts';
import { uuidv7 } from '../../../src/shared/ids.ts';
import { LIMITS } from '../../../src/shared/schemas/fields.ts';

const device = 'aaaabbbbccccddddeeeeffffgggghhhh';
const stamp = encodeHlc({ wall: Date.UTC(2026, 2, 10), count: 0, node: device });
const workshopId = uuidv7();
/** What every synced workshop carries besides its fields. */
const system = { id: workshopId, workshopId, createdAt: stamp, updatedAt: stamp, deviceId: device, deleted: false };

const valid = {
  ...system,
  title: 'Extending social protection to informal-economy workers',
  theme: 'social-protection',
  startDate: '2026-03-10',
  endDate: '2026-03-11',
  venue: 'Thiès',
  country: 'SN',
  languages: ['fr', 'en'],
  facilitators: [],
  objectives: '',
  projectIds: [],
  status: 'planned' as const,
};

describe('workshop schema', () => {
  it('accepts a complete workshop and trims the title', () => {
    const out = workshopSchema().parse({ ...valid, title: '  Atelier  ' });
    expect(out.title).toBe('Atelier');
  });

  it('explains each problem by field', () => {
    const r = workshopSchema().safeParse({ ...valid, title: '   ', startDate: '2026-02-30', country: 'Senegal' });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['country', 'startDate', 'title']);
  });

  it('refuses an end date before the start and over-long text', () => {
    const r = workshopSchema().safeParse({ ...valid, endDate: '2026-03-01' });
    expect(r.error?.issues[0]?.path).toEqual(['endDate']);
    const long = workshopSchema().safeParse({ ...valid, title: 'x'.repeat(LIMITS.title + 1) });
    expect(long.error?.issues[0]?.code).toBe('too_big');
  });

  it('refuses unknown fields (strict records)', () => {
    expect(workshopSchema().safeParse({ ...valid, __proto__: { admin: true }, role: 'admin' }).success).toBe(false);
  });
});
