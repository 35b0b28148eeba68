// The workshop screen's sections, one per entry of WORKSHOP_SECTIONS: each comes from its own feature.
// A new section is a name in WORKSHOP_SECTIONS (src/shared/routes.ts, which gives it its address and
// its tab), its words (`sections.<name>`) and its line in SECTIONS below.
import { createComponent, type Component } from 'solid-js';
import type { Workshop } from '../shared/schemas/records.ts';
import type { ParticipantSection, WorkshopSection } from '../shared/routes.ts';
import type { WorkshopData } from './core/db/workshop-data.ts';
import { OverviewSection } from './features/workshop/OverviewSection.tsx';
import { DetailsSection } from './features/workshop/DetailsSection.tsx';
import { AgendaSection } from './features/agenda/AgendaSection.tsx';
import { PeopleSection } from './features/people/PeopleSection.tsx';
import { NotesSection } from './features/notes/NotesSection.tsx';
import { PracticesSection } from './features/practices/PracticesSection.tsx';
import { ScoringSection } from './features/scoring/ScoringSection.tsx';
import { AnalysisSection } from './features/analysis/AnalysisSection.tsx';
import { PrioritiesSection } from './features/priorities/PrioritiesSection.tsx';
import { ReportSection } from './features/report/ReportSection.tsx';
import { VotesSection } from './features/votes/VotesSection.tsx';
import { PhoneVotesSection } from './features/votes/PhoneVotesSection.tsx';
import { ParticipantOverviewSection } from './features/workshop/ParticipantOverviewSection.tsx';
import { ParticipantPrioritiesSection } from './features/priorities/ParticipantPrioritiesSection.tsx';

/** What every section is given: the workshop and its data, loaded once for all its sections. */
export interface SectionProps {
  workshop: Workshop;
  data: WorkshopData;
}

/** A section that needs only the workshop's id. */
const byId =
  (section: Component<{ workshopId: string; data: WorkshopData }>): Component<SectionProps> =>
  (props) =>
    createComponent(section, {
      get workshopId() {
        return props.workshop.id;
      },
      get data() {
        return props.data;
      },
    });

/** Each section of the workshop screen, by name. */
export const SECTIONS: Record<WorkshopSection, Component<SectionProps>> = {
  overview: OverviewSection,
  details: DetailsSection,
  agenda: AgendaSection,
  people: byId(PeopleSection),
  notes: byId(NotesSection),
  scoring: ScoringSection,
  analysis: AnalysisSection,
  priorities: PrioritiesSection,
  votes: VotesSection,
  practices: byId(PracticesSection),
  report: ReportSection,
};

/**
 * What a participant's phone shows of its sections (`PARTICIPANT_SECTIONS`): the workshop and its
 * agenda read only, their own notes, scoring, their delegation's cards and plan drafts, and votes.
 */
export const PARTICIPANT_VIEWS: Record<ParticipantSection, Component<SectionProps>> = {
  overview: ParticipantOverviewSection,
  notes: (props) =>
    createComponent(NotesSection, {
      get workshopId() {
        return props.workshop.id;
      },
      get data() {
        return props.data;
      },
      participant: true,
    }),
  scoring: ScoringSection,
  priorities: ParticipantPrioritiesSection,
  votes: PhoneVotesSection,
};
