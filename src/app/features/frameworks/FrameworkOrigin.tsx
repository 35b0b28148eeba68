import { Show } from 'solid-js';
import { FRAMEWORK_TEXT_KINDS, localised, type FrameworkDocument, type FrameworkTextKind } from '../../../shared/framework/schema.ts';
import { formatList, locale, t } from '../../i18n/index.ts';

/** Whether a framework holds any text of a kind (a framework without guiding questions has none of ours either). */
function holds(f: FrameworkDocument, kind: FrameworkTextKind): boolean {
  const items = f.groups.flatMap((g) => g.items);
  if (kind === 'explanations') return items.some((i) => i.explanation);
  if (kind === 'questions') return items.some((i) => (i.questions ?? []).length > 0);
  if (kind === 'factors') return f.factors.length > 0;
  return true;
}

/**
 * The published work a framework follows and, when it keeps some of that work's names, which of its
 * texts are the work's and which are its own wording. Nothing when the framework names no source.
 */
export function FrameworkOrigin(props: { framework: FrameworkDocument }) {
  const kinds = (list: readonly FrameworkTextKind[]) => formatList(list.map((k) => t(`frameworkOrigin.kinds.${k}`)));
  return (
    <Show when={props.framework.origin}>
      {(origin) => {
        const source = () => ({ title: localised(origin().title, locale()), publisher: localised(origin().publisher, locale()), year: String(origin().year) });
        const published = () => origin().published;
        const own = () => FRAMEWORK_TEXT_KINDS.filter((k) => holds(props.framework, k) && !published().includes(k));
        return (
          <>
            <p class="card__meta">
              {published().length > 0 ? t('frameworkOrigin.source', source()) : t('frameworkOrigin.adaptedFrom', source())}
              <Show when={origin().url}>
                {(url) => (
                  <>
                    {' '}
                    <a href={url()} target="_blank" rel="noopener noreferrer">
                      {url()}
                    </a>
                  </>
                )}
              </Show>
            </p>
            <Show when={published().length > 0}>
              <p class="card__meta">{t('frameworkOrigin.published', { kinds: kinds(published()) })}</p>
              <Show when={own().length > 0}>
                <p class="card__meta">{t('frameworkOrigin.own', { kinds: kinds(own()) })}</p>
              </Show>
            </Show>
          </>
        );
      }}
    </Show>
  );
}
