import type { EditableOf } from '../../src/shared/schemas/kinds.ts';

/** A workshop's editable fields as a test or benchmark makes one: a title, and the rest plain unless given. */
export function workshopFields(title: string, given: Partial<EditableOf<'workshop'>> = {}): EditableOf<'workshop'> {
  return {
    title,
    theme: 'youth',
    startDate: '2026-03-10',
    endDate: '',
    venue: '',
    country: '',
    languages: [],
    facilitators: [],
    objectives: '',
    projectIds: [],
    status: 'running',
    ...given,
  };
}

/** A project's editable fields as a test makes one: a reference and a title, the rest plain unless given. */
export function projectFields(reference: string, title: string, given: Partial<EditableOf<'project'>> = {}): EditableOf<'project'> {
  return { reference, title, donor: '', partners: [], countries: [], themes: [], startDate: '', endDate: '', status: 'active', ...given };
}
