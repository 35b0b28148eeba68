import type { ActionItem, AgendaItem, Note, Organisation, Participant, Practice, Project, SwotEntry, Workshop } from '../../../../shared/schemas/records.ts';
import { localised } from '../../../../shared/framework/schema.ts';
import { countryName, locale, t } from '../../../i18n/index.ts';
import { capacityLabel, themeLabel } from '../../../i18n/labels.ts';
import { roundLabel } from '../../../i18n/round-label.ts';
import { dateOfDay, endTime } from '../../../../shared/agenda.ts';
import { dateOfStamp, joinList, own, recordTable, type Column, type ExportContext, type ExportTable } from './table-context.ts';

/** The workshop itself: one row, so it reads like the other tables and joins on its id. */
export function workshopTable(ctx: ExportContext): ExportTable {
  const { bundle } = ctx;
  const references = new Map(bundle.projects.map((p) => [p.id, p.reference]));
  const columns: Column<Workshop>[] = [
    ['title', (w) => w.title],
    ['theme', (w) => themeLabel(w.theme)],
    ...own<Workshop>('startDate', 'endDate', 'venue', 'country'),
    ['countryName', (w) => countryName(w.country)],
    ['languages', (w) => joinList(w.languages)],
    ['facilitators', (w) => joinList(w.facilitators)],
    ['objectives', (w) => w.objectives],
    ['projects', (w) => joinList(w.projectIds.map((id) => references.get(id) ?? id))],
    ['framework', () => localised(bundle.framework.name, locale())],
    ['frameworkId', () => bundle.framework.id],
    ['frameworkVersion', () => bundle.framework.version],
    ['anonymousScores', (w) => w.anonymousScores === true],
    ['followsWorkshop', (w) => w.followsWorkshopId ?? ''],
    ['currentRound', (w) => roundLabel(w.currentRound ?? 'baseline')],
    ['status', (w) => t(`workshopStatus.${w.status}`)],
  ];
  return recordTable('workshop', columns, [bundle.workshop]);
}

export function agendaTable(ctx: ExportContext): ExportTable {
  const start = ctx.bundle.workshop.startDate;
  const columns: Column<AgendaItem>[] = [
    ['day', (a) => a.day],
    ['date', (a) => dateOfDay(start, a.day)],
    ['start', (a) => a.start],
    ['end', (a) => endTime(a.start, a.minutes)],
    ['minutes', (a) => a.minutes],
    ['kind', (a) => t(`agendaKinds.${a.kind}`)],
    ['title', (a) => a.title],
  ];
  return recordTable('agenda', columns, ctx.bundle.agenda);
}

export function organisationsTable(ctx: ExportContext): ExportTable {
  const columns: Column<Organisation>[] = [
    ...own<Organisation>('name', 'acronym', 'country'),
    ['countryName', (o) => countryName(o.country)],
    ['kind', (o) => t(`organisationKinds.${o.kind}`)],
    ['partnerRole', (o) => t(`partnerRoles.${o.partnerRole}`)],
  ];
  return recordTable('organisations', columns, ctx.bundle.organisations);
}

export function participantsTable(ctx: ExportContext): ExportTable {
  const columns: Column<Participant>[] = [
    ['name', (p) => ctx.participant(p.id)],
    ['organisation', (p) => ctx.organisation(p.organisationId)],
    ['role', (p) => p.role],
    // An unrecorded gender stays an empty cell, so counts in a spreadsheet do not mistake it for an answer.
    ['gender', (p) => (p.gender ? t(`gender.${p.gender}`) : '')],
    ['consent', (p) => p.consent],
  ];
  return recordTable('participants', columns, ctx.bundle.participants);
}

const capacities = (ids: readonly string[]) => joinList(ids.map(capacityLabel));

export function notesTable(ctx: ExportContext): ExportTable {
  const columns: Column<Note>[] = [
    ['date', (n) => dateOfStamp(n.createdAt)],
    ['session', (n) => ctx.session(n.agendaItemId)],
    ['kind', (n) => t(`noteKinds.${n.kind}`)],
    ['text', (n) => n.text],
    ['capacities', (n) => capacities(n.capacities)],
    ['who', (n) => ctx.participant(n.participantId)],
    ['organisation', (n) => ctx.organisation(n.organisationId)],
  ];
  return recordTable('notes', columns, ctx.bundle.notes);
}

export function practicesTable(ctx: ExportContext): ExportTable {
  const references = new Map(ctx.bundle.projects.map((p) => [p.id, p.reference]));
  const columns: Column<Practice>[] = [
    ['title', (p) => p.title],
    ['status', (p) => t(`practiceStatus.${p.status}`)],
    ...own<Practice>('context', 'approach', 'results'),
    ['capacities', (p) => capacities(p.capacities)],
    ...own<Practice>('sustainability', 'contact'),
    ['organisations', (p) => ctx.organisations(p.organisationIds)],
    ['projects', (p) => joinList(p.projectIds.map((id) => references.get(id) ?? id))],
    ['sourceNote', (p) => p.sourceNoteId ?? ''],
    ['compendiumOrder', (p) => p.compendiumOrder ?? null],
    ['mergedInto', (p) => p.mergedInto ?? ''],
  ];
  return recordTable('practices', columns, ctx.bundle.practices);
}

export function swotTable(ctx: ExportContext): ExportTable {
  const columns: Column<SwotEntry>[] = [
    ['organisation', (s) => ctx.organisation(s.organisationId)],
    ['quadrant', (s) => t(`swot.${s.quadrant}`)],
    ['text', (s) => s.text],
    ['wording', (s) => s.wording ?? ''],
    ['group', (s) => s.group ?? ''],
    ['cardMergedInto', (s) => s.mergedInto ?? ''],
    ['author', (s) => (ctx.hideRespondents ? '' : (s.author ?? ''))],
    ['item', (s) => ctx.item(s.itemId)],
    ['factor', (s) => ctx.factor(s.factorId)],
  ];
  return recordTable('swot', columns, ctx.bundle.swot);
}

export function actionsTable(ctx: ExportContext): ExportTable {
  const columns: Column<ActionItem>[] = [
    ['organisation', (a) => ctx.organisation(a.organisationId)],
    ['capacity', (a) => ctx.item(a.itemId)],
    ...own<ActionItem>('action', 'who', 'due', 'indicator'),
    ['status', (a) => t(`actionStatus.${a.status}`)],
  ];
  return recordTable('actions', columns, ctx.bundle.actions);
}

export function projectsTable(ctx: ExportContext): ExportTable {
  const columns: Column<Project>[] = [
    ...own<Project>('reference', 'title', 'donor'),
    ['partners', (p) => joinList(p.partners)],
    ['countries', (p) => joinList(p.countries)],
    ['themes', (p) => joinList(p.themes.map(themeLabel))],
    ...own<Project>('startDate', 'endDate'),
    ['status', (p) => t(`exports.projectStatus.${p.status}`)],
  ];
  return recordTable('projects', columns, ctx.bundle.projects);
}
