import { For, Show } from 'solid-js';
import type { LostValue } from '../../shared/schemas/records.ts';
import { decodeHlc } from '../../shared/hlc.ts';
import { KIND_RULES } from '../../shared/schemas/kind-rules.ts';
import type { RecordKind } from '../../shared/schemas/kinds.ts';
import { formatAgo, t } from '../i18n/index.ts';
import { Panel } from './Panel.tsx';

/** Values that lost to a concurrent edit, so a facilitator can put one back by hand. */
export function LostValues(props: { values: readonly LostValue[]; now: number }) {
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  // A kind is named by its label; one this build does not know, by its name.
  const kind = (k: string) => (Object.hasOwn(KIND_RULES, k) ? t(KIND_RULES[k as RecordKind].label) : k);
  const when = (stamp: string) => {
    try {
      return formatAgo(decodeHlc(stamp).wall, props.now);
    } catch {
      return '';
    }
  };
  return (
    <Panel titleId="lost-title" title={t('lost.title')}>
      <Show when={props.values.length > 0} fallback={<p class="muted">{t('lost.empty')}</p>}>
        <p class="muted">{t('lost.intro')}</p>
        <ul class="rows" aria-labelledby="lost-title">
          <For each={props.values}>
            {(l) => (
              <li class="row">
                <p class="row__title note__text">
                  {t('lost.item', { what: `${kind(l.recordKind)} · ${l.field}`, value: text(l.value).slice(0, 300), device: l.lostDeviceId, when: when(l.winnerStamp) })}
                </p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Panel>
  );
}
