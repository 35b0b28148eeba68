import type { EditableOf } from '../../../shared/schemas/kinds.ts';
import type { Note } from '../../../shared/schemas/records.ts';

export interface NoteDraft {
  agendaItemId: string;
  kind: Note['kind'];
  text: string;
  /** "p:<participant id>", "o:<organisation id>" or "" when not recorded. */
  who: string;
  capacities: string[];
}

export const emptyNoteDraft = (): NoteDraft => ({ agendaItemId: '', kind: 'approach', text: '', who: '', capacities: [] });

export function draftToNote(d: NoteDraft): EditableOf<'note'> {
  const [whoKind, whoId] = d.who.split(':');
  return {
    kind: d.kind,
    text: d.text,
    capacities: d.capacities,
    agendaItemId: d.agendaItemId || undefined,
    participantId: whoKind === 'p' ? whoId : undefined,
    organisationId: whoKind === 'o' ? whoId : undefined,
  };
}

export function noteToDraft(n: Note): NoteDraft {
  return {
    agendaItemId: n.agendaItemId ?? '',
    kind: n.kind,
    text: n.text,
    who: n.participantId ? `p:${n.participantId}` : n.organisationId ? `o:${n.organisationId}` : '',
    capacities: [...n.capacities],
  };
}
