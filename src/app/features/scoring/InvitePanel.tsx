import './scoring.css';
import { Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { Button } from '../../ui/Button.tsx';

/** Whether the server has the link: phones can join now, it is on its way, or it waits for a connection. */
export type InviteDelivery = 'ready' | 'sending' | 'offline';

export interface InvitePanelProps {
  link: string | undefined;
  delivery: InviteDelivery | undefined;
  available: boolean;
  /** The workshop's current invitation was made on another device: this one does not hold its token. */
  elsewhere: boolean;
  onCopy: () => void;
  onRotate: () => void;
}

export function InvitePanel(props: InvitePanelProps) {
  return (
    <section class="panel invite" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <Show when={props.available} fallback={<p class="notice">{t('invite.needsSecure')}</p>}>
        <p class="muted">{t('invite.intro')}</p>
        <Show when={props.elsewhere && !props.link}>
          <p class="notice" data-testid="invite-elsewhere">
            {t('invite.elsewhere')}
          </p>
          <p class="muted">{t('invite.replaceHelp')}</p>
          <div class="row__actions">
            <Button label={t('invite.replace')} onClick={props.onRotate} />
          </div>
        </Show>
        <Show when={props.link}>
          {(link) => (
            <>
              <Show when={props.delivery}>
                {(d) => (
                  <p role="status" class={d() === 'ready' ? 'notice notice--ok' : d() === 'offline' ? 'notice' : 'muted'} data-testid="invite-delivery">
                    {t(`invite.${d()}`)}
                  </p>
                )}
              </Show>
              <QrCode text={link()} label={t('invite.qr')} />
              <p>
                {t('invite.link')}:{' '}
                <span class="code join-link" data-testid="join-link">
                  {link()}
                </span>
              </p>
              <div class="row__actions">
                <Button label={t('invite.copy')} onClick={props.onCopy} />
                <Button label={t('invite.rotate')} onClick={props.onRotate} />
              </div>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
