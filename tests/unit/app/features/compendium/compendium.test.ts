import { describe, expect, it } from 'vitest';
import {
  compendiumSummary,
  compendiumThemes,
  emptyFilter,
  filterChoices,
  filterEntries,
  mergeFields,
  organisationKey,
  reorder,
  themeEntries,
  type CompendiumSource,
} from '../../../../../src/app/features/compendium/compendium.ts';
import type { Organisation, Practice, Project, Workshop } from '../../../../../src/shared/schemas/records.ts';
import { projectFields } from '../../../../support/workshop-fields.ts';

let n = 0;
const sys = (createdAt = `2026-03-10-${String(++n).padStart(4, '0')}`) => ({ id: `id-${++n}`, createdAt, updatedAt: createdAt, deviceId: 'd', deleted: false });
const workshop = (title: string, theme: string, startDate: string, country = 'SN'): Workshop => {
  const s = sys();
  return { ...s, workshopId: s.id, title, theme, startDate, endDate: '', venue: '', country, languages: [], facilitators: [], objectives: '', projectIds: [], status: 'closed' };
};
const org = (w: Workshop, acronym: string, country: string): Organisation => ({
  ...sys(),
  workshopId: w.id,
  name: `${acronym} union`,
  acronym,
  country,
  kind: 'national-centre',
  partnerRole: 'receiving',
});
const practice = (w: Workshop, title: string, over: Partial<Practice> = {}): Practice => ({
  ...sys(),
  workshopId: w.id,
  title,
  context: '',
  approach: '',
  results: '',
  capacities: [],
  sustainability: '',
  contact: '',
  organisationIds: [],
  projectIds: [],
  status: 'compendium',
  ...over,
});

const thies = workshop('Thiès', 'social-protection', '2026-03-10');
const tema = workshop('Tema', 'social-protection', '2025-06-02', 'GH');
const rabat = workshop('Rabat', 'gender-equality', '2026-01-20');
const steiThies = org(thies, 'STEI', 'SN');
const steiTema = org(tema, 'stéi', 'SN'); // the same union, typed differently in another workshop
const gupw = org(tema, 'GUPW', 'MA');
const project: Project = {
  ...sys(),
  ownerId: 'o',
  ...projectFields('RAF/22/11/NOR', 'Rights at work', { donor: 'Norway' }),
};
const fund = practice(thies, 'Health mutual', {
  organisationIds: [steiThies.id],
  capacities: ['resource-mobilisation', 'services-legal-support'],
  projectIds: [project.id],
  approach: 'Dues by mobile money',
});
const dues = practice(thies, 'Dues by phone', { status: 'reviewed', organisationIds: [steiThies.id], capacities: ['resource-mobilisation'] });
const draft = practice(thies, 'Only a draft', { status: 'draft' });
const port = practice(tema, 'Port casuals', { organisationIds: [gupw.id], capacities: ['organising-mobilising'] });
const fundAgain = practice(tema, 'Market women’s mutual', { organisationIds: [steiTema.id], capacities: ['resource-mobilisation'], sustainability: 'Members run it.' });
const women = practice(rabat, 'Women’s committees', { capacities: ['inclusiveness-equality'] });
const src: CompendiumSource = { workshops: [thies, tema, rabat], practices: [fund, dues, draft, port, fundAgain, women], organisations: [steiThies, steiTema, gupw], projects: [project] };
const titles = (xs: { practice: Practice }[]) => xs.map((e) => e.practice.title);

