import { For, Show } from 'solid-js';
import type { PartnerResult } from './projects-page.ts';
import { locale, t, tp } from '../../i18n/index.ts';
import { roundLabel } from '../../i18n/round-label.ts';

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
  return (
    <div class="table-wrap">
      <table class="table project-results">
        <caption>{t('projectPage.resultsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projectPage.columnOrganisation')}</th>
            <For each={props.rounds}>{(r) => <th scope="col">{roundLabel(r)}</th>}</For>
            <th scope="col">{t('projectPage.columnChange')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.partners}>
            {(p) => (
              <tr>
                <th scope="row">
                  <span class="project-results__org">{p.organisation.acronym || p.organisation.name}</span>
                  <Show when={p.organisation.acronym}>
                    <span class="project-results__name">{p.organisation.name}</span>
                  </Show>
                </th>
                <For each={props.rounds}>
                  {(round) => {
                    const r = () => p.rounds.find((x) => x.round === round);
                    return (
                      <td>
                        <Show when={r()?.overall !== undefined && r()?.overall !== null} fallback={<span class="muted">{t('projectPage.notScored')}</span>}>
                          <span class="project-results__score">{score(r()!.overall!)}</span>
                          <span class="project-results__n">{tp('projectPage.respondents', r()!.respondents)}</span>
                        </Show>
                      </td>
                    );
                  }}
                </For>
                <td>{p.change === null ? '–' : change(p.change)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
