import '../../ui/notice.css';
import { createResource, createSignal, Show } from 'solid-js';
import { rejectedChanges } from '../../core/db/sync-state.ts';
import { getSetting, setSetting } from '../../core/db/settings.ts';
import { pendingFor, syncCredentials } from '../../core/credentials/credentials.ts';
import { importPending } from '../../core/sync/transfer.ts';
import { saveUnsyncedToFile } from '../../core/sync/storage-full.ts';
import { pendingFileSchema } from '../../../shared/sync/pending-file.ts';
import { CREDENTIAL_PATTERN, CREDENTIAL_SOURCE } from '../../../shared/identity/join-credential.ts';
import { locale, setLocale, t, tp } from '../../i18n/index.ts';
import { AUTONYMS, isLocale, LOCALES } from '../../i18n/locales.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { useStore } from '../../core/db/store-context.ts';
import { useSync } from '../../core/sync/context.ts';
import { live } from '../../core/db/live-query.ts';
import { reviewLostValues, sharedLostValues } from '../../core/db/lost-values.ts';
import { LostValues } from '../../ui/LostValues.tsx';
import { putBack } from '../../ui/put-back.ts';
import { DeviceNamePanel } from './DeviceNamePanel.tsx';
import { groupRefused } from './refused.ts';
import { reissueInvitation } from '../../core/credentials/join-link.ts';
import { useParticipantDevice } from '../../core/credentials/participant.ts';
import { createRemoveAnswers, RemoveAnswers } from '../scoring/index.ts';
import { ACCESS_KEY } from '../../core/sync/engine.ts';
import { FileField, FormActions, FormMessages, SelectField, TextField } from '../../ui/inputs.tsx';
import { KeyChangeWarning } from './KeyChangeWarning.tsx';
import { Button } from '../../ui/Button.tsx';
import { Form } from '../../ui/SubForm.tsx';
import { RefusedChanges } from './RefusedChanges.tsx';
import { InstallPanel } from './InstallPanel.tsx';

const KEY_LINK = new RegExp(`^#key=(${CREDENTIAL_SOURCE})$`);

/**
 * The device's access key for sync: replacing it warns first while the changes it carries are not
 * yet synced, and removing it is refused then. Also the changes the server refused, with reasons.
 * A participant's phone has no key of its own: it shows the language, the way to take one's
 * answers off it, and the file that carries them to the facilitator with no connection.
 */
