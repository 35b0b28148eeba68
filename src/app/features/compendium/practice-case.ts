import type { PracticeCaseView } from './PracticeCase.tsx';
import type { CompendiumEntry } from './compendium.ts';
import { shortName } from '../../ui/names.ts';
import { countryName, formatDate, t, formatList } from '../../i18n/index.ts';
import { capacityLabel } from '../../i18n/labels.ts';

const sourceLine = (w: { title: string; startDate: string }) => t('compendium.sourceLine', { title: w.title, date: formatDate(w.startDate) });

/** A compendium entry in the reader's language, ready to show as a case. */
export function practiceCaseView(e: CompendiumEntry): PracticeCaseView {
  const p = e.practice;
  const who = [formatList(e.organisations.map(shortName)), formatList(e.countries.map(countryName))].filter(Boolean).join(' · ');
  return {
    id: p.id,
    title: p.title,
    who,
    context: p.context,
    approach: p.approach,
    results: p.results,
    sustainability: p.sustainability,
    capacities: p.capacities.map(capacityLabel),
    source: sourceLine(e.workshop),
    alsoReported: e.mergedFrom.flatMap((m) => (m.workshop && m.workshop.id !== e.workshop.id ? [sourceLine(m.workshop)] : [])),
    projects: e.projects.map((pr) => `${pr.reference} – ${pr.title}`),
    status: p.status === 'compendium' ? undefined : t(`practiceStatus.${p.status}`),
  };
}
