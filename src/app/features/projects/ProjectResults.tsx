import { For, Show } from 'solid-js';
import type { Organisation } from '../../../shared/schemas/records.ts';
import { HistoryTable } from '../history/index.ts';
import type { PartnerResult } from './projects-page.ts';
import { locale, t, tp } from '../../i18n/index.ts';
import { roundLabel } from '../../i18n/round-label.ts';
import { DataTable, type Column } from '../../ui/DataTable.tsx';

export interface ProjectResultsProps {
  /** Round names in the order they happened: one column each. */
  rounds: readonly string[];
  partners: readonly PartnerResult[];
  /** The address of a partner's history across every workshop on the device. */
  historyHref: (o: Organisation) => string;
  onLink: (e: MouseEvent) => void;
}

const score = (n: number) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
const change = (n: number) => new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(n);

/**
 * Partner organisations' overall capacity score per round, side by side, with the change from the
 * first round to the latest; then, per partner, each capacity by round and a link to its history.
 * The numbers are the text: it reads the same aloud and in print.
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
    <>
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
      <h3>{t('history.projectCapacities')}</h3>
      <For each={props.partners}>
        {(p) => (
          <div class="project-results__partner">
            <HistoryTable history={p.capacities} caption={t('history.capacitiesCaption', { name: p.organisation.acronym || p.organisation.name })} />
            <p>
              <a class="button" href={props.historyHref(p.organisation)} onClick={(e) => props.onLink(e)}>
                {t('history.linkLabel', { name: p.organisation.acronym || p.organisation.name })}
              </a>
            </p>
          </div>
        )}
      </For>
    </>
  );
}
