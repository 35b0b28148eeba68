import '../../styles/report.css';
import { createMemo, For, Show } from 'solid-js';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { frameworkLabels } from '../frameworks/index.ts';
import { practiceCaseView } from '../compendium/index.ts';
import { entryResolver } from '../compendium/index.ts';
import { toScored } from '../analysis/index.ts';
import { resolveFramework } from '../frameworks/index.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { PracticeCase } from '../compendium/index.ts';
import { PrintButton } from '../../ui/PrintButton.tsx';
import { PreparedOn } from '../../ui/PreparedOn.tsx';
import { ExportSection } from './ExportSection.tsx';
import { ReportDetails } from './ReportDetails.tsx';
import { ReportNotes, ReportPeople } from './ReportPeople.tsx';
import { ReportPriorities } from './ReportPriorities.tsx';
import { ReportResults } from './ReportResults.tsx';
import { PhotoReportSection } from '../photos/index.ts';

/** The workshop report, ready to print (A4, "Save as PDF"), and the data exports. */
export function ReportSection(props: { workshop: Workshop; data: WorkshopData }) {
  const framework = createMemo(() => resolveFramework(props.data.frameworks() ?? [], props.workshop.frameworkId));
  const labels = frameworkLabels(() => framework());
  const organisations = () => props.data.organisations() ?? [];
  const participants = () => props.data.participants() ?? [];
  const scored = createMemo(() =>
    toScored(
      (props.data.assessments() ?? []).filter((a) => a.submitted),
      props.data.scores() ?? [],
    ),
  );
  const projects = () => (props.data.projects() ?? []).filter((p) => props.workshop.projectIds.includes(p.id));
  const practices = createMemo(() => {
    const resolve = entryResolver({ workshops: [props.workshop], practices: props.data.practices() ?? [], organisations: organisations(), projects: props.data.projects() ?? [] });
    return (props.data.practices() ?? []).filter((p) => !p.mergedInto).flatMap((p) => resolve(p) ?? []);
  });
  const speaker = (n: { participantId?: string | undefined; organisationId?: string | undefined }) => {
    const person = participants().find((p) => p.id === n.participantId);
    // Only people who agreed to be named appear by name in a report.
    const org = organisations().find((o) => o.id === (n.organisationId ?? person?.organisationId));
    return [person?.consent ? person.name : '', org ? org.acronym || org.name : ''].filter(Boolean).join(', ');
  };
  return (
    <section class="panel report" aria-labelledby="report-title">
      <div class="page-head no-print">
        <h2 id="report-title">{t('report.title')}</h2>
        <PrintButton />
      </div>
      <ExportSection workshop={props.workshop} framework={framework()} />
      <PreparedOn />
      <ReportDetails workshop={props.workshop} projects={projects()} agenda={props.data.agenda() ?? []} />
      <ReportPeople organisations={organisations()} participants={participants()} />
      <ReportNotes notes={props.data.notes() ?? []} speaker={speaker} />
      <ReportResults framework={framework()} organisations={organisations()} scored={scored()} agreedScores={props.data.agreedScores() ?? []} labels={labels} />
      <ReportPriorities swot={props.data.swot() ?? []} actions={props.data.actions() ?? []} organisations={organisations()} itemLabel={labels.item} />
      <section class="report__section" aria-labelledby="report-practices">
        <h3 id="report-practices">{t('report.practices')}</h3>
        <Show when={practices().length > 0} fallback={<p>{t('report.none')}</p>}>
          <For each={practices()}>{(e) => <PracticeCase view={practiceCaseView(e)} level={3} />}</For>
        </Show>
      </section>
      <PhotoReportSection
        photos={props.data.photos() ?? []}
        names={{ note: (id) => (props.data.notes() ?? []).find((n) => n.id === id)?.text, practice: (id) => (props.data.practices() ?? []).find((p) => p.id === id)?.title }}
      />
    </section>
  );
}
