import { isCommonTheme } from '../../../shared/themes.ts';
import type { Workshop, WorkshopInput } from '../../../shared/schemas/records.ts';

/** What the workshop form edits: strings as typed, so nothing is lost between keystrokes. */
export interface WorkshopDraft {
  title: string;
  themeChoice: string;
  themeOther: string;
  startDate: string;
  endDate: string;
  venue: string;
  country: string;
  languages: string[];
  /** One facilitator per line. */
  facilitators: string;
  objectives: string;
  status: Workshop['status'];
  anonymousScores: boolean;
  /** The framework to score with; empty for the built-in TUOC framework. */
  frameworkId: string;
}

export const OTHER_THEME = 'other';

export const emptyWorkshopDraft = (): WorkshopDraft => ({
  title: '',
  themeChoice: '',
  themeOther: '',
  startDate: '',
  endDate: '',
  venue: '',
  country: '',
  languages: [],
  facilitators: '',
  objectives: '',
  status: 'planned',
  anonymousScores: false,
  frameworkId: '',
});

export function themeOf(d: Pick<WorkshopDraft, 'themeChoice' | 'themeOther'>): string {
  return (d.themeChoice === OTHER_THEME ? d.themeOther : d.themeChoice).trim();
}

export function workshopToDraft(w: Workshop): WorkshopDraft {
  const theme = isCommonTheme(w.theme) ? { themeChoice: w.theme, themeOther: '' } : { themeChoice: OTHER_THEME, themeOther: w.theme };
  return {
    title: w.title,
    ...theme,
    startDate: w.startDate,
    endDate: w.endDate,
    venue: w.venue,
    country: w.country,
    languages: [...w.languages],
    facilitators: w.facilitators.join('\n'),
    objectives: w.objectives,
    status: w.status,
    anonymousScores: Boolean(w.anonymousScores),
    frameworkId: w.frameworkId ?? '',
  };
}

/** The editable fields a draft sets; linked projects are changed elsewhere. */
export function draftToWorkshopFields(d: WorkshopDraft): Omit<WorkshopInput, 'projectIds'> {
  return {
    title: d.title,
    theme: themeOf(d),
    startDate: d.startDate,
    endDate: d.endDate,
    venue: d.venue.trim(),
    country: d.country,
    languages: d.languages,
    facilitators: d.facilitators
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    objectives: d.objectives,
    status: d.status,
    anonymousScores: d.anonymousScores,
    frameworkId: d.frameworkId || undefined,
  };
}

/** Schema errors name record fields; these draft fields hold them. */
export const WORKSHOP_ERROR_FIELDS: Record<string, (keyof WorkshopDraft)[]> = { theme: ['themeChoice', 'themeOther'] };
