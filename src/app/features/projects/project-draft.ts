import { isCommonTheme } from '../../../shared/themes.ts';
import type { Project, ProjectInput } from '../../../shared/schemas/records.ts';
import { parseAmount, splitList } from './projects-values.ts';

/**
 * A project as its form holds it. The quick form of a workshop's details fills the first four
 * fields; the project page fills them all. Drafts stored by older builds lack the later fields and
 * get them from `emptyProjectDraft`.
 */
export interface ProjectDraft {
  reference: string;
  title: string;
  donor: string;
  /** Partner organisations, separated by commas (or semicolons, when a name holds a comma). */
  partners: string;
  implementer: string;
  countries: string[];
  /** Common themes by key. */
  themes: string[];
  /** Any other themes, in the facilitator's words, separated like partners. */
  otherThemes: string;
  startDate: string;
  endDate: string;
  status: Project['status'];
  /** As typed ("250 000,50"); read when saved. */
  budgetAmount: string;
  budgetCurrency: string;
  contact: string;
}

export const emptyProjectDraft = (): ProjectDraft => ({
  reference: '',
  title: '',
  donor: '',
  partners: '',
  implementer: '',
  countries: [],
  themes: [],
  otherThemes: '',
  startDate: '',
  endDate: '',
  status: 'active',
  budgetAmount: '',
  budgetCurrency: '',
  contact: '',
});

/** Errors of a record field that belong to differently named draft fields. */
export const PROJECT_ERROR_FIELDS: Record<string, (keyof ProjectDraft)[]> = {
  budget: ['budgetAmount', 'budgetCurrency'],
  themes: ['themes', 'otherThemes'],
};

export function projectToDraft(p: Project): ProjectDraft {
  return {
    reference: p.reference,
    title: p.title,
    donor: p.donor,
    // Semicolons when a name holds a comma, so the names read back whole.
    partners: p.partners.join(p.partners.some((n) => n.includes(',')) ? '; ' : ', '),
    implementer: p.implementer ?? '',
    countries: [...p.countries],
    themes: p.themes.filter(isCommonTheme),
    otherThemes: p.themes.filter((th) => !isCommonTheme(th)).join('; '),
    startDate: p.startDate,
    endDate: p.endDate,
    status: p.status,
    budgetAmount: p.budget ? String(p.budget.amount) : '',
    budgetCurrency: p.budget?.currency ?? '',
    contact: p.contact ?? '',
  };
}

/**
 * The project a draft describes. A budget needs both parts: a half-given or unreadable one is
 * passed on as an invalid budget, so the schema refuses it on its field and nothing is half saved.
 * `theme` is the workshop's, for a project made from a workshop's details with no theme of its own;
 * the quick form passes only its four fields.
 */
export function draftToProject(quick: Pick<ProjectDraft, 'reference' | 'title' | 'donor' | 'partners'> & Partial<ProjectDraft>, theme = ''): ProjectInput {
  const d: ProjectDraft = { ...emptyProjectDraft(), ...quick };
  const themes = [...new Set([...d.themes, ...splitList(d.otherThemes)])];
  const amountText = d.budgetAmount.trim();
  const amount = amountText ? parseAmount(amountText) : null;
  const budget = !amountText && !d.budgetCurrency ? undefined : { amount: amount ?? Number.NaN, currency: d.budgetCurrency };
  return {
    reference: d.reference,
    title: d.title,
    donor: d.donor.trim(),
    partners: splitList(d.partners),
    countries: [...d.countries],
    themes: themes.length ? themes : theme ? [theme] : [],
    startDate: d.startDate,
    endDate: d.endDate,
    status: d.status,
    implementer: d.implementer.trim() || undefined,
    budget,
    contact: d.contact.trim() || undefined,
  };
}
