import './priorities.css';
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { analyseProfile, highestItems, lowestItems } from '../../../shared/framework/analysis.ts';
import { frameworkItems } from '../../../shared/framework/schema.ts';
import type { SwotEntry, Workshop } from '../../../shared/schemas/records.ts';
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
import { OrganisationSelect } from '../../ui/OrganisationSelect.tsx';
import { SwotBoard } from './SwotBoard.tsx';
import { SwotForm } from './SwotForm.tsx';
import { SwotTextForm } from './SwotTextForm.tsx';
import { draftToAction, draftToSwot, emptyActionDraft, emptySwotDraft, sortActions, type ActionSort } from './priorities-draft.ts';
import { Panel } from '../../ui/Panel.tsx';
import { createEditForm } from '../../ui/forms/edit-form.ts';

function SwotEditor(props: { entry: SwotEntry; onDone: () => void }) {
  const store = useStore();
  const form = createEditForm({
    name: 'swot-edit',
    record: () => props.entry,
    toDraft: (entry) => ({ text: entry.text }),
    save: (d) => store.repos.swot.update(props.entry.id, { text: d.text }),
  });
  return <SwotTextForm idPrefix={`swot-${props.entry.id}`} heading={t('swot.edit', { text: props.entry.text.slice(0, 60) })} {...bindForm(form, { onSaved: props.onDone, onCancel: props.onDone })} />;
}

/** SWOT and action plan, per organisation (or for the whole workshop). */
export function PrioritiesSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  const framework = createMemo(() => resolveFramework(props.data.frameworks() ?? [], props.workshop.frameworkId));
  const items = createMemo(() => frameworkItems(framework()));
  const { item: itemLabel, factor: factorLabel } = frameworkLabels(() => framework());
  const organisations = () => props.data.organisations() ?? [];
  const [orgId, setOrgId] = createSignal('');
  const [sort, setSort] = createSignal<ActionSort>('due');
  const [editingSwot, setEditingSwot] = createSignal<string>();
  const mine = <T extends { organisationId?: string | undefined }>(xs: readonly T[] | undefined) => (xs ?? []).filter((x) => (x.organisationId ?? '') === orgId());

  const swot = createMemo(() => mine(props.data.swot()));
  const actions = createMemo(() => {
    const order = items();
    return sortActions(mine(props.data.actions()), sort(), (id) => order.findIndex((i) => i.id === id));
  });

  // Suggestions come from the latest round of submitted scores of the chosen organisation.
  const profile = createMemo(() => {
    const submitted = (props.data.assessments() ?? []).filter((a) => a.submitted && (!orgId() || a.organisationId === orgId()));
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
    save: (d) => store.repos.swot.create(draftToSwot(d, orgId()), props.workshop.id),
  });
  const actionForm = createRecordForm({
    formId: `action-new:${workshopId}`,
    initial: emptyActionDraft(),
    dirtyWhen: (d) => d.action.trim() !== '',
    save: (d) => store.repos.action.create(draftToAction(d, orgId()), props.workshop.id),
  });

  return (
    <>
      <Panel titleId="swot-title" title={t('swot.title')}>
        <OrganisationSelect id="pr-org" label={t('swot.fieldOrganisation')} value={orgId()} organisations={organisations()} onChange={setOrgId} />
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
                      void run(() => store.repos.swot.create({ quadrant: s.quadrant, text: itemLabel(s.itemId), itemId: s.itemId, ...(orgId() ? { organisationId: orgId() } : {}) }, props.workshop.id))
                    }
                  >
                    {s.quadrant === 'strength' ? t('swot.addStrength', { item: itemLabel(s.itemId) }) : t('swot.addWeakness', { item: itemLabel(s.itemId) })}
                  </button>
                )}
              </For>
            </div>
          </section>
        </Show>
        <SwotBoard
          entries={swot()}
          editingId={editingSwot()}
          factorLabel={factorLabel}
          renderEditor={(e) => <SwotEditor entry={e} onDone={() => setEditingSwot(undefined)} />}
          onEdit={(e) => setEditingSwot(e.id)}
          onRemove={(e) => void removeWithUndo(store.repos.swot, e.id, e.text.slice(0, 40))}
        />
        <SwotForm idPrefix="swot-new" heading={t('swot.add')} factors={framework().factors.map((f) => ({ value: f.id, label: factorLabel(f.id) }))} {...bindForm(swotForm)} />
      </Panel>

      <section class="panel" aria-labelledby="actions-title">
        <div class="page-head">
          <h2 id="actions-title">{t('actions.title')}</h2>
          <button type="button" class="button no-print" onClick={() => window.print()}>
            {t('actions.print')}
          </button>
        </div>
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
          onStatus={(a, status) => void updateWithUndo(store.repos.action, a.id, { status }, t('actions.statusChanged', { action: a.action.slice(0, 60), status: t(`actionStatus.${status}`) }))}
          onRemove={(a) => void removeWithUndo(store.repos.action, a.id, a.action.slice(0, 40))}
        />
        <ActionForm idPrefix="action-new" heading={t('actions.add')} capacities={items().map((i) => ({ value: i.id, label: itemLabel(i.id) }))} {...bindForm(actionForm)} />
      </section>
    </>
  );
}
