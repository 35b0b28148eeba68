import { describe, expect, it } from 'vitest';
import { workshopInputSchema } from '../../../src/shared/schemas/records.ts';
import { LIMITS } from '../../../src/shared/schemas/fields.ts';

const valid = {
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

describe('workshop input schema', () => {
  it('accepts a complete workshop and trims the title', () => {
    const out = workshopInputSchema().parse({ ...valid, title: '  Atelier  ' });
    expect(out.title).toBe('Atelier');
  });

  it('explains each problem by field', () => {
    const r = workshopInputSchema().safeParse({ ...valid, title: '   ', startDate: '2026-02-30', country: 'Senegal' });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['country', 'startDate', 'title']);
  });

  it('refuses an end date before the start and over-long text', () => {
    const r = workshopInputSchema().safeParse({ ...valid, endDate: '2026-03-01' });
    expect(r.error?.issues[0]?.path).toEqual(['endDate']);
    const long = workshopInputSchema().safeParse({ ...valid, title: 'x'.repeat(LIMITS.title + 1) });
    expect(long.error?.issues[0]?.code).toBe('too_big');
  });

  it('refuses unknown fields (strict input)', () => {
    expect(workshopInputSchema().safeParse({ ...valid, __proto__: { admin: true }, role: 'admin' }).success).toBe(false);
  });
});
