import { createMemo, Show, untrack } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { useStore } from '../../core/db/store-context.ts';
import { Panel } from '../../ui/Panel.tsx';
import { fullName, shortName } from '../../ui/names.ts';
import { createHistoryData } from './history-data.ts';
import { organisationHistory } from './history.ts';
import { frameworkResolver } from './framework-of.ts';
import { HistoryRounds } from './HistoryRounds.tsx';
import { HistoryTable } from './HistoryTable.tsx';
import { HistoryRadar } from './HistoryRadar.tsx';
import { HistoryActions } from './HistoryActions.tsx';

/**
 * One organisation over the years: every workshop and round on this device where the same union
 * was scored, each capacity's mean and agreed score per round with its change, the first round
 * against the latest as a chart, and its action-plan items with their status.
 */
export function HistoryScreen(props: { id: string }) {
  const store = useStore();
  // Another organisation's route mounts a new screen.
  const source = createHistoryData(
    store,
    untrack(() => props.id),
  );
  const history = createMemo(() => {
    const src = source();
    return src ? organisationHistory(src, src.organisation, frameworkResolver(src.frameworks)) : undefined;
  });
  const links = { workshopHref: (id: string) => paths.workshop(id), onLink: linkClick };

  return (
    <div class="history-page">
      <p>
        <a class="back-link" href={paths.home()} onClick={linkClick}>
          {t('history.back')}
        </a>
      </p>
      <Show when={source() !== undefined} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show
          when={history()}
          fallback={
            <>
              <h1 tabindex="-1">{t('history.link')}</h1>
              <p class="notice">{t('history.notFound')}</p>
            </>
          }
        >
          {(h) => (
            <>
              <div class="page-head">
                <h1 tabindex="-1">{t('history.title', { name: fullName(h().organisation) })}</h1>
              </div>
              <p class="muted">{t('history.intro', { name: shortName(h().organisation) })}</p>
              <Show when={h().rounds.length > 0} fallback={<p class="notice">{t('history.none')}</p>}>
                <Panel titleId="history-rounds" title={t('history.rounds')}>
                  <HistoryRounds rounds={h().rounds} {...links} />
                </Panel>
                <Panel titleId="history-capacities" title={t('history.capacities')}>
                  <HistoryTable history={h()} caption={t('history.capacitiesCaption', { name: shortName(h().organisation) })} />
                </Panel>
                <Panel titleId="history-chart" title={t('history.chart')}>
                  <HistoryRadar history={h()} name={shortName(h().organisation)} />
                </Panel>
              </Show>
              <Panel titleId="history-actions" title={t('history.actions')}>
                <Show when={h().actions.length > 0} fallback={<p>{t('history.actionsNone')}</p>}>
                  <HistoryActions actions={h().actions} {...links} />
                </Show>
              </Panel>
            </>
          )}
        </Show>
      </Show>
    </div>
  );
}
