import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { cofacilitatorCodeHash, COFACILITATOR_CODE_MS, displayCofacilitatorCode, newCofacilitatorCode } from '../../../shared/identity/cofacilitator-code.ts';
import { credentialHash, keyIdOf } from '../../../shared/identity/credential.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import type { TeamMember } from '../../../shared/schemas/team.ts';
import { ACCESS_KEY } from '../../core/credentials/credentials.ts';
import { live } from '../../core/db/live-query.ts';
import { getSetting, setSetting } from '../../core/db/settings.ts';
import { useStore } from '../../core/db/store-context.ts';
import { useSync } from '../../core/sync/context.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { Button } from '../../ui/Button.tsx';
import { run } from '../../ui/command.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { cofacilitatorLink } from './cofacilitator-link.ts';

/**
 * Who facilitates a workshop, on every facilitator's device: the owner and the co-facilitators,
 * by their keys' names (the server writes the list). The owner makes the code that lets a
 * colleague's own key in, offline too (only its hash goes on the workshop record, with the next
 * sync), and removes co-facilitators (that needs the server, at once).
 */
export function CofacilitatorsPanel(props: { workshop: Workshop }) {
  const store = useStore();
  const sync = useSync();
  // Another workshop's route mounts a new screen: the id is read once.
  const settingKey = `cofacilitator:${untrack(() => props.workshop.id)}`;
  const myKeyId = live(async () => {
    const key = await getSetting(store.db, ACCESS_KEY);
    return key ? keyIdOf(credentialHash(key)) : '';
  });
  // The code made here, kept on this device only while the record still names its hash.
  const held = live(async () => getSetting(store.db, settingKey));
  const code = () => {
    const c = held();
    return c && props.workshop.cofacilitatorCode?.hash === cofacilitatorCodeHash(c) ? c : undefined;
  };
  const team = () => props.workshop.team ?? [];
  // Before anyone else joins, the server has written no team: only the owner's devices hold the workshop.
  const isOwner = createMemo(() => team().length === 0 || team().some((m) => m.role === 'owner' && m.keyId === myKeyId()));
  const [busy, setBusy] = createSignal(false);

  async function makeCode() {
    const next = newCofacilitatorCode();
    const made = await run(async () => {
      await setSetting(store.db, settingKey, next);
      return store.repos.workshop.update(props.workshop.id, { cofacilitatorCode: { hash: cofacilitatorCodeHash(next), expiresAt: new Date(Date.now() + COFACILITATOR_CODE_MS).toISOString() } });
    });
    if (made) announce(t('cofacilitators.codeMade'));
  }

  async function remove(member: TeamMember) {
    setBusy(true);
    try {
      const done = await sync.removeCofacilitator(props.workshop.id, member.keyId);
      announce(t(`cofacilitators.removal.${done}`, { name: member.name }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="panel" aria-labelledby="cofacilitators-title">
      <h2 id="cofacilitators-title">{t('cofacilitators.title')}</h2>
      <Show when={team().length > 0} fallback={<p class="muted">{t('cofacilitators.onlyOwner')}</p>}>
        <ul class="rows" aria-labelledby="cofacilitators-title" data-testid="team">
          <For each={team()}>
            {(member) => (
              <li class="row">
                <div class="row__main">
                  <p class="row__title">{member.keyId === myKeyId() ? t('cofacilitators.you', { name: member.name }) : member.name}</p>
                  <p class="card__meta">{t(`cofacilitators.roles.${member.role}`)}</p>
                </div>
                <Show when={isOwner() && member.role === 'cofacilitator'}>
                  <div class="row__actions">
                    <Button label={t('cofacilitators.remove')} ariaLabel={t('cofacilitators.removeName', { name: member.name })} tone="danger" disabled={busy()} onClick={() => void remove(member)} />
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={isOwner()} fallback={<p class="muted">{t('cofacilitators.memberIntro')}</p>}>
        <Show when={code()}>
          {(c) => (
            <div class="invite">
              <QrCode text={cofacilitatorLink(location.origin, c())} label={t('cofacilitators.qr')} />
              <p>
                {t('cofacilitators.code')}:{' '}
                <span class="code" data-testid="cofacilitator-code">
                  {displayCofacilitatorCode(c())}
                </span>
              </p>
              <p class="muted">{t('cofacilitators.codeHelp', { date: formatDate(props.workshop.cofacilitatorCode!.expiresAt.slice(0, 10)) })}</p>
            </div>
          )}
        </Show>
        <div class="row__actions">
          <Button label={code() ? t('cofacilitators.newCode') : t('cofacilitators.makeCode')} onClick={() => void makeCode()} />
        </div>
      </Show>
    </section>
  );
}
