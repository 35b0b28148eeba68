import { createMemo, Show } from 'solid-js';
import { analyseProfile, largestDifferences, type ProfileAnalysis, type ScoredAssessment } from '../../../shared/framework/analysis.ts';
import type { FrameworkDocument } from '../../../shared/framework/schema.ts';
import type { Organisation } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { frameworkLabels } from '../frameworks/index.ts';
import { selectAssessments, type ProfileChoice } from './analysis-view.ts';
import { DifferenceTable, PrinciplesTable } from './PrinciplesTable.tsx';
import { RadarChart } from '../../ui/RadarChart.tsx';

export interface PrinciplesAnalysisProps {
  framework: FrameworkDocument;
  scored: readonly ScoredAssessment[];
  organisations: readonly Organisation[];
  choice: ProfileChoice;
  name: string;
}

/**
 * For frameworks whose items count toward principles (the development-effectiveness profile): the
 * chosen profile per principle, and the supporting and receiving partners' profiles side by side
 * with the statements they differ on most.
 */
export function PrinciplesAnalysis(props: PrinciplesAnalysisProps) {
  const labels = frameworkLabels(() => props.framework);
  const facets = () => new Set((props.framework.dimensions ?? []).filter((d) => d.parent).map((d) => d.id));
  const principles = () => (props.framework.dimensions ?? []).filter((d) => !d.parent).map((d) => d.id);
  const rows = (a: ProfileAnalysis) => a.dimensions.map((d) => ({ id: d.dimensionId, label: labels.dimension(d.dimensionId), facet: facets().has(d.dimensionId), stats: d.stats }));
  const means = (a: ProfileAnalysis) => principles().map((id) => a.dimensions.find((d) => d.dimensionId === id)?.stats.mean ?? null);
  const main = createMemo(() => analyseProfile(props.framework, selectAssessments(props.scored, props.choice)));
  const ofRole = (role: Organisation['partnerRole']) => {
    const ids = new Set(props.organisations.filter((o) => o.partnerRole === role).map((o) => o.id));
    return analyseProfile(
      props.framework,
      props.scored.filter((a) => ids.has(a.organisationId) && a.round === props.choice.round),
    );
  };
  const partners = createMemo(() => ({ supporting: ofRole('supporting'), receiving: ofRole('receiving') }));
  const radar = (id: string, title: string, series: { name: string; values: (number | null)[] }[]) => (
    <RadarChart
      id={id}
      title={title}
      description={t('analysis.principlesDesc', { min: props.framework.scale.min, max: props.framework.scale.max })}
      axes={principles().map(labels.dimension)}
      min={props.framework.scale.min}
      max={props.framework.scale.max}
      series={series}
    />
  );

  return (
    <>
      <section class="principles" aria-labelledby="principles-title">
        <h3 id="principles-title">{t('analysis.principles')}</h3>
        <Show when={main().respondents > 0} fallback={<p>{t('analysis.noData')}</p>}>
          {radar('radar-principles', t('analysis.principlesChart', { name: props.name }), [{ name: props.name, values: means(main()) }])}
          <PrinciplesTable caption={t('analysis.principlesCaption', { name: props.name })} rows={rows(main())} />
        </Show>
      </section>
      <section class="partners" aria-labelledby="partners-title">
        <h3 id="partners-title">{t('analysis.partners')}</h3>
        <p class="muted">{t('analysis.partnersIntro')}</p>
        <Show when={partners().supporting.respondents > 0 && partners().receiving.respondents > 0} fallback={<p>{t('analysis.partnersMissing')}</p>}>
          {radar('radar-partners', t('analysis.partnersChart'), [
            { name: t('analysis.supporting'), values: means(partners().supporting) },
            { name: t('analysis.receiving'), values: means(partners().receiving) },
          ])}
          <DifferenceTable
            caption={t('analysis.differences')}
            firstName={t('analysis.supporting')}
            secondName={t('analysis.receiving')}
            rows={largestDifferences(partners().supporting, partners().receiving).map((d) => ({ ...d, label: labels.item(d.itemId) }))}
          />
          <PrinciplesTable caption={t('analysis.principlesCaption', { name: t('analysis.supporting') })} rows={rows(partners().supporting)} />
          <PrinciplesTable caption={t('analysis.principlesCaption', { name: t('analysis.receiving') })} rows={rows(partners().receiving)} />
        </Show>
      </section>
    </>
  );
}
