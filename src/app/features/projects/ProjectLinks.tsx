import { For, Show } from 'solid-js';
import type { Project } from '../../../shared/schemas/records.ts';
import type { ProjectDraft } from './project-draft.ts';
import { t, formatList } from '../../i18n/index.ts';
import { FormActions, FormMessages, SelectField } from '../../ui/inputs.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { Button } from '../../ui/Button.tsx';
import { Form } from '../../ui/SubForm.tsx';
import { ProjectTextField, type ProjectDraftForm } from './ProjectTextField.tsx';

export interface ProjectLinksProps {
  linked: readonly Project[];
  available: readonly Project[];
  chosen: string;
  onChoose: (id: string) => void;
  onLink: () => void;
  onUnlink: (project: Project) => void;
  draft: ProjectDraft;
  errors: Record<string, string>;
  formError?: string | undefined;
  saving: boolean;
  onDraftChange: (d: ProjectDraft) => void;
  onCreate: () => void;
}

export function ProjectLinks(props: ProjectLinksProps) {
  const form: ProjectDraftForm = {
    get draft() {
      return props.draft;
    },
    get errors() {
      return props.errors;
    },
    onChange: (d) => props.onDraftChange(d),
  };
  return (
    <Panel titleId="projects-title" title={t('projects.title')}>
      <p class="muted">{t('projects.intro')}</p>
      <Show when={props.linked.length > 0} fallback={<p>{t('projects.none')}</p>}>
        <ul class="rows" aria-label={t('projects.title')}>
          <For each={props.linked}>
            {(p) => (
              <li class="row">
                <div class="row__main">
                  <p class="row__title">
                    <span class="code">{p.reference}</span> {p.title}
                  </p>
                  <Show when={p.donor}>
                    <p class="card__meta">{t('projects.donorLine', { donor: p.donor })}</p>
                  </Show>
                  <Show when={p.partners.length > 0}>
                    <p class="card__meta">{t('projects.partnersLine', { partners: formatList(p.partners) })}</p>
                  </Show>
                </div>
                <Button label={t('projects.unlink', { reference: p.reference })} onClick={() => props.onUnlink(p)} />
              </li>
            )}
          </For>
        </ul>
      </Show>

      <Show when={props.available.length}>
        <div class="inline-form">
          <SelectField
            id="project-link"
            label={t('projects.linkExisting')}
            value={props.chosen}
            placeholder={t('projects.chooseProject')}
            options={props.available.map((p) => ({ value: p.id, label: `${p.reference} – ${p.title}` }))}
            onChange={props.onChoose}
          />
          <Button label={t('projects.link')} disabled={!props.chosen} onClick={props.onLink} />
        </div>
      </Show>

      <Form class="subform" onSubmit={() => props.onCreate()}>
        <h3>{t('projects.addNew')}</h3>
        <FormMessages error={props.formError} />
        <div class="form__row">
          <ProjectTextField form={form} idPrefix="p" field="reference" label={t('projects.fieldReference')} hint={t('projects.referenceHint')} />
          <ProjectTextField form={form} idPrefix="p" field="donor" label={t('projects.fieldDonor')} />
        </div>
        <ProjectTextField form={form} idPrefix="p" field="title" label={t('projects.fieldTitle')} />
        <ProjectTextField form={form} idPrefix="p" field="partners" label={t('projects.fieldPartners')} hint={t('projects.partnersHint')} />
        <FormActions saveLabel={t('projects.save')} saving={props.saving} />
      </Form>
    </Panel>
  );
}