export function SettingsScreen() {
  const store = useStore();
  const engine = useSync();
  const [hasKey, { refetch }] = createResource(async () => Boolean(await getSetting(store.db, ACCESS_KEY)));
  // A link from the admin command carries the key in its fragment (never sent to the server): prefill it.
  const fromLink = KEY_LINK.exec(location.hash)?.[1];
  if (fromLink) history.replaceState(null, '', location.pathname);
  const [key, setKey] = createSignal(fromLink ?? '');
  const [error, setError] = createSignal<string>();

  // A new key replacing one that still has changes to send: how many, before anything is replaced.
  const [keyWarning, setKeyWarning] = createSignal<{ value: string; unsynced: number }>();
  /** Changes the current key carries and the server has not acknowledged. */
  async function unsyncedUnderKey(): Promise<number> {
    const all = await syncCredentials(store.db);
    const current = all.find((c) => c.workshopId === undefined);
    return current ? pendingFor(store.db, current, all) : 0;
  }

  async function save() {
    const value = key().trim();
    if (!CREDENTIAL_PATTERN.test(value)) return setError(t('settings.keyInvalid'));
    setError(undefined);
    const current = await getSetting(store.db, ACCESS_KEY);
    if (current && current !== value && (await unsyncedUnderKey()) > 0) {
      // Sent with the key they were made under, if the connection allows.
      await engine.syncNow();
      const unsynced = await unsyncedUnderKey();
      if (unsynced > 0) return setKeyWarning({ value, unsynced });
    }
    await useKey(value);
  }

  async function useKey(value: string) {
    setKeyWarning(undefined);
    await setSetting(store.db, ACCESS_KEY, value);
    setKey('');
    await refetch();
    announce(t('settings.keySaved'));
    void engine.syncNow({ fresh: true });
  }

  // Removing the key is refused while changes are unsynced, unless they were just exported.
  const [exportedPending, setExportedPending] = createSignal<number>();

  async function exportFile() {
    const count = await saveUnsyncedToFile(store);
    setExportedPending(await store.pendingCount());
    announce(tp('settings.exported', count));
  }

  async function importFile(f: File) {
    const parsed = pendingFileSchema().safeParse(
      await f
        .text()
        .then((x): unknown => JSON.parse(x))
        .catch(() => undefined),
    );
    if (!parsed.success) return announce(t('settings.importInvalid'));
    const { imported, skipped, taken } = await importPending(store.db, parsed.data);
    const said = t('settings.imported', { imported, skipped });
    announce(taken > 0 ? `${said} ${t('settings.importIdTaken')}` : said);
    void engine.syncNow();
  }

  async function remove() {
    const pending = await store.pendingCount();
    if (pending > 0 && exportedPending() !== pending) return announce(tp('settings.removeRefused', pending));
    await setSetting(store.db, ACCESS_KEY, undefined);
    await refetch();
    announce(t('settings.keyRemoved'));
  }

  const refused = live(() => rejectedChanges(store.db));
  const workshops = live(() => store.repos.workshop.list());
  const refusedGroups = () => groupRefused(refused() ?? [], (id) => workshops()?.find((w) => w.id === id)?.title);
  // Edits replaced in records shared across workshops (projects, frameworks): no workshop shows them.
  const sharedLost = live(async () => reviewLostValues(store, await sharedLostValues(store)));

  const participant = useParticipantDevice(store.db);
  const removal = createRemoveAnswers(store, engine, {
    onRemoved: () => announce(t('removeAnswers.done')),
    onExported: (n) => announce(tp('settings.exported', n)),
  });

  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('settings.title')}</h1>
      </div>
      <Show when={participant() === false}>
        <p class="muted">{t('settings.server', { server: location.origin })}</p>
      </Show>
      <Show when={refusedGroups().length > 0}>
        <RefusedChanges
          groups={refusedGroups()}
          onNewInvitation={(id) =>
            void run(async () => (await reissueInvitation(store, id), true)).then((done) => {
              if (!done) return;
              announce(t('refused.newInvitationDone'));
              void engine.syncNow({ fresh: true });
            })
          }
        />
      </Show>
      <Show when={(sharedLost()?.values ?? []).length > 0}>
        <LostValues review={sharedLost()} now={Date.now()} onPutBack={(l, names) => void putBack(store.repos, l, names)} />
      </Show>
      <Show when={participant()}>
        <section class="panel" aria-labelledby="language-title">
          <h2 id="language-title">{t('app.language')}</h2>
          <SelectField
            id="settings-language"
            label={t('participant.languageLabel')}
            value={locale()}
            options={LOCALES.map((l) => ({ value: l, label: AUTONYMS[l] }))}
            onChange={(v) => void (isLocale(v) && setLocale(v).catch(() => announce(t('app.notOnDevice'))))}
          />
        </section>
        <RemoveAnswers titled removal={removal} />
      </Show>
      <Show when={participant() === false}>
        <Form class="form" label={t('settings.keyTitle')} onSubmit={() => void run(save)}>
          <h2>{t('settings.keyTitle')}</h2>
          <Show when={hasKey()}>
            <p class="notice notice--ok">{t('settings.keyOn')}</p>
          </Show>
          <FormMessages error={error()} />
          <TextField id="settings-key" label={t('settings.fieldKey')} hint={t('settings.keyHint')} error={error()} value={key()} onInput={setKey} autocomplete="off" />
          <FormActions saveLabel={t('settings.saveKey')} saving={false} />
          <Show when={keyWarning()}>
            {(w) => <KeyChangeWarning unsynced={w().unsynced} onExport={() => void run(exportFile)} onContinue={() => void run(() => useKey(w().value))} onCancel={() => setKeyWarning(undefined)} />}
          </Show>
          <Show when={hasKey()}>
            <Button tone="danger" label={t('settings.removeKey')} onClick={() => void run(remove)} />
          </Show>
        </Form>
      </Show>
      <Show when={participant() === false}>
        <DeviceNamePanel />
      </Show>
      <section class="panel" aria-labelledby="transfer-title">
        <h2 id="transfer-title">{participant() ? t('participant.transferTitle') : t('settings.transferTitle')}</h2>
        <p class="muted">{participant() ? t('participant.transferIntro') : t('settings.transferIntro')}</p>
        <Button label={participant() ? t('participant.export') : t('settings.export')} onClick={() => void run(exportFile)} />
        {/* Relaying others' changes is the facilitator's tablet's work. */}
        <Show when={participant() === false}>
          <FileField id="import-pending" label={t('settings.import')} accept="application/json,.json" onFile={(f) => void run(() => importFile(f))} />
        </Show>
      </section>
      <InstallPanel />
    </>
  );
}
