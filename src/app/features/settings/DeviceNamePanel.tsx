import { createSignal, Show } from 'solid-js';
import { ACCESS_KEY } from '../../core/credentials/credentials.ts';
import { getSetting } from '../../core/db/settings.ts';
import { ACCESS_KEY_PREFIX } from '../../../shared/identity/join-credential.ts';
import { thisDeviceName } from '../../core/db/device-names.ts';
import { live } from '../../core/db/live-query.ts';
import { useStore } from '../../core/db/store-context.ts';
import { Form } from '../../ui/SubForm.tsx';
import { t } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { FormActions, TextField } from '../../ui/inputs.tsx';
import { deviceKind, nameThisDevice } from './device-name.ts';

/**
 * This device's name, as the facilitator's other devices show it beside the edits it made that
 * were replaced. Until one is saved, the device's kind is suggested and other devices say
 * "another device". A coordinator's key writes no names (it curates, and owns no scope), so a
 * coordinator's device is not offered one.
 */
export function DeviceNamePanel() {
  const store = useStore();
  // undefined while reading; null when the device has no name yet.
  const mine = live(async () => (await thisDeviceName(store)) ?? null);
  const suggested = () => t(`deviceName.kinds.${deviceKind(navigator.userAgent, navigator.maxTouchPoints)}`);
  const [typed, setTyped] = createSignal<string>();
  const value = () => typed() ?? mine()?.name ?? suggested();
  const [error, setError] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);
  const key = live(async () => (await getSetting(store.db, ACCESS_KEY)) ?? '');

  async function save() {
    const name = value().trim();
    if (!name) return setError(t('deviceName.required'));
    setError(undefined);
    setSaving(true);
    const saved = await run(() => nameThisDevice(store, name), { onError: (failure) => setError(failure.fields.name ?? failure.message) });
    setSaving(false);
    if (!saved) return;
    setTyped(undefined);
    announce(t('deviceName.saved', { name: saved.name }));
  }

  return (
    <Show when={key() !== undefined && !key()!.startsWith(ACCESS_KEY_PREFIX.coordinator)}>
      <Form class="form" labelledBy="device-name-title" onSubmit={() => void save()}>
        <h2 id="device-name-title">{t('deviceName.title')}</h2>
        <p class="muted" data-testid="device-name-state">
          {mine() === null ? t('deviceName.unnamed') : t('deviceName.named')}
        </p>
        <TextField id="device-name" label={t('deviceName.field')} hint={t('deviceName.hint')} required error={error()} value={value()} onInput={setTyped} autocomplete="off" />
        <FormActions saveLabel={t('deviceName.save')} saving={saving()} />
      </Form>
    </Show>
  );
}
