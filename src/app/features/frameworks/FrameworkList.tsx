import { For, Show } from 'solid-js';
import { frameworkItems, localised, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import { locale, t, tp } from '../../i18n/index.ts';
import { FrameworkOrigin } from './FrameworkOrigin.tsx';

export interface FrameworkListProps {
  frameworks: readonly FrameworkDocument[];
  builtInIds: readonly string[];
  onExport: (f: FrameworkDocument) => void;
  onAdapt: (f: FrameworkDocument) => void;
  onEdit: (f: FrameworkDocument) => void;
}

export function FrameworkList(props: FrameworkListProps) {
  return (
    <ul class="rows" aria-label={t('frameworks.title')}>
      <For each={props.frameworks}>
        {(f) => {
          const name = () => localised(f.name, locale());
          const builtIn = () => props.builtInIds.includes(f.id) && f.version === 1;
          return (
            <li class="row">
              <div class="row__main">
                <p class="row__title">{name()}</p>
                <p class="card__meta">
                  {[builtIn() ? t('frameworks.builtIn') : '', t('frameworks.version', { version: f.version }), tp('frameworks.items', frameworkItems(f).length)].filter(Boolean).join(' · ')}
                </p>
                <FrameworkOrigin framework={f} />
              </div>
              <div class="row__actions">
                <button type="button" class="button" aria-label={t('frameworks.export', { name: name() })} onClick={() => props.onExport(f)}>
                  {t('frameworks.exportShort')}
                </button>
                <button type="button" class="button" onClick={() => props.onAdapt(f)}>
                  {t('frameworks.adapt', { name: name() })}
                </button>
                <Show when={!builtIn()}>
                  <button type="button" class="button" onClick={() => props.onEdit(f)}>
                    {t('frameworks.edit', { name: name() })}
                  </button>
                </Show>
              </div>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
