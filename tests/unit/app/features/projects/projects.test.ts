import { describe, expect, it } from 'vitest';
import { emptyProjectFilter, filterProjects, projectFilterChoices } from '../../../../../src/app/features/projects/projects.ts';
import { parseRoute, paths } from '../../../../../src/app/routes.ts';
import { projectSchema, type Project } from '../../../../../src/shared/schemas/records.ts';
import { projectFields } from '../../../../support/workshop-fields.ts';

const STAMP = '001764000000000-000000-d';
const project = (n: number, fields: Partial<Project>): Project =>
  projectSchema().parse({
    id: `0190a000-0000-7000-8000-00000000000${n}`,
    ownerId: '0190a000-0000-7000-8000-0000000000ff',
    createdAt: STAMP,
    updatedAt: STAMP,
    deviceId: 'd',
    deleted: false,
    ...projectFields('RAF/22/11/NOR', 'T'),
    ...fields,
  });
const names = { country: (c: string) => ({ SN: 'Senegal', CI: 'Côte d’Ivoire' })[c] ?? c, theme: (k: string) => (k === 'social-protection' ? 'Social protection' : k) };

const all = [
  project(1, { reference: 'RAF/22/11/NOR', title: 'Promoting workers’ rights', donor: 'Norway', partners: ['CNTL'], countries: ['SN'], themes: ['social-protection'], implementer: 'LO Norway' }),
  project(2, { reference: 'INT/23/05/FIN', title: 'Décent work in trade', donor: 'NORWAY ', countries: ['CI'], status: 'planned', contact: 'Awa Diop' }),
  project(3, { reference: 'RAF/24/03/SWE', title: 'Informal economy', donor: 'Sweden', status: 'completed' }),
];

describe('projects directory', () => {
  it('searches every word, ignoring case and accents, across code, title, organisations, contact, countries and themes', () => {
    const search = (query: string) => filterProjects(all, { ...emptyProjectFilter(), query }, names).map((p) => p.reference);
    expect(search('decent')).toEqual(['INT/23/05/FIN']);
    expect(search('cote d’ivoire awa')).toEqual(['INT/23/05/FIN']);
    expect(search('social SENEGAL lo')).toEqual(['RAF/22/11/NOR']);
    expect(search('raf/2')).toEqual(['RAF/22/11/NOR', 'RAF/24/03/SWE']);
    expect(search('')).toHaveLength(3);
  });

  it('filters by country, theme, donor (one donor however it is written) and status', () => {
    const choices = projectFilterChoices(all);
    expect(choices.donors).toEqual([
      { key: 'norway', name: 'Norway' },
      { key: 'sweden', name: 'Sweden' },
    ]);
    expect(choices.countries).toEqual(['CI', 'SN']);
    const by = (f: Partial<ReturnType<typeof emptyProjectFilter>>) => filterProjects(all, { ...emptyProjectFilter(), ...f }, names).map((p) => p.reference);
    expect(by({ donor: 'norway' })).toEqual(['RAF/22/11/NOR', 'INT/23/05/FIN']);
    expect(by({ country: 'SN' })).toEqual(['RAF/22/11/NOR']);
    expect(by({ theme: 'social-protection', status: 'active' })).toEqual(['RAF/22/11/NOR']);
    expect(by({ status: 'completed' })).toEqual(['RAF/24/03/SWE']);
  });

  it('has its own addresses: the list, and a page per project id', () => {
    const id = '0190a000-0000-7000-8000-000000000001';
    expect(parseRoute(paths.projects())).toEqual({ name: 'projects' });
    expect(parseRoute(paths.project(id))).toEqual({ name: 'project', id });
    expect(parseRoute('/projects/RAF-22-11-NOR')).toEqual({ name: 'notFound' });
  });
});
