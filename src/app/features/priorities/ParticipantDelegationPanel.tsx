import { createSignal, Show } from 'solid-js';
import type { Organisation } from '../../../shared/schemas/records.ts';
import { delegateIdFor } from '../../../shared/identity/derived-id.ts';
import { phoneCode } from '../../../shared/device.ts';
import { t } from '../../i18n/index.ts';
import { useStore } from '../../core/db/store-context.ts';
import { run } from '../../ui/command.ts';
import { SelectField } from '../../ui/inputs.tsx';
import { Form } from '../../ui/SubForm.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { fullName } from '../../ui/names.ts';

export interface ParticipantDelegationPanelProps {
  workshopId: string;
  organisations: readonly Organisation[];
  /** The organisation this phone speaks for, once chosen. */
  chosen: string | undefined;
  /** Preselected while none is chosen: the organisation of the phone's latest assessment. */
  suggested: string;
}

/**
 * Which organisation this phone speaks for. Chosen once: the server refuses a phone changing it
 * (`not_your_organisation`), so once chosen the choice is shown, never offered again. Not shown
 * while none is chosen in a closed workshop: the server takes no choice then.
 */
export function ParticipantDelegationPanel(props: ParticipantDelegationPanelProps) {
  const store = useStore();
  const [picked, setPicked] = createSignal<string>();
  const value = () => picked() ?? props.suggested;
  const [error, setError] = createSignal<string>();
  const chosenOrganisation = () => props.organisations.find((o) => o.id === props.chosen);

  async function confirm() {
    if (!props.organisations.some((o) => o.id === value())) return setError(t('validation.choose'));
    setError(undefined);
    await run(() => store.repos.delegate.put(delegateIdFor(props.workshopId, store.deviceId), { organisationId: value() }, props.workshopId));
  }

  return (
    <Panel titleId="delegation-title" title={t('cards.fieldDelegation')}>
      <Show
        when={props.chosen}
        fallback={
          <Show when={props.organisations.length > 0} fallback={<p>{t('cards.delegationNoOrganisations')}</p>}>
            <Form class="subform" label={t('cards.delegationQuestion')} onSubmit={() => void confirm()}>
              <p class="muted">{t('cards.delegationIntro')}</p>
              <SelectField
                id="delegation"
                label={t('cards.delegationQuestion')}
                required
                placeholder={t('cards.chooseOrganisation')}
                value={value()}
                error={error()}
                options={props.organisations.map((o) => ({ value: o.id, label: fullName(o) }))}
                onChange={(v) => {
                  setPicked(v);
                  setError(undefined);
                }}
              />
              <div class="form__actions">
                <button type="submit" class="button button--primary">
                  {t('cards.delegationConfirm')}
                </button>
              </div>
            </Form>
          </Show>
        }
      >
        <Show when={chosenOrganisation()} fallback={<p class="notice">{t('cards.delegationGone')}</p>}>
          {(o) => <p>{t('cards.delegationChosen', { name: fullName(o()) })}</p>}
        </Show>
        <p class="muted">{t('cards.delegationFixed')}</p>
        {/* The facilitator's People tab names phones by this code, to put a wrong choice right. */}
        <p class="muted" data-testid="phone-code">
          {t('phones.yourCode', { code: phoneCode(store.deviceId) })}
        </p>
      </Show>
    </Panel>
  );
}
