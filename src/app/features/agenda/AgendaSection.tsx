import { createMemo, createSignal, onCleanup, Show, untrack } from 'solid-js';
import type { AgendaItem, Workshop } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { currentSession, orderAtEnd, orderForMove } from '../../../shared/agenda.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { createSessionTimer } from './session-timer.ts';
import { removeWithUndo, updateWithUndo } from '../../ui/undo.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { AgendaList } from './AgendaList.tsx';
import { AgendaItemForm } from './AgendaItemForm.tsx';
import { SessionTimerView } from './SessionTimerView.tsx';
import { agendaToDraft, draftToAgenda, emptyAgendaDraft } from './agenda-draft.ts';
import { Panel } from '../../ui/Panel.tsx';
import { createEditForm } from '../../ui/forms/edit-form.ts';

function AgendaEditor(props: { item: AgendaItem; onDone: () => void }) {
  const store = useStore();
  const form = createEditForm({ name: 'agenda-edit', record: () => props.item, toDraft: agendaToDraft, save: (d) => store.repos.agendaItem.update(props.item.id, draftToAgenda(d, props.item.order)) });
  return <AgendaItemForm idPrefix={`agenda-${props.item.id}`} heading={t('agenda.editTitle')} {...bindForm(form, { onSaved: props.onDone, onCancel: props.onDone })} />;
}

export function AgendaSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  const items = () => props.data.agenda() ?? [];
  const [editing, setEditing] = createSignal<string>();
  const [now, setNow] = createSignal(new Date());
  const clock = setInterval(() => setNow(new Date()), 30_000);
  onCleanup(() => clearInterval(clock));
  const current = createMemo(() => currentSession(items(), props.workshop.startDate, now()));
  // Another workshop's route mounts a new screen: the timer and the new-session draft are its own.
  const workshopId = untrack(() => props.workshop.id);
  const timer = createSessionTimer(workshopId);
  const timed = createMemo(() => items().find((i) => i.id === timer.sessionId()) ?? current() ?? items()[0]);

  const add = createRecordForm({
    formId: `agenda-new:${workshopId}`,
    initial: emptyAgendaDraft(),
    // The next session usually follows on the same day.
    next: (saved) => ({ ...emptyAgendaDraft(), day: saved.day }),
    dirtyWhen: (d) => d.title.trim() !== '',
    save: (d) => store.repos.agendaItem.create(draftToAgenda(d, orderAtEnd(items())), props.workshop.id),
  });

  async function move(id: string, to: number) {
    const order = orderForMove(items(), id, to);
    const item = items().find((i) => i.id === id);
    if (order === undefined || !item) return;
    await updateWithUndo(store.repos.agendaItem, id, { order }, t('agenda.moved', { title: item.title, position: to + 1 }));
  }

  return (
    <Panel titleId="agenda-title" title={t('agenda.title')}>
      <Show when={timed()}>
        {(session) => (
          <SessionTimerView
            sessionId={session().id}
            sessions={items().map((i) => ({ value: i.id, label: i.title }))}
            onSelect={(id) => timer.select(id)}
            elapsedMs={timer.sessionId() === session().id ? timer.elapsedMs() : 0}
            plannedMinutes={session().minutes}
            running={timer.running() && timer.sessionId() === session().id}
            onStart={() => timer.start(session().id)}
            onPause={() => timer.pause()}
            onReset={() => timer.reset()}
          />
        )}
      </Show>
      <AgendaList
        items={items()}
        currentId={current()?.id}
        editingId={editing()}
        renderEditor={(item) => <AgendaEditor item={item} onDone={() => setEditing(undefined)} />}
        onMove={(id, to) => void move(id, to)}
        onEdit={(item) => setEditing(item.id)}
        onRemove={(item) => void removeWithUndo(store.repos.agendaItem, item.id, item.title)}
      />
      <AgendaItemForm idPrefix="agenda-new" heading={t('agenda.addTitle')} {...bindForm(add)} />
    </Panel>
  );
}
