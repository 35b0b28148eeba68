import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { Organisation, Participant } from '../../../shared/schemas/records.ts';

export interface OrganisationDraft {
  name: string;
  acronym: string;
  country: string;
  kind: Organisation['kind'];
  partnerRole: Organisation['partnerRole'];
}

export const emptyOrganisationDraft = (country = ''): OrganisationDraft => ({ name: '', acronym: '', country, kind: 'national-centre', partnerRole: 'receiving' });

export function draftToOrganisation(d: OrganisationDraft): EditableOf<'organisation'> {
  return { ...d, acronym: d.acronym.trim() };
}

export const organisationToDraft = (o: Organisation): OrganisationDraft => ({
  name: o.name,
  acronym: o.acronym,
  country: o.country,
  kind: o.kind,
  partnerRole: o.partnerRole,
});

export interface ParticipantDraft {
  name: string;
  organisationId: string;
  role: string;
  gender: Participant['gender'];
  consent: boolean;
}

export const emptyParticipantDraft = (): ParticipantDraft => ({ name: '', organisationId: '', role: '', gender: '', consent: false });

export function draftToParticipant(d: ParticipantDraft): EditableOf<'participant'> {
  return { name: d.name, role: d.role.trim(), gender: d.gender, consent: d.consent, organisationId: d.organisationId || undefined };
}

export const participantToDraft = (p: Participant): ParticipantDraft => ({
  name: p.name,
  organisationId: p.organisationId ?? '',
  role: p.role,
  gender: p.gender,
  consent: p.consent,
});

/** "CNTL" when an acronym is known, else the name: short enough for a list. */
