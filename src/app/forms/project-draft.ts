import type { EditableOf } from '../../shared/schemas/kinds.ts';

export interface ProjectDraft {
  reference: string;
  title: string;
  donor: string;
  /** Partner organisations, comma-separated. */
  partners: string;
}

export const emptyProjectDraft = (): ProjectDraft => ({ reference: '', title: '', donor: '', partners: '' });

export function draftToProject(d: ProjectDraft, theme: string): EditableOf<'project'> {
  return {
    reference: d.reference,
    title: d.title,
    donor: d.donor.trim(),
    partners: d.partners.split(',').map((s) => s.trim()).filter(Boolean),
    countries: [],
    themes: theme ? [theme] : [],
    startDate: '',
    endDate: '',
    status: 'active',
  };
}
