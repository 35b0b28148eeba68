// The workshop screen's sections, one per entry of WORKSHOP_SECTIONS: each comes from its own feature.
export { OverviewSection } from './features/workshop/OverviewSection.tsx';
export { DetailsSection } from './features/workshop/DetailsSection.tsx';
export { AgendaSection } from './features/agenda/AgendaSection.tsx';
export { PeopleSection } from './features/people/PeopleSection.tsx';
export { NotesSection } from './features/notes/NotesSection.tsx';
export { PracticesSection } from './features/practices/PracticesSection.tsx';
export { ScoringSection } from './features/scoring/ScoringSection.tsx';
export { AnalysisSection } from './features/analysis/AnalysisSection.tsx';
export { PrioritiesSection } from './features/priorities/PrioritiesSection.tsx';
export { ReportSection } from './features/report/ReportSection.tsx';
