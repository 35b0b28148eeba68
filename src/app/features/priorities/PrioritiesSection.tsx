import './priorities.css';
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { analyseProfile, highestItems, lowestItems } from '../../../shared/framework/analysis.ts';
import { frameworkItems } from '../../../shared/framework/schema.ts';
import type { ActionItem, Workshop } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { roundsOf, toScored } from '../analysis/index.ts';
import { frameworkLabels } from '../frameworks/index.ts';
import { resolveFramework } from '../frameworks/index.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { removeWithUndo, updateWithUndo } from '../../ui/undo.ts';
import { run } from '../../ui/command.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { ActionForm } from './ActionForm.tsx';
import { ActionTable } from './ActionTable.tsx';
import { SelectField } from '../../ui/inputs.tsx';
import { shortName } from '../../ui/names.ts';
import { SwotBoard } from './SwotBoard.tsx';
import { SwotForm } from './SwotForm.tsx';
import { PlanDrafts } from './PlanDrafts.tsx';
import { cardCommands } from './card-commands.ts';
import { draftToAction, draftToSwot, emptyActionDraft, emptySwotDraft, sortActions, type ActionSort } from './priorities-draft.ts';
import { Panel } from '../../ui/Panel.tsx';
import { PhotosPanel } from '../photos/index.ts';

/** The organisation choice that shows the whole room: every organisation's cards and the workshop's own. */
const ALL = '*';