describe('compendium entries', () => {
  it('gathers cards in the compendium from every workshop of a theme, newest first, reviewed ones on request', () => {
    expect(compendiumThemes(src.workshops)).toEqual(['gender-equality', 'social-protection']);
    expect(titles(themeEntries(src, 'social-protection', false))).toEqual(['Market women’s mutual', 'Port casuals', 'Health mutual']);
    expect(titles(themeEntries(src, 'social-protection', true))).toContain('Dues by phone');
    expect(titles(themeEntries(src, 'gender-equality', false))).toEqual(['Women’s committees']);
  });

  it('resolves organisations, countries (the workshop’s when none is named), projects and year', () => {
    const [again, , health] = themeEntries(src, 'social-protection', false);
    expect(health!.organisations.map((o) => o.acronym)).toEqual(['STEI']);
    expect(health!.projects.map((p) => p.reference)).toEqual(['RAF/22/11/NOR']);
    expect(again!.year).toBe('2025');
    const [womenEntry] = themeEntries(src, 'gender-equality', false);
    expect(womenEntry!.countries).toEqual(['SN']);
  });

  it('filters by country, organisation across workshops, capacity, workshop, year and accent-free search', () => {
    const all = themeEntries(src, 'social-protection', false);
    const f = emptyFilter('social-protection');
    expect(titles(filterEntries(all, { ...f, country: 'MA' }))).toEqual(['Port casuals']);
    expect(organisationKey(steiThies)).toBe(organisationKey(steiTema));
    expect(titles(filterEntries(all, { ...f, organisation: organisationKey(steiThies) }))).toEqual(['Market women’s mutual', 'Health mutual']);
    expect(titles(filterEntries(all, { ...f, capacity: 'organising-mobilising' }))).toEqual(['Port casuals']);
    expect(titles(filterEntries(all, { ...f, workshopId: thies.id }))).toEqual(['Health mutual']);
    expect(titles(filterEntries(all, { ...f, year: '2025' }))).toEqual(['Market women’s mutual', 'Port casuals']);
    expect(titles(filterEntries(all, { ...f, query: 'MOBILE dues' }))).toEqual(['Health mutual']);
    expect(titles(filterEntries(all, { ...f, query: 'rights nor' }))).toEqual([]);
    expect(titles(filterEntries(all, { ...f, query: 'raf/22' }))).toEqual(['Health mutual']);
    const choices = filterChoices(all);
    expect(choices.countries).toEqual(['MA', 'SN']);
    expect(choices.organisations).toHaveLength(2);
    expect(choices.years).toEqual(['2026', '2025']);
  });

  it('sums up practices, organisations (one union counted once), countries and the capacities strengthened most', () => {
    const s = compendiumSummary(themeEntries(src, 'social-protection', false));
    expect(s).toMatchObject({ practices: 3, organisations: 2, countries: 2 });
    expect(s.capacities[0]).toEqual({ id: 'resource-mobilisation', count: 2 });
    expect(compendiumSummary([])).toEqual({ practices: 0, organisations: 0, countries: 0, capacities: [] });
  });
});

describe('curation', () => {
  it('reorders by giving every moved entry its place; placed cards come first', () => {
    const all = themeEntries(src, 'social-protection', false);
    expect(reorder(all, 0, -1)).toEqual([]);
    expect(reorder(all, 2, 1)).toEqual([]);
    const moves = reorder(all, 2, -1);
    expect(moves).toEqual([
      { id: fundAgain.id, compendiumOrder: 1 },
      { id: fund.id, compendiumOrder: 2 },
      { id: port.id, compendiumOrder: 3 },
    ]);
    const placed = { ...src, practices: src.practices.map((p) => ({ ...p, compendiumOrder: moves.find((m) => m.id === p.id)?.compendiumOrder })) };
    expect(titles(themeEntries(placed, 'social-protection', false))).toEqual(['Market women’s mutual', 'Health mutual', 'Port casuals']);
    // a card added later, without a place, follows the placed ones
    const later = practice(thies, 'Newest card');
    expect(titles(themeEntries({ ...placed, practices: [...placed.practices, later] }, 'social-protection', false)).at(-1)).toBe('Newest card');
  });

  it('merges a duplicate: the kept card gains what it lacked, the duplicate shows only as a source', () => {
    const merged = mergeFields(fund, fundAgain);
    expect(merged.sustainability).toBe('Members run it.');
    expect(merged.approach).toBe('Dues by mobile money');
    expect(merged.organisationIds).toEqual([steiThies.id, steiTema.id]);
    expect(merged.capacities).toEqual(['resource-mobilisation', 'services-legal-support']);
    expect(mergeFields({ ...fund, context: 'A' }, { ...fundAgain, context: 'B' }).context).toBe('A\n\nB');
    const after = { ...src, practices: src.practices.map((p) => (p.id === fund.id ? { ...p, ...merged } : p.id === fundAgain.id ? { ...p, mergedInto: fund.id } : p)) };
    const entries = themeEntries(after, 'social-protection', false);
    expect(titles(entries)).toEqual(['Port casuals', 'Health mutual']);
    expect(entries[1]!.mergedFrom.map((m) => m.workshop?.title)).toEqual(['Tema']);
    // STEI is a record in each workshop: the merged card names it once.
    expect(entries[1]!.organisations.map((o) => o.acronym)).toEqual(['STEI']);
    expect(compendiumSummary(entries).organisations).toBe(2);
  });

  it('shows a merged card again when the card it joined leaves the compendium or is gone', () => {
    const merged = { ...src, practices: src.practices.map((p) => (p.id === fundAgain.id ? { ...p, mergedInto: fund.id } : p)) };
    expect(titles(themeEntries(merged, 'social-protection', false))).not.toContain('Market women’s mutual');
    const backToDraft = { ...merged, practices: merged.practices.map((p) => (p.id === fund.id ? { ...p, status: 'draft' as const } : p)) };
    expect(titles(themeEntries(backToDraft, 'social-protection', false))).toContain('Market women’s mutual');
    const gone = { ...merged, practices: merged.practices.filter((p) => p.id !== fund.id) };
    expect(titles(themeEntries(gone, 'social-protection', false))).toContain('Market women’s mutual');
  });
});
