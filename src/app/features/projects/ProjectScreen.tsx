import './projects.css';
import { createMemo, createSignal, Show, untrack, type JSX } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { projectPage } from './projects-page.ts';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { frameworkResolver } from '../history/index.ts';
import { createProjectPageData } from './projects-data.ts';
import { useStore } from '../../core/db/store-context.ts';
import { ProjectDetails } from './ProjectDetails.tsx';
import { ProjectResults } from './ProjectResults.tsx';
import { ProjectActions, ProjectPractices, ProjectWorkshops } from './ProjectWork.tsx';
import { ProjectEditor } from './ProjectEditor.tsx';
import { Panel } from '../../ui/Panel.tsx';

/** A section of the page with its heading; `none` says why it is empty. */
function Part(props: { id: string; title: string; hint?: string; empty: boolean; none: string; children: JSX.Element }) {
  return (
    <Panel titleId={props.id} title={props.title}>
      <Show when={props.hint}>
        <p class="muted">{props.hint}</p>
      </Show>
      <Show when={!props.empty} fallback={<p>{props.none}</p>}>
        {props.children}
      </Show>
    </Panel>
  );
}

/**
 * One project and what the workshops produced for it: the workshops that named it, the practice
 * cards linked to it, its partner organisations' capacity results over rounds and their actions.
 */
export function ProjectScreen(props: { id: string }) {
  const store = useStore();
  // Another project's route mounts a new screen.
  const source = createProjectPageData(
    store,
    untrack(() => props.id),
  );
  const page = createMemo(() => {
    const src = source();
    return src ? projectPage(src, frameworkResolver(src.frameworks)) : undefined;
  });
  const [editing, setEditing] = createSignal(false);
  const links = { workshopHref: (w: { id: string }) => paths.workshop(w.id), onLink: linkClick };

  return (
    <div class="projects">
      <p>
        <a class="back-link" href={paths.projects()} onClick={linkClick}>
          {t('projectPage.back')}
        </a>
      </p>
      <Show when={source() !== undefined} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show
          when={source()}
          fallback={
            <>
              <h1 tabindex="-1">{t('projectList.title')}</h1>
              <p class="notice">{t('projectPage.notFound')}</p>
            </>
          }
        >
          {(src) => (
            <>
              <div class="page-head">
                <h1 tabindex="-1">
                  <span class="code">{src().project.reference}</span> {src().project.title}
                </h1>
                <Show when={!editing()}>
                  <button type="button" class="button" onClick={() => setEditing(true)}>
                    {t('projectPage.edit')}
                  </button>
                </Show>
              </div>
              <Show when={editing()}>
                <ProjectEditor project={src().project} onDone={() => setEditing(false)} />
              </Show>
              <Panel titleId="project-about" title={t('projectPage.about')}>
                <ProjectDetails project={src().project} />
              </Panel>
              <Part id="project-workshops" title={t('projectPage.workshops')} empty={page()!.workshops.length === 0} none={t('projectPage.workshopsNone')}>
                <ProjectWorkshops workshops={page()!.workshops} {...links} />
              </Part>
              <Part id="project-practices" title={t('projectPage.practices')} empty={page()!.practices.length === 0} none={t('projectPage.practicesNone')}>
                <ProjectPractices practices={page()!.practices} {...links} />
              </Part>
              <Part
                id="project-results"
                title={t('projectPage.results')}
                hint={t('projectPage.resultsHint')}
                empty={page()!.partners.every((p) => p.rounds.length === 0)}
                none={t('projectPage.resultsNone')}
              >
                <ProjectResults rounds={page()!.rounds} partners={page()!.partners.filter((p) => p.rounds.length > 0)} historyHref={(o) => paths.organisationHistory(o.id)} onLink={linkClick} />
              </Part>
              <Part id="project-actions" title={t('projectPage.actions')} empty={page()!.actions.length === 0} none={t('projectPage.actionsNone')}>
                <ProjectActions actions={page()!.actions} {...links} />
              </Part>
            </>
          )}
        </Show>
      </Show>
    </div>
  );
}
