import { createSignal, For, Show, untrack } from 'solid-js';
import { creatorOf } from '../../../shared/hlc.ts';
import type { ActionItem } from '../../../shared/schemas/records.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { useStore } from '../../core/db/store-context.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { createEditForm } from '../../ui/forms/edit-form.ts';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons.tsx';
import { choices, SelectField, type Option } from '../../ui/inputs.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { removeWithUndo, updateWithUndo } from '../../ui/undo.ts';
import { ParticipantPlanForm } from './ParticipantPlanForm.tsx';
import { ACCEPTED_STATUSES, actionToPlanDraft, draftToPlanAction, emptyPlanDraft, planFields } from './participant-drafts.ts';

export interface ParticipantPlanPanelProps {
  workshopId: string;
  /** The delegation's organisation's actions: drafts from its phones and the accepted plan. */
  actions: readonly ActionItem[];
  organisationId: string;
  closed: boolean;
  capacities: readonly Option[];
  itemLabel: (id: string) => string;
}

function DraftEditor(props: { action: ActionItem; capacities: readonly Option[]; onDone: () => void }) {
  const store = useStore();
  // Only the draft's own fields travel: its status and organisation stay as they are.
  const form = createEditForm({ name: 'plan-edit', record: () => props.action, toDraft: actionToPlanDraft, save: (d) => store.repos.action.update(props.action.id, planFields(d)) });
  return (
    <ParticipantPlanForm
      idPrefix={`plan-${props.action.id}`}
      heading={t('cards.planEditTitle')}
      saveLabel={t('form.save')}
      capacities={props.capacities}
      {...bindForm(form, { onSaved: props.onDone, onCancel: props.onDone })}
    />
  );
}

/**
 * A delegation's part of the action plan. The phone drafts actions (`proposed`), edits and deletes
 * its own drafts until the facilitator accepts them, and then reports how an accepted item is
 * going, by its status only: the one change the server takes from it once the workshop is closed.
 */
export function ParticipantPlanPanel(props: ParticipantPlanPanelProps) {
  const store = useStore();
  const [editing, setEditing] = createSignal<string>();
  // Another workshop's route mounts a new screen.
  const workshopId = untrack(() => props.workshopId);
  const form = createRecordForm({
    formId: `plan-new:${workshopId}`,
    initial: emptyPlanDraft(),
    dirtyWhen: (d) => d.action.trim() !== '',
    save: (d) => store.repos.action.create(draftToPlanAction(d, props.organisationId), props.workshopId),
  });
  // A draft this phone made: its creation stamp names its maker (the server hides last writers from phones, and checks the creator).
  const mine = (a: ActionItem) => a.status === 'proposed' && creatorOf(a) === store.deviceId && !props.closed;
  const meta = (a: ActionItem) => [props.itemLabel(a.itemId), a.who, a.due ? t('cards.due', { date: formatDate(a.due) }) : ''].filter(Boolean).join(' · ');
  const setStatus = (a: ActionItem, status: ActionItem['status']) =>
    void updateWithUndo(store.repos.action, a.id, { status }, t('actions.statusChanged', { action: a.action.slice(0, 60), status: t(`actionStatus.${status}`) }));

  return (
    <Panel titleId="plan-title" title={t('cards.planTitle')}>
      <Show when={props.actions.length > 0} fallback={<p>{t('cards.planEmpty')}</p>}>
        <ul class="rows" aria-label={t('cards.planLabel')}>
          <For each={props.actions}>
            {(a) => (
              <li class="row">
                <Show when={editing() !== a.id} fallback={<DraftEditor action={a} capacities={props.capacities} onDone={() => setEditing(undefined)} />}>
                  <div class="row__main">
                    <p class="row__title note__text">{a.action}</p>
                    <p class="card__meta">{meta(a)}</p>
                    <Show when={a.indicator}>
                      <p class="note__text">
                        {t('actions.fieldIndicator')}: {a.indicator}
                      </p>
                    </Show>
                    <Show
                      when={a.status === 'proposed'}
                      fallback={
                        <SelectField
                          id={`plan-status-${a.id}`}
                          label={t('actions.statusOf', { action: a.action.slice(0, 60) })}
                          value={a.status}
                          options={choices(ACCEPTED_STATUSES, 'actionStatus')}
                          onChange={(v) => setStatus(a, v as ActionItem['status'])}
                        />
                      }
                    >
                      <p class="muted">{t('cards.waiting')}</p>
                    </Show>
                  </div>
                  <Show when={mine(a)}>
                    <div class="row__actions">
                      <EditDeleteButtons
                        editLabel={t('cards.editDraft', { action: a.action.slice(0, 60) })}
                        removeLabel={t('cards.removeDraft', { action: a.action.slice(0, 60) })}
                        onEdit={() => setEditing(a.id)}
                        onRemove={() => void removeWithUndo(store.repos.action, a.id, a.action.slice(0, 40))}
                      />
                    </div>
                  </Show>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={!props.closed}>
        <ParticipantPlanForm idPrefix="plan-new" heading={t('cards.planAdd')} saveLabel={t('cards.planSave')} capacities={props.capacities} {...bindForm(form)} />
      </Show>
    </Panel>
  );
}
