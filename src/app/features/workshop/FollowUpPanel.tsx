import { createSignal, For, Show, untrack } from 'solid-js';
import { ROUND_PRESETS, type Workshop } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { roundLabel } from '../../i18n/round-label.ts';
import { linkClick, navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { useStore } from '../../core/db/store-context.ts';
import { live } from '../../core/db/live-query.ts';
import { announce } from '../../ui/announcer.ts';
import { Button } from '../../ui/Button.tsx';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { draftFields, Form } from '../../ui/SubForm.tsx';
import { choices, Fieldset, FormActions, FormMessages, SelectField, TextField } from '../../ui/inputs.tsx';
import { FOLLOW_UP_ERROR_FIELDS, emptyFollowUpDraft, nextRoundDraft, roundOf, startFollowUpWorkshop, startRound, type FollowUpDraft, type FollowUpKind } from './follow-up.ts';

const KINDS: readonly FollowUpKind[] = ['workshop', 'round'];

/**
 * A workshop's rounds over time: the round its assessments count for, the workshop it follows up,
 * and "Start a follow-up": a new workshop with its own dates that carries this one over, or a new
 * round in this one. Everything is written on this device and syncs later.
 */
export function FollowUpPanel(props: { workshop: Workshop }) {
  const store = useStore();
  // Another workshop's route mounts a new screen.
  const id = untrack(() => props.workshop.id);
  // Set when the workshop is made, never changed.
  const from = untrack(() => props.workshop.followsWorkshopId);
  const follows = live(async () => (from ? ((await store.repos.workshop.get(from)) ?? null) : null));
  const [open, setOpen] = createSignal(false);
  const form = createRecordForm({
    formId: `follow-up:${id}`,
    initial: untrack(() => emptyFollowUpDraft(props.workshop, (title) => t('followUp.titleProposed', { title }))),
    errorFields: FOLLOW_UP_ERROR_FIELDS,
    // After a new round, the next one proposed follows it.
    next: (saved) => ({ ...emptyFollowUpDraft(props.workshop, (title) => t('followUp.titleProposed', { title })), ...(saved.kind === 'round' ? nextRoundDraft(roundOf(saved)) : {}) }),
    save: (d: FollowUpDraft) => (d.kind === 'workshop' ? startFollowUpWorkshop(store, props.workshop, d) : startRound(store, props.workshop, d)),
  });
  const bound = bindForm(form, {
    onSaved: (saved) => {
      setOpen(false);
      if (saved.id === id) return announce(t('followUp.roundStarted', { round: roundLabel(saved.currentRound ?? '') }));
      announce(t('followUp.workshopCreated', { title: saved.title }));
      navigate(paths.workshop(saved.id));
    },
    onCancel: () => setOpen(false),
  });
  // `bound` reads the form through getters: it is passed whole, never spread, so fields see every change.
  const { field, set, id: fieldId } = draftFields(bound, 'follow-up');
  const draft = () => form.draft();

  return (
    <section class="panel" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t('followUp.title')}</h2>
      <p data-testid="current-round">{t('followUp.currentRound', { round: roundLabel(props.workshop.currentRound ?? 'baseline') })}</p>
      <Show when={follows()}>
        {(from) => (
          <p>
            {t('followUp.follows')}{' '}
            <a href={paths.workshop(from().id)} onClick={linkClick}>
              {from().title}
            </a>
          </p>
        )}
      </Show>
      <Show when={open() || form.restored} fallback={<Button tone="primary" label={t('followUp.open')} onClick={() => setOpen(true)} />}>
        <Form class="subform" label={t('followUp.title')} onSubmit={() => void bound.onSubmit()}>
          <FormMessages notice={form.restored ? t('form.draftRestored') : undefined} error={bound.formError} />
          <Fieldset id={fieldId('kind')} legend={t('followUp.kindLegend')}>
            <For each={KINDS}>
              {(kind) => (
                <label class="check">
                  <input type="radio" name={fieldId('kind')} value={kind} checked={draft().kind === kind} onChange={() => set('kind', kind)} />
                  <span>
                    {kind === 'workshop' ? t('followUp.kindWorkshop') : t('followUp.kindRound')}
                    <span class="muted"> {kind === 'workshop' ? t('followUp.kindWorkshopHint') : t('followUp.kindRoundHint')}</span>
                  </span>
                </label>
              )}
            </For>
          </Fieldset>
          <Show
            when={draft().kind === 'workshop'}
            fallback={
              <div class="form__row">
                <SelectField {...field('roundChoice')} label={t('followUp.fieldRound')} options={[...choices(ROUND_PRESETS, 'rounds'), { value: 'other', label: t('scoring.roundOther') }]} />
                <Show when={draft().roundChoice === 'other'}>
                  <TextField {...field('roundOther')} error={bound.errors.currentRound} label={t('scoring.fieldRoundOther')} required />
                </Show>
              </div>
            }
          >
            <TextField {...field('title')} label={t('followUp.fieldTitle')} required />
            <div class="form__row">
              <TextField {...field('startDate')} type="date" label={t('workshopForm.fieldStart')} required />
              <TextField {...field('endDate')} type="date" label={t('workshopForm.fieldEnd')} />
            </div>
          </Show>
          <FormActions
            saveLabel={draft().kind === 'workshop' ? t('followUp.createWorkshop') : t('followUp.startRound')}
            cancelLabel={t('form.cancel')}
            saving={bound.saving}
            onCancel={bound.onCancel}
          />
        </Form>
      </Show>
    </section>
  );
}
