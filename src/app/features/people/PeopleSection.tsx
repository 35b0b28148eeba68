import { createMemo, createSignal, untrack } from 'solid-js';
import type { Organisation, Participant } from '../../../shared/schemas/records.ts';
import { countryName, t, tp } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { removeWithUndo } from '../../ui/undo.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { EditableRows } from '../../ui/EditableRows.tsx';
import { OrganisationForm } from './OrganisationForm.tsx';
import { ParticipantForm } from './ParticipantForm.tsx';
import { draftToOrganisation, draftToParticipant, emptyOrganisationDraft, emptyParticipantDraft, organisationToDraft, participantToDraft } from './people-draft.ts';
import { fullName, shortName } from '../../ui/names.ts';
import { Panel } from '../../ui/Panel.tsx';
import { createEditForm } from '../../ui/forms/edit-form.ts';
import { DelegationsPanel } from './DelegationsPanel.tsx';
import { linkClick } from '../../core/router.ts';
import { paths } from '../../routes.ts';

function OrganisationEditor(props: { org: Organisation; onDone: () => void }) {
  const store = useStore();
  const form = createEditForm({ name: 'org-edit', record: () => props.org, toDraft: organisationToDraft, save: (d) => store.repos.organisation.update(props.org.id, draftToOrganisation(d)) });
  return <OrganisationForm idPrefix={`org-${props.org.id}`} heading={t('organisations.edit', { name: shortName(props.org) })} {...bindForm(form, { onSaved: props.onDone, onCancel: props.onDone })} />;
}

function ParticipantEditor(props: { person: Participant; organisations: readonly Organisation[]; onDone: () => void }) {
  const store = useStore();
  const form = createEditForm({
    name: 'participant-edit',
    record: () => props.person,
    toDraft: participantToDraft,
    save: (d) => store.repos.participant.update(props.person.id, draftToParticipant(d)),
  });
  return (
    <ParticipantForm
      idPrefix={`person-${props.person.id}`}
      heading={t('participants.edit', { name: props.person.name })}
      saveLabel={t('participants.save')}
      organisations={props.organisations}
      {...bindForm(form, { onSaved: props.onDone, onCancel: props.onDone })}
    />
  );
}

export function PeopleSection(props: { workshopId: string; data: WorkshopData }) {
  const store = useStore();
  const orgs = () => props.data.organisations() ?? [];
  const people = () => props.data.participants() ?? [];
  const orgById = createMemo(() => new Map(orgs().map((o) => [o.id, o])));
  const [editingOrg, setEditingOrg] = createSignal<string>();
  const [editingPerson, setEditingPerson] = createSignal<string>();
  let nameInput: HTMLInputElement | HTMLTextAreaElement | undefined;
  // The screen is mounted anew for another workshop, so the new-record drafts are keyed once.
  const workshopId = untrack(() => props.workshopId);

  const newOrg = createRecordForm({
    formId: `org-new:${workshopId}`,
    initial: emptyOrganisationDraft(),
    dirtyWhen: (d) => d.name.trim() !== '' || d.acronym.trim() !== '',
    save: (d) => store.repos.organisation.create(draftToOrganisation(d), props.workshopId),
  });
  const newPerson = createRecordForm({
    formId: `participant-new:${workshopId}`,
    initial: emptyParticipantDraft(),
    // Fast entry: people of one organisation often come in a row.
    next: (saved) => ({ ...emptyParticipantDraft(), organisationId: saved.organisationId }),
    dirtyWhen: (d) => d.name.trim() !== '' || d.role.trim() !== '',
    save: (d) => store.repos.participant.create(draftToParticipant(d), props.workshopId),
  });

  const membersOf = (org: Organisation) => people().filter((p) => p.organisationId === org.id).length;

  return (
    <>
      <Panel titleId="orgs-title" title={t('organisations.title')}>
        <EditableRows
          label={t('organisations.title')}
          items={orgs()}
          empty={t('organisations.empty')}
          editingId={editingOrg()}
          title={fullName}
          meta={(o) => [countryName(o.country), t(`organisationKinds.${o.kind}`), t(`partnerRoles.${o.partnerRole}`), tp('organisations.participantsCount', membersOf(o))].filter(Boolean).join(' · ')}
          editLabel={(o) => t('organisations.edit', { name: shortName(o) })}
          removeLabel={(o) => t('organisations.remove', { name: shortName(o) })}
          renderEditor={(o) => <OrganisationEditor org={o} onDone={() => setEditingOrg(undefined)} />}
          onEdit={(o) => setEditingOrg(o.id)}
          onRemove={(o) => void removeWithUndo(store.repos.organisation, o.id, shortName(o))}
          extraActions={(o) => (
            <a class="button" href={paths.organisationHistory(o.id)} onClick={linkClick} aria-label={t('history.linkLabel', { name: shortName(o) })}>
              {t('history.link')}
            </a>
          )}
        />
        <OrganisationForm idPrefix="org-new" heading={t('organisations.add')} {...bindForm(newOrg, { onSaved: () => announce(t('form.saved')) })} />
      </Panel>

      <DelegationsPanel delegates={props.data.delegates() ?? []} organisations={orgs()} />

      <Panel titleId="people-title" title={t('participants.title')}>
        <ParticipantForm
          idPrefix="person-new"
          heading={t('participants.quickAdd')}
          hint={t('participants.quickAddHint')}
          saveLabel={t('participants.add')}
          organisations={orgs()}
          nameRef={(el) => (nameInput = el)}
          {...bindForm(newPerson, {
            onSaved: (p) => {
              announce(t('participants.added', { name: p.name }));
              nameInput?.focus();
            },
          })}
        />
        <EditableRows
          label={t('participants.title')}
          items={people()}
          empty={t('participants.empty')}
          editingId={editingPerson()}
          title={(p) => p.name}
          meta={(p) => {
            const org = p.organisationId ? orgById().get(p.organisationId) : undefined;
            return [org ? shortName(org) : '', p.role, p.gender ? t(`gender.${p.gender}`) : '', p.consent ? t('participants.consentYes') : t('participants.consentNo')].filter(Boolean).join(' · ');
          }}
          editLabel={(p) => t('participants.edit', { name: p.name })}
          removeLabel={(p) => t('participants.remove', { name: p.name })}
          renderEditor={(p) => <ParticipantEditor person={p} organisations={orgs()} onDone={() => setEditingPerson(undefined)} />}
          onEdit={(p) => setEditingPerson(p.id)}
          onRemove={(p) => void removeWithUndo(store.repos.participant, p.id, p.name)}
        />
      </Panel>
    </>
  );
}
