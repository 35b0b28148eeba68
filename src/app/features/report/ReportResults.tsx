import { createMemo, For, Show } from 'solid-js';
import { agreedBeside, agreedFor, type AgreedEntry } from '../../../shared/framework/agreed.ts';
import type { ProfileAnalysis, ScoredAssessment } from '../../../shared/framework/analysis.ts';
import { localised, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import type { Organisation } from '../../../shared/schemas/records.ts';
import { locale, t } from '../../i18n/index.ts';
import { roundLabel } from '../../i18n/round-label.ts';
import { FrameworkOrigin } from '../frameworks/index.ts';
import { profiles } from '../analysis/index.ts';
import { roundsOf } from '../analysis/index.ts';
import { AnalysisTable } from '../analysis/index.ts';
import { RadarChart } from '../../ui/RadarChart.tsx';
import { shortName } from '../../ui/names.ts';

export interface ReportResultsProps {
  framework: FrameworkDocument;
  organisations: readonly Organisation[];
  scored: readonly ScoredAssessment[];
  /** Each organisation's agreed scores per item and round, shown beside the individual ones. */
  agreedScores: readonly AgreedEntry[];
  labels: { item: (id: string) => string; group: (id: string) => string };
}

/**
 * Capacity results per organisation: its first round as the chart and table, with the next round
 * laid over it when there is one (baseline against follow-up), under the framework scored and its source.
 */
export function ReportResults(props: ReportResultsProps) {
  const scoredOrgs = () => props.organisations.filter((o) => props.scored.some((a) => a.organisationId === o.id));
  return (
    <section class="report__section" aria-labelledby="report-results">
      <h3 id="report-results">{t('report.results')}</h3>
      {/* A reader of the report learns which framework was scored and whose words its questions are. */}
      <p>{t('scoring.framework', { name: localised(props.framework.name, locale()), version: props.framework.version })}</p>
      <FrameworkOrigin framework={props.framework} />
      <Show when={scoredOrgs().length > 0} fallback={<p>{t('report.none')}</p>}>
        <For each={scoredOrgs()}>
          {(o) => {
            const rounds = createMemo(() => roundsOf(props.scored.filter((a) => a.organisationId === o.id)));
            const first = () => rounds()[0]!;
            // Computed once per organisation and data change: the chart and both tables read it.
            const result = createMemo(() => profiles(props.framework, props.scored, { organisationId: o.id, round: first() }, rounds()[1] ? `round:${rounds()[1]}` : ''));
            const name = (round: string) => t('report.resultsFor', { name: shortName(o), round: roundLabel(round) });
            const agreed = (round: string, analysis: ProfileAnalysis) => agreedBeside(analysis.items, agreedFor(props.agreedScores, o.id, round));
            const why = (round: string) => t('agreed.justificationsTitle', { name: name(round) });
            return (
              <section class="report__org" aria-labelledby={`report-org-${o.id}`}>
                <h4 id={`report-org-${o.id}`}>{o.acronym ? `${o.name} (${o.acronym})` : o.name}</h4>
                <RadarChart
                  id={`radar-${o.id}`}
                  title={t('analysis.chartTitle', { name: name(first()) })}
                  description={t('analysis.chartDesc', { min: props.framework.scale.min, max: props.framework.scale.max })}
                  axes={result().first.items.map((i) => props.labels.item(i.itemId))}
                  min={props.framework.scale.min}
                  max={props.framework.scale.max}
                  series={[
                    { name: name(first()), values: result().first.items.map((i) => i.stats.mean) },
                    ...(result().second ? [{ name: name(rounds()[1]!), values: result().second!.analysis.items.map((i) => i.stats.mean) }] : []),
                  ]}
                />
                <AnalysisTable
                  caption={t('analysis.tableCaption', { name: name(first()) })}
                  analysis={result().first}
                  itemLabel={props.labels.item}
                  groupLabel={props.labels.group}
                  agreed={agreed(first(), result().first)}
                  justificationsTitle={why(first())}
                />
                <Show when={result().second}>
                  {(second) => (
                    <AnalysisTable
                      caption={t('analysis.tableCaption', { name: name(second().choice.round) })}
                      analysis={second().analysis}
                      itemLabel={props.labels.item}
                      groupLabel={props.labels.group}
                      agreed={agreed(second().choice.round, second().analysis)}
                      justificationsTitle={why(second().choice.round)}
                    />
                  )}
                </Show>
              </section>
            );
          }}
        </For>
      </Show>
    </section>
  );
}
