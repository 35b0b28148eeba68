import '../../styles/report.css';
import { createMemo, For, Show } from 'solid-js';
import { t, tp } from '../../i18n/index.ts';
import { capacityLabel, themeLabel } from '../../i18n/labels.ts';
import { practiceCaseView } from './practice-case.ts';
import { compendiumSummary, themeEntries } from './compendium.ts';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { createCompendiumData } from './compendium-data.ts';
import { useStore } from '../../core/db/store-context.ts';
import { CompendiumSummary } from './CompendiumSummary.tsx';
import { PracticeCase } from './PracticeCase.tsx';
import { PrintButton } from '../../ui/PrintButton.tsx';
import { PreparedOn } from '../../ui/PreparedOn.tsx';
import { CasePhotos } from '../photos/index.ts';

/** A theme's compendium as a document: a cover, a table of contents, then one practice per printed section. */
export function CompendiumReportScreen(props: { theme: string }) {
  const store = useStore();
  const data = createCompendiumData(store);
  const entries = createMemo(() =>
    themeEntries({ workshops: data.workshops() ?? [], practices: data.practices() ?? [], organisations: data.organisations() ?? [], projects: data.projects() ?? [] }, props.theme, false),
  );
  const summary = createMemo(() => compendiumSummary(entries()));
  return (
    <div class="report">
      <div class="report__tools no-print">
        <a class="back-link" href={paths.compendium(props.theme)} onClick={linkClick}>
          {t('compendium.title')}
        </a>
        <PrintButton />
      </div>
      <header class="report__cover">
        <h1 tabindex="-1">{t('report.compendiumCover')}</h1>
        <p class="report__subtitle">{t('report.compendiumTheme', { theme: themeLabel(props.theme) })}</p>
        <p>{tp('compendium.practices', entries().length)}</p>
        <PreparedOn />
      </header>
      <nav class="report__contents" aria-labelledby="contents-title">
        <h2 id="contents-title">{t('report.contents')}</h2>
        <ol>
          <For each={entries()}>
            {(e) => (
              <li>
                <a href={`#practice-${e.practice.id}`}>{e.practice.title}</a>
              </li>
            )}
          </For>
        </ol>
      </nav>
      <CompendiumSummary {...summary()} capacities={summary().capacities.map((c) => ({ label: capacityLabel(c.id), count: c.count }))} />
      <Show when={entries().length > 0} fallback={<p>{t('compendium.noEntries')}</p>}>
        <For each={entries()}>
          {(e) => (
            <section class="report__practice">
              <PracticeCase view={practiceCaseView(e)} level={2}>
                <CasePhotos photos={data.photos()?.get(e.practice.id)} store={store} print />
              </PracticeCase>
            </section>
          )}
        </For>
      </Show>
    </div>
  );
}