/** SWOT board and action plan, for one organisation, the workshop's own, or the whole room. */
export function PrioritiesSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  const framework = createMemo(() => resolveFramework(props.data.frameworks() ?? [], props.workshop.frameworkId));
  const items = createMemo(() => frameworkItems(framework()));
  const { item: itemLabel, factor: factorLabel } = frameworkLabels(() => framework());
  const organisations = () => props.data.organisations() ?? [];
  const [orgId, setOrgId] = createSignal(ALL);
  const [sort, setSort] = createSignal<ActionSort>('due');
  /** The organisation new cards and actions belong to: none for the workshop's own, or in the whole room. */
  const owner = () => (orgId() === ALL ? '' : orgId());
  const mine = <T extends { organisationId?: string | undefined }>(xs: readonly T[] | undefined) =>
    orgId() === ALL ? [...(xs ?? [])] : (xs ?? []).filter((x) => (x.organisationId ?? '') === orgId());
  const orgName = (id: string | undefined) => {
    const o = id === undefined ? undefined : organisations().find((x) => x.id === id);
    return o ? shortName(o) : t('board.wholeWorkshop');
  };
  // Whose card or action it is goes without saying when one organisation is on view.
  const several = () => orgId() === ALL;

  // An anonymous workshop shows no author, also on cards named before it became anonymous.
  const swot = createMemo(() => mine(props.data.swot()).map((e) => (props.workshop.anonymousScores === true && e.author !== undefined ? { ...e, author: undefined } : e)));
  const mineActions = createMemo(() => mine(props.data.actions()));
  const drafts = createMemo(() => mineActions().filter((a) => a.status === 'proposed'));
  const actions = createMemo(() => {
    const order = items();
    return sortActions(
      mineActions().filter((a) => a.status !== 'proposed'),
      sort(),
      (id) => order.findIndex((i) => i.id === id),
    );
  });
  const commands = cardCommands(store.repos.swot);
  // Undo puts the item back among the drafts.
  const accept = (a: ActionItem) => void updateWithUndo(store.repos.action, a.id, { status: 'planned' }, t('board.accepted', { action: a.action.slice(0, 60) }));

  // Suggestions come from the latest round of submitted scores of the chosen organisation.
  const profile = createMemo(() => {
    const submitted = (props.data.assessments() ?? []).filter((a) => a.submitted && (!owner() || a.organisationId === owner()));
    const latest = roundsOf(submitted).at(-1);
    return analyseProfile(
      framework(),
      toScored(
        submitted.filter((a) => a.round === latest),
        props.data.scores() ?? [],
      ),
    );
  });
  const already = (quadrant: string, itemId: string) => swot().some((e) => e.quadrant === quadrant && e.itemId === itemId);
  const suggestions = createMemo(() => [
    ...highestItems(profile())
      .filter((i) => !already('strength', i.itemId))
      .map((i) => ({ quadrant: 'strength' as const, itemId: i.itemId })),
    ...lowestItems(profile())
      .filter((i) => !already('weakness', i.itemId))
      .map((i) => ({ quadrant: 'weakness' as const, itemId: i.itemId })),
  ]);

  // Another workshop's route mounts a new screen.
  const workshopId = untrack(() => props.workshop.id);
  const swotForm = createRecordForm({
    formId: `swot-new:${workshopId}`,
    initial: emptySwotDraft(),
    next: (saved) => ({ ...emptySwotDraft(), quadrant: saved.quadrant, factorId: saved.factorId }),
    dirtyWhen: (d) => d.text.trim() !== '',
    save: (d) => store.repos.swot.create(draftToSwot(d, owner()), props.workshop.id),
  });
  const actionForm = createRecordForm({
    formId: `action-new:${workshopId}`,
    initial: emptyActionDraft(),
    dirtyWhen: (d) => d.action.trim() !== '',
    save: (d) => store.repos.action.create(draftToAction(d, owner()), props.workshop.id),
  });

  return (
    <>
      <Panel titleId="swot-title" title={t('swot.title')}>
        <SelectField
          id="pr-org"
          label={t('swot.fieldOrganisation')}
          value={orgId()}
          options={[{ value: ALL, label: t('board.allOrganisations') }, { value: '', label: t('board.wholeWorkshop') }, ...organisations().map((o) => ({ value: o.id, label: shortName(o) }))]}
          onChange={setOrgId}
        />
        <Show when={suggestions().length > 0}>
          <section class="suggestions" aria-labelledby="swot-suggestions">
            <h3 id="swot-suggestions">{t('swot.suggestions')}</h3>
            <div class="row__actions">
              <For each={suggestions()}>
                {(s) => (
                  <button
                    type="button"
                    class="button"
                    onClick={() =>
                      void run(() => store.repos.swot.create({ quadrant: s.quadrant, text: itemLabel(s.itemId), itemId: s.itemId, ...(owner() ? { organisationId: owner() } : {}) }, props.workshop.id))
                    }
                  >
                    {s.quadrant === 'strength' ? t('swot.addStrength', { item: itemLabel(s.itemId) }) : t('swot.addWeakness', { item: itemLabel(s.itemId) })}
                  </button>
                )}
              </For>
            </div>
          </section>
        </Show>
        <SwotBoard entries={swot()} factorLabel={factorLabel} organisationOf={several() ? (e) => (e.organisationId ? orgName(e.organisationId) : undefined) : undefined} commands={commands} />
        <SwotForm idPrefix="swot-new" heading={t('swot.add')} factors={framework().factors.map((f) => ({ value: f.id, label: factorLabel(f.id) }))} {...bindForm(swotForm)} />
        <PhotosPanel workshopId={workshopId} subject="swot" subjectId={workshopId} title={t('photos.boardPhotos')} titleId="swot-photos" />
      </Panel>

      <section class="panel" aria-labelledby="actions-title">
        <div class="page-head">
          <h2 id="actions-title">{t('actions.title')}</h2>
          <button type="button" class="button no-print" onClick={() => window.print()}>
            {t('actions.print')}
          </button>
        </div>
        <PlanDrafts
          drafts={drafts()}
          organisation={(a) => orgName(a.organisationId)}
          itemLabel={itemLabel}
          onAccept={accept}
          onDecline={(a) => void removeWithUndo(store.repos.action, a.id, a.action.slice(0, 40))}
        />
        <SelectField
          id="pr-sort"
          label={t('actions.sortBy')}
          value={sort()}
          options={[
            { value: 'due', label: t('actions.sortDue') },
            { value: 'capacity', label: t('actions.sortCapacity') },
            { value: 'status', label: t('actions.sortStatus') },
          ]}
          onChange={(v) => setSort(v as ActionSort)}
        />
        <ActionTable
          actions={actions()}
          itemLabel={itemLabel}
          organisation={several() && actions().some((a) => a.organisationId) ? (a) => orgName(a.organisationId) : undefined}
          onStatus={(a, status) => void updateWithUndo(store.repos.action, a.id, { status }, t('actions.statusChanged', { action: a.action.slice(0, 60), status: t(`actionStatus.${status}`) }))}
          onRemove={(a) => void removeWithUndo(store.repos.action, a.id, a.action.slice(0, 40))}
        />
        <ActionForm idPrefix="action-new" heading={t('actions.add')} capacities={items().map((i) => ({ value: i.id, label: itemLabel(i.id) }))} {...bindForm(actionForm)} />
        <PhotosPanel workshopId={workshopId} subject="plan" subjectId={workshopId} title={t('photos.planPhotos')} titleId="plan-photos" />
      </section>
    </>
  );
}
