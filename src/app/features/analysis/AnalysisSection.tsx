import './analysis.css';
import { createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { highestItems, lowestItems, mostDisputed, type ProfileAnalysis } from '../../../shared/framework/analysis.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { formatScore, t, tp } from '../../i18n/index.ts';
import { roundLabel } from '../../i18n/round-label.ts';
import { profiles, WHOLE_WORKSHOP } from './analysis-view.ts';
import { roundsOf, toScored } from './scored.ts';
import { frameworkLabels } from '../frameworks/index.ts';
import { resolveFramework } from '../frameworks/index.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { AnalysisTable } from './AnalysisTable.tsx';
import { roomProgress } from './room-progress.ts';
import { RoomProgress } from './RoomProgress.tsx';
import { ProjectorTimer } from '../agenda/index.ts';
import { PrinciplesAnalysis } from './PrinciplesAnalysis.tsx';
import { RadarChart } from '../../ui/RadarChart.tsx';
import { SelectField } from '../../ui/inputs.tsx';
import { OrganisationSelect } from '../../ui/OrganisationSelect.tsx';
import { shortName } from '../../ui/names.ts';
import { AgreedScoresPanel } from './AgreedScoresPanel.tsx';
import { agreedRowsFor } from './agreed-view.ts';

export function AnalysisSection(props: { workshop: Workshop; data: WorkshopData }) {
  const framework = createMemo(() => resolveFramework(props.data.frameworks() ?? [], props.workshop.frameworkId));
  const submitted = createMemo(() => (props.data.assessments() ?? []).filter((a) => a.submitted));
  const scored = createMemo(() => toScored(submitted(), props.data.scores() ?? []));
  // The round the workshop scores now is there from its start, before its first answer: its room
  // progress and agreed scores are the ones a facilitator records.
  const rounds = createMemo(() => {
    const seen = roundsOf(submitted());
    const now = props.workshop.currentRound;
    return now && !seen.includes(now) ? [...seen, now] : seen;
  });
  const organisations = () => props.data.organisations() ?? [];
  const [orgId, setOrgId] = createSignal(WHOLE_WORKSHOP);
  const [round, setRound] = createSignal<string>();
  const [compare, setCompare] = createSignal('');
  const [projector, setProjector] = createSignal(false);
  const currentRound = () => round() ?? props.workshop.currentRound ?? rounds()[0] ?? 'baseline';

  const { item: itemLabel, group: groupLabel } = frameworkLabels(() => framework());
  const nameOf = (org: string, r: string) => {
    const o = organisations().find((x) => x.id === org);
    return `${o ? shortName(o) : t('analysis.allOrganisations')} · ${roundLabel(r)}`;
  };

  // Answers arrive as phones submit them (the room is live when there is a connection).
  const progress = createMemo(() => roomProgress(submitted(), organisations(), props.data.participants() ?? [], currentRound()));
  const result = createMemo(() => profiles(framework(), scored(), { organisationId: orgId(), round: currentRound() }, compare()));
  const mainName = () => nameOf(orgId(), currentRound());
  const agreedScores = () => props.data.agreedScores() ?? [];
  const agreedOf = (choice: { organisationId: string; round: string }, analysis: ProfileAnalysis) => agreedRowsFor(agreedScores(), choice, analysis);
  const justificationsOf = (name: string) => t('agreed.justificationsTitle', { name });
  const compareOptions = () => [
    ...rounds()
      .filter((r) => r !== currentRound())
      .map((r) => ({ value: `round:${r}`, label: t('analysis.compareRound', { round: roundLabel(r) }) })),
    ...organisations()
      .filter((o) => o.id !== orgId())
      .map((o) => ({ value: `org:${o.id}`, label: t('analysis.compareOrganisation', { name: shortName(o) }) })),
  ];

  const toggleProjector = (on: boolean) => {
    setProjector(on);
    document.documentElement.classList.toggle('projector', on);
  };
  onCleanup(() => document.documentElement.classList.remove('projector'));

  const highlight = (title: string, rows: ProfileAnalysis['items']) => (
    <section class="highlight">
      <h3>{title}</h3>
      <ol>
        <For each={rows}>
          {(r) => (
            <li>
              {itemLabel(r.itemId)} <span class="muted">({t('analysis.meanSd', { mean: formatScore(r.stats.mean), sd: formatScore(r.stats.sd) })})</span>
            </li>
          )}
        </For>
      </ol>
    </section>
  );

  return (
    <section class="panel analysis" aria-labelledby="analysis-title">
      <div class="page-head">
        <h2 id="analysis-title">{t('analysis.title')}</h2>
        <button type="button" class="button" aria-pressed={projector()} onClick={() => toggleProjector(!projector())}>
          {projector() ? t('analysis.exitProjector') : t('analysis.projector')}
        </button>
      </div>
      <div class="form__row form__row--3 analysis__controls">
        <OrganisationSelect
          id="an-org"
          label={t('analysis.fieldOrganisation')}
          value={orgId()}
          organisations={organisations()}
          onChange={(v) => {
            setOrgId(v);
            setCompare('');
          }}
        />
        <SelectField
          id="an-round"
          label={t('analysis.fieldRound')}
          value={currentRound()}
          options={rounds().map((r) => ({ value: r, label: roundLabel(r) }))}
          onChange={(v) => {
            setRound(v);
            setCompare('');
          }}
        />
        <SelectField id="an-compare" label={t('analysis.fieldCompare')} value={compare()} placeholder={t('analysis.compareNone')} options={compareOptions()} onChange={setCompare} />
      </div>
      <Show when={projector()}>
        <ProjectorTimer workshopId={props.workshop.id} sessions={props.data.agenda() ?? []} />
      </Show>
      <p class="muted" data-testid="respondents">
        {tp('analysis.respondents', result().first.respondents)}
      </p>
      <Show when={organisations().length > 0}>
        <RoomProgress rows={progress()} organisations={organisations()} />
      </Show>
      <Show when={result().first.respondents > 0} fallback={<p>{t('analysis.noData')}</p>}>
        <div class="analysis__body">
          <RadarChart
            title={t('analysis.chartTitle', { name: mainName() })}
            description={t('analysis.chartDesc', { min: framework().scale.min, max: framework().scale.max })}
            axes={result().first.items.map((i) => itemLabel(i.itemId))}
            min={framework().scale.min}
            max={framework().scale.max}
            series={[
              { name: mainName(), values: result().first.items.map((i) => i.stats.mean) },
              ...(result().second ? [{ name: nameOf(result().second!.choice.organisationId, result().second!.choice.round), values: result().second!.analysis.items.map((i) => i.stats.mean) }] : []),
            ]}
          />
          <div class="highlights">
            {highlight(t('analysis.lowest'), lowestItems(result().first))}
            {highlight(t('analysis.disputed'), mostDisputed(result().first))}
            {highlight(t('analysis.highest'), highestItems(result().first))}
          </div>
        </div>
        <Show when={(framework().dimensions?.length ?? 0) > 0}>
          <PrinciplesAnalysis framework={framework()} scored={scored()} organisations={organisations()} choice={{ organisationId: orgId(), round: currentRound() }} name={mainName()} />
        </Show>
        <AnalysisTable
          caption={t('analysis.tableCaption', { name: mainName() })}
          analysis={result().first}
          itemLabel={itemLabel}
          groupLabel={groupLabel}
          agreed={agreedOf({ organisationId: orgId(), round: currentRound() }, result().first)}
          justificationsTitle={justificationsOf(mainName())}
        />
        <Show when={result().second}>
          {(second) => (
            <AnalysisTable
              caption={t('analysis.tableCaption', { name: nameOf(second().choice.organisationId, second().choice.round) })}
              analysis={second().analysis}
              itemLabel={itemLabel}
              groupLabel={groupLabel}
              agreed={agreedOf(second().choice, second().analysis)}
              justificationsTitle={justificationsOf(nameOf(second().choice.organisationId, second().choice.round))}
            />
          )}
        </Show>
      </Show>
      <AgreedScoresPanel
        workshopId={props.workshop.id}
        organisationId={orgId()}
        round={currentRound()}
        framework={framework()}
        items={result().first.items}
        records={agreedScores()}
        itemLabel={itemLabel}
      />
    </section>
  );
}
