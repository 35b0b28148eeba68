import { For, Show } from 'solid-js';
import { KIND_RULES } from '../../../shared/schemas/kind-rules.ts';
import type { RecordKind } from '../../../shared/schemas/kinds.ts';
import type { RejectionCode } from '../../../shared/sync/rejections.ts';
import { formatList, t, tp } from '../../i18n/index.ts';

/** Refused changes that share a reason. */
export interface RefusedGroup {
  code: RejectionCode | 'unknown';
  count: number;
  kinds: readonly RecordKind[];
  /** For `join_token_taken`: the workshops whose invitation to make anew. */
  invitations: readonly { workshopId: string; title: string }[];
}

export interface RefusedChangesProps {
  groups: readonly RefusedGroup[];
  onNewInvitation: (workshopId: string) => void;
}

/** The changes the server refused, by reason: what was refused, why in words, and the action that helps. */
export function RefusedChanges(props: RefusedChangesProps) {
  return (
    <section class="panel" aria-labelledby="refused-title" id="refused">
      <h2 id="refused-title">{t('refused.title')}</h2>
      <p class="muted">{t('refused.intro')}</p>
      <ul class="rows" aria-labelledby="refused-title">
        <For each={props.groups}>
          {(group) => (
            <li class="row" data-code={group.code}>
              <div class="row__main">
                <p class="row__title">{t(`refused.reasons.${group.code}`)}</p>
                <p class="card__meta">{tp('refused.count', group.count, { kinds: formatList(group.kinds.map((k) => t(KIND_RULES[k].label))) })}</p>
              </div>
              <Show when={group.invitations.length > 0}>
                <div class="row__actions">
                  <For each={group.invitations}>
                    {(w) => (
                      <button type="button" class="button" onClick={() => props.onNewInvitation(w.workshopId)}>
                        {t('refused.newInvitation', { title: w.title })}
                      </button>
                    )}
                  </For>
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
