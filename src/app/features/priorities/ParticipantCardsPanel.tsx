import { createSignal, For, Show, untrack } from 'solid-js';
import type { SwotEntry } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { useStore } from '../../core/db/store-context.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { createEditForm } from '../../ui/forms/edit-form.ts';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons.tsx';
import type { Option } from '../../ui/inputs.tsx';
import { Panel } from '../../ui/Panel.tsx';
import { removeWithUndo } from '../../ui/undo.ts';
import { ParticipantCardForm } from './ParticipantCardForm.tsx';
import { rememberAuthor, rememberedAuthor } from './participant-author.ts';
import { cardToDraft, draftToCard, emptyCardDraft } from './participant-drafts.ts';

export interface ParticipantCardsPanelProps {
  workshopId: string;
  /** The cards this phone wrote: it reads no other. */
  cards: readonly SwotEntry[];
  /** The delegation's organisation: every card is for it. */
  organisationId: string;
  anonymous: boolean;
  closed: boolean;
  factors: readonly Option[];
  factorLabel: (id: string) => string;
}

function CardEditor(props: Omit<ParticipantCardsPanelProps, 'cards' | 'closed' | 'factorLabel' | 'workshopId'> & { card: SwotEntry; onDone: () => void }) {
  const store = useStore();
  const form = createEditForm({
    name: 'card-edit',
    record: () => props.card,
    toDraft: cardToDraft,
    save: (d) => store.repos.swot.update(props.card.id, draftToCard(d, props.organisationId, props.anonymous)),
  });
  return (
    <ParticipantCardForm
      idPrefix={`card-${props.card.id}`}
      heading={t('cards.editTitle')}
      saveLabel={t('cards.save')}
      factors={props.factors}
      anonymous={props.anonymous}
      {...bindForm(form, { onSaved: props.onDone, onCancel: props.onDone })}
    />
  );
}

/**
 * The phone's SWOT cards: a form to add one for its delegation, and the cards it wrote, each
 * with the author's own words (a facilitator's rewording or merge stays on the board).
 */
export function ParticipantCardsPanel(props: ParticipantCardsPanelProps) {
  const store = useStore();
  const [editing, setEditing] = createSignal<string>();
  // Another workshop's route mounts a new screen.
  const workshopId = untrack(() => props.workshopId);
  const form = createRecordForm({
    formId: `card-new:${workshopId}`,
    initial: emptyCardDraft(rememberedAuthor()),
    // Cards come in runs of one kind, from one person.
    next: (saved) => ({ ...emptyCardDraft(saved.author), quadrant: saved.quadrant, factorId: saved.factorId }),
    dirtyWhen: (d) => d.text.trim() !== '',
    save: async (d) => {
      const card = await store.repos.swot.create(draftToCard(d, props.organisationId, props.anonymous), props.workshopId);
      if (!props.anonymous) rememberAuthor(d.author);
      return card;
    },
  });
  const meta = (c: SwotEntry) => [t(`cards.kinds.${c.quadrant}`), c.factorId ? props.factorLabel(c.factorId) : '', c.author ? t('cards.byAuthor', { name: c.author }) : ''].filter(Boolean).join(' · ');

  return (
    <Panel titleId="cards-title" title={t('swot.title')}>
      <Show when={!props.closed}>
        <ParticipantCardForm idPrefix="card-new" heading={t('cards.addTitle')} saveLabel={t('cards.add')} factors={props.factors} anonymous={props.anonymous} {...bindForm(form)} />
      </Show>
      <section aria-labelledby="cards-mine-title">
        <h3 id="cards-mine-title">{t('cards.mineTitle')}</h3>
        <Show when={props.cards.length > 0} fallback={<p>{t('cards.mineEmpty')}</p>}>
          <ul class="rows" aria-label={t('cards.mineTitle')}>
            <For each={props.cards}>
              {(c) => (
                <li class="row">
                  <Show
                    when={editing() !== c.id}
                    fallback={<CardEditor card={c} organisationId={props.organisationId} anonymous={props.anonymous} factors={props.factors} onDone={() => setEditing(undefined)} />}
                  >
                    <div class="row__main">
                      <p class="row__title note__text">{c.text}</p>
                      <p class="card__meta">{meta(c)}</p>
                    </div>
                    {/* A card for an organisation this phone no longer speaks for stays as it is: the server would refuse a change. */}
                    <Show when={!props.closed && c.organisationId === props.organisationId}>
                      <div class="row__actions">
                        <EditDeleteButtons
                          editLabel={t('cards.edit', { text: c.text.slice(0, 60) })}
                          removeLabel={t('cards.remove', { text: c.text.slice(0, 60) })}
                          onEdit={() => setEditing(c.id)}
                          onRemove={() => void removeWithUndo(store.repos.swot, c.id, c.text.slice(0, 40))}
                        />
                      </div>
                    </Show>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </Panel>
  );
}
