import { Show } from 'solid-js';
import type { PartnerResult } from './projects-page.ts';
import { locale, t, tp } from '../../i18n/index.ts';
import { roundLabel } from '../../i18n/round-label.ts';
import { DataTable, type Column } from '../../ui/DataTable.tsx';

export interface ProjectResultsProps {
  /** Round names in the order they happened: one column each. */
  rounds: readonly string[];
  partners: readonly PartnerResult[];
}

const score = (n: number) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
const change = (n: number) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(n);

/**
 * Partner organisations' overall capacity score per round, side by side, with the change from the
 * first round to the latest. The numbers are the text: it reads the same aloud and in print.
 */
export function ProjectResults(props: ProjectResultsProps) {
  const roundColumn = (round: string): Column<PartnerResult> => ({
    header: roundLabel(round),
    cell: (p) => {
      const r = () => p.rounds.find((x) => x.round === round);
      return (
        <Show when={r()?.overall !== undefined && r()?.overall !== null} fallback={<span class="muted">{t('projectPage.notScored')}</span>}>
          <span class="project-results__score">{score(r()!.overall!)}</span>
          <span class="project-results__n">{tp('projectPage.respondents', r()!.respondents)}</span>
        </Show>
      );
    },
  });
  return (
    <DataTable
      class="table project-results"
      wrap
      caption={t('projectPage.resultsCaption')}
      rows={props.partners}
      columns={[
        {
          header: t('projectPage.columnOrganisation'),
          cell: (p: PartnerResult) => (
            <>
              <span class="project-results__org">{p.organisation.acronym || p.organisation.name}</span>
              <Show when={p.organisation.acronym}>
                <span class="project-results__name">{p.organisation.name}</span>
              </Show>
            </>
          ),
        },
        ...props.rounds.map(roundColumn),
        { header: t('projectPage.columnChange'), cell: (p: PartnerResult) => (p.change === null ? '–' : change(p.change)) },
      ]}
    />
  );
}
