import { For, Show } from 'solid-js';
import { creatorOf } from '../../../shared/hlc.ts';
import { phoneCode } from '../../../shared/device.ts';
import type { Organisation } from '../../../shared/schemas/records.ts';
import type { Delegate } from '../../../shared/schemas/room-records.ts';
import { t, tp } from '../../i18n/index.ts';
import { useStore } from '../../core/db/store-context.ts';
import { announce } from '../../ui/announcer.ts';
import { Button } from '../../ui/Button.tsx';
import { run } from '../../ui/command.ts';
import { SelectField } from '../../ui/inputs.tsx';
import { fullName, shortName } from '../../ui/names.ts';
import { Panel } from '../../ui/Panel.tsx';

/**
 * The phones that joined and the organisation each speaks for (its delegation). A phone chooses once;
 * here the facilitator puts right a wrong choice, or lets the phone choose again (the delegation is
 * deleted, so the phone asks anew). Phones are known by the code they show, the start of their id.
 */
export function DelegationsPanel(props: { delegates: readonly Delegate[]; organisations: readonly Organisation[] }) {
  const store = useStore();
  const code = (d: Delegate) => phoneCode(creatorOf(d) ?? '');
  const name = (id: string) => {
    const org = props.organisations.find((o) => o.id === id);
    return org ? shortName(org) : '';
  };
  const move = (d: Delegate, organisationId: string) =>
    run(async () => {
      await store.repos.delegate.update(d.id, { organisationId });
      announce(t('phones.moved', { code: code(d), name: name(organisationId) }));
    });
  const release = (d: Delegate) =>
    run(async () => {
      await store.repos.delegate.remove(d.id);
      announce(t('phones.released', { code: code(d) }));
    });
  return (
    <Panel titleId="phones-title" title={t('phones.title')}>
      <p class="muted">{tp('phones.count', props.delegates.length)}</p>
      <Show when={props.delegates.length > 0}>
        <ul class="rows" aria-labelledby="phones-title">
          <For each={props.delegates}>
            {(d) => (
              <li class="row">
                <SelectField
                  id={`phone-${d.id}`}
                  label={t('phones.phone', { code: code(d) })}
                  value={d.organisationId}
                  options={props.organisations.map((o) => ({ value: o.id, label: fullName(o) }))}
                  onChange={(v) => void move(d, v)}
                />
                <Button label={t('phones.release')} ariaLabel={t('phones.releaseOf', { code: code(d) })} onClick={() => void release(d)} />
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Panel>
  );
}
