import { For } from 'solid-js';
import type { ProjectPage } from './projects-page.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { countryName, formatDate, t } from '../../i18n/index.ts';
import { capacityLabel, themeLabel } from '../../i18n/labels.ts';
import { projectDates } from './ProjectText.tsx';

/** What the workshops produced for a project, as tables that stack into cards on a phone. */

interface Links {
  workshopHref: (w: Workshop) => string;
  onLink: (e: MouseEvent) => void;
}

const workshopLink = (w: Workshop | undefined, links: Links) =>
  w ? (
    <a class="cell-link" href={links.workshopHref(w)} onClick={(e) => links.onLink(e)}>
      {w.title}
    </a>
  ) : (
    <span class="muted">{t('projectList.none')}</span>
  );

export function ProjectWorkshops(props: Links & { workshops: ProjectPage['workshops'] }) {
  return (
    <table class="table stack">
      <caption class="visually-hidden">{t('projectPage.workshops')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('projectPage.columnWorkshop')}</th>
          <th scope="col">{t('projectPage.columnDates')}</th>
          <th scope="col">{t('projectPage.columnCountry')}</th>
          <th scope="col">{t('projectPage.columnTheme')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.workshops}>
          {(w) => (
            <tr>
              <th scope="row">{workshopLink(w, props)}</th>
              <td data-label={t('projectPage.columnDates')}>{projectDates(w)}</td>
              <td data-label={t('projectPage.columnCountry')}>{countryName(w.country)}</td>
              <td data-label={t('projectPage.columnTheme')}>{themeLabel(w.theme)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

export function ProjectPractices(props: Links & { practices: ProjectPage['practices'] }) {
  return (
    <table class="table stack">
      <caption class="visually-hidden">{t('projectPage.practices')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('projectPage.columnPractice')}</th>
          <th scope="col">{t('projectPage.columnWorkshop')}</th>
          <th scope="col">{t('projectPage.columnStatus')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.practices}>
          {(p) => (
            <tr>
              <th scope="row">{p.practice.title}</th>
              <td data-label={t('projectPage.columnWorkshop')}>{workshopLink(p.workshop, props)}</td>
              <td data-label={t('projectPage.columnStatus')}>{t(`practiceStatus.${p.practice.status}`)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

export function ProjectActions(props: Links & { actions: ProjectPage['actions'] }) {
  return (
    <table class="table stack">
      <caption class="visually-hidden">{t('projectPage.actions')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('projectPage.columnAction')}</th>
          <th scope="col">{t('projectPage.columnOrganisation')}</th>
          <th scope="col">{t('projectPage.columnCapacity')}</th>
          <th scope="col">{t('projectPage.columnDue')}</th>
          <th scope="col">{t('projectPage.columnStatus')}</th>
          <th scope="col">{t('projectPage.columnWorkshop')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.actions}>
          {(a) => (
            <tr>
              <th scope="row" class="note__text">{a.action.action}</th>
              <td data-label={t('projectPage.columnOrganisation')}>{a.organisation.acronym || a.organisation.name}</td>
              <td data-label={t('projectPage.columnCapacity')}>{capacityLabel(a.action.itemId)}</td>
              <td data-label={t('projectPage.columnDue')}>{formatDate(a.action.due) || '–'}</td>
              <td data-label={t('projectPage.columnStatus')}>
                <span class="badge">{t(`actionStatus.${a.action.status}`)}</span>
              </td>
              <td data-label={t('projectPage.columnWorkshop')}>{workshopLink(a.workshop, props)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
