import { createMemo, Show } from 'solid-js';
import { frameworkItems } from '../../../shared/framework/schema.ts';
import { delegateIdFor } from '../../../shared/identity/derived-id.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { useStore } from '../../core/db/store-context.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { linkClick } from '../../core/router.ts';
import { syncStatus, useSync } from '../../core/sync/context.ts';
import { paths } from '../../routes.ts';
import { frameworkLabels, resolveFramework } from '../frameworks/index.ts';
import { delegationOf, suggestedOrganisation } from './delegation.ts';
import { ParticipantCardsPanel } from './ParticipantCardsPanel.tsx';
import { ParticipantDelegationPanel } from './ParticipantDelegationPanel.tsx';
import { ParticipantPlanPanel } from './ParticipantPlanPanel.tsx';

/**
 * On a participant's phone, the SWOT and action plan: the organisation the phone speaks for, its
 * cards, and its delegation's plan drafts. All local writes, so it works with no network; what has
 * not reached the server travels with the answers handed in from the Scoring tab.
 */
export function ParticipantPrioritiesSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  const framework = createMemo(() => resolveFramework(props.data.frameworks() ?? [], props.workshop.frameworkId));
  const labels = frameworkLabels(() => framework());
  const organisations = () => props.data.organisations() ?? [];
  const delegation = () => delegationOf(props.data.delegates(), delegateIdFor(props.workshop.id, store.deviceId));
  // A delegation whose organisation the facilitator removed speaks for nobody: the server would refuse its cards.
  const speaksFor = () => {
    const id = delegation();
    return id !== undefined && organisations().some((o) => o.id === id) ? id : undefined;
  };
  const closed = () => props.workshop.status === 'closed';
  const factors = createMemo(() => framework().factors.map((f) => ({ value: f.id, label: labels.factor(f.id) })));
  const capacities = createMemo(() => frameworkItems(framework()).map((i) => ({ value: i.id, label: labels.item(i.id) })));
  const actions = createMemo(() =>
    (props.data.actions() ?? []).filter((a) => a.organisationId !== undefined && a.organisationId === speaksFor()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  );

  const sync = syncStatus(useSync());
  const offlineWithChanges = () => (props.data.unsynced() ?? 0) > 0 && sync().error === 'offline';

  return (
    <>
      <Show when={closed()}>
        <p class="notice">{t('participant.closed')}</p>
      </Show>
      <Show when={delegation() !== undefined || !closed()}>
        <ParticipantDelegationPanel workshopId={props.workshop.id} organisations={organisations()} chosen={delegation()} suggested={suggestedOrganisation(props.data.assessments(), organisations())} />
      </Show>
      <Show
        when={speaksFor()}
        fallback={
          <Show when={!closed() && delegation() === undefined && organisations().length > 0}>
            <p class="muted">{t('cards.delegationFirst')}</p>
          </Show>
        }
      >
        {(organisationId) => (
          <>
            <ParticipantCardsPanel
              workshopId={props.workshop.id}
              cards={props.data.swot() ?? []}
              organisationId={organisationId()}
              anonymous={props.workshop.anonymousScores === true}
              closed={closed()}
              factors={factors()}
              factorLabel={labels.factor}
            />
            <Show when={offlineWithChanges()}>
              <p class="notice">
                {t('cards.offline', { tab: t('sections.scoring'), button: t('handover.show') })}{' '}
                <a href={paths.workshop(props.workshop.id, 'scoring')} onClick={linkClick}>
                  {t('cards.toScoring', { tab: t('sections.scoring') })}
                </a>
              </p>
            </Show>
            <ParticipantPlanPanel workshopId={props.workshop.id} actions={actions()} organisationId={organisationId()} closed={closed()} capacities={capacities()} itemLabel={labels.item} />
          </>
        )}
      </Show>
    </>
  );
}
