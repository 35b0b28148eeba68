import { For } from 'solid-js';
import { WORKSHOP_SECTIONS, type WorkshopSection } from '../../routes.ts';
import { t } from '../../i18n/index.ts';

export interface WorkshopNavProps {
  current: WorkshopSection;
  /** The tabs shown, in order: every section, or a participant's. */
  sections?: readonly WorkshopSection[];
  hrefOf: (section: WorkshopSection) => string;
  onLink: (e: MouseEvent) => void;
}

export function WorkshopNav(props: WorkshopNavProps) {
  return (
    <nav class="tabs" aria-label={t('sections.label')}>
      <ul>
        <For each={props.sections ?? WORKSHOP_SECTIONS}>
          {(section) => (
            <li>
              <a href={props.hrefOf(section)} aria-current={props.current === section ? 'page' : undefined} onClick={(e) => props.onLink(e)}>
                {t(`sections.${section}`)}
              </a>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
