import { describe, expect, it } from 'vitest';
import { draftToNote, emptyNoteDraft, noteToDraft } from '../../../../src/app/features/notes/note-draft.ts';
import { draftToWorkshopFields, emptyWorkshopDraft, workshopToDraft } from '../../../../src/app/features/workshop/workshop-draft.ts';
import { draftToAgenda } from '../../../../src/app/features/agenda/agenda-draft.ts';
import { draftToProject } from '../../../../src/app/features/projects/project-draft.ts';
import { practiceFromNote } from '../../../../src/app/features/practices/practice-draft.ts';
import { noteSchema, workshopInputSchema } from '../../../../src/shared/schemas/records.ts';
import { isProjectReference } from '../../../../src/shared/project-reference.ts';

describe('form drafts', () => {
  it('turn a workshop draft into valid fields and back', () => {
    const d = { ...emptyWorkshopDraft(), title: 'T', themeChoice: 'other', themeOther: ' Domestic work ', startDate: '2026-01-05', facilitators: ' Awa Diop \n\nHenrik Olsen', languages: ['fr'] };
    const fields = draftToWorkshopFields(d);
    expect(fields.theme).toBe('Domestic work');
    expect(fields.facilitators).toEqual(['Awa Diop', 'Henrik Olsen']);
    const record = workshopInputSchema().parse({ ...fields, projectIds: [] });
    const back = workshopToDraft({ ...record, id: 'x', workshopId: 'x', createdAt: '', updatedAt: '', deviceId: 'd', deleted: false });
    expect(back).toMatchObject({ themeChoice: 'other', themeOther: 'Domestic work', facilitators: 'Awa Diop\nHenrik Olsen' });
  });

  it('map who said a note to a participant or an organisation', () => {
    const id = '0190a000-0000-7000-8000-000000000001';
    expect(draftToNote({ ...emptyNoteDraft(), text: 'x', who: `p:${id}` })).toMatchObject({ participantId: id, organisationId: undefined });
    expect(draftToNote({ ...emptyNoteDraft(), text: 'x', who: `o:${id}` })).toMatchObject({ organisationId: id, participantId: undefined });
    const n = { ...draftToNote({ ...emptyNoteDraft(), text: 'x', who: `o:${id}`, agendaItemId: id }), id, workshopId: id, createdAt: '', updatedAt: '', deviceId: 'd', deleted: false };
    expect(noteToDraft(n)).toMatchObject({ who: `o:${id}`, agendaItemId: id });
  });

  it('keep numbers typed as text until the schema judges them', () => {
    expect(draftToAgenda({ title: 'x', kind: 'plenary', day: '', start: '', minutes: '45' }, 1)).toMatchObject({ day: Number.NaN, minutes: 45 });
  });

  it('split partners and keep a project code as typed', () => {
    expect(draftToProject({ reference: 'int/23/05/fin', title: 't', donor: ' Finland ', partners: 'STEI, , CNTL ' }, 'youth')).toMatchObject({
      reference: 'int/23/05/fin',
      donor: 'Finland',
      partners: ['STEI', 'CNTL'],
      themes: ['youth'],
    });
    expect(['RAF/22/11/NOR', 'int/23/05/fin', 'GLO/20/123/USA', 'RAF/17/01M/NOR'].every(isProjectReference)).toBe(true);
    expect(['RAF-22-11', 'RAF/22/11', 'RAFF/22/11/NOR', ''].some(isProjectReference)).toBe(false);
  });

  it('start a practice card from a note', () => {
    const stamp = '001764000000000-000000-d';
    const base = { id: '0190a000-0000-7000-8000-000000000009', workshopId: '0190a000-0000-7000-8000-000000000000', createdAt: stamp, updatedAt: stamp, deviceId: 'd', deleted: false };
    const note = noteSchema().parse({ ...base, kind: 'approach', text: 'one two three four five six seven eight nine ten eleven', capacities: ['autonomy'], participantId: '0190a000-0000-7000-8000-000000000002' });
    const card = practiceFromNote(note, () => '0190a000-0000-7000-8000-000000000003');
    expect(card).toMatchObject({ title: 'one two three four five six seven eight nine ten…', approach: note.text, capacities: ['autonomy'], organisationIds: ['0190a000-0000-7000-8000-000000000003'], sourceNoteId: note.id, status: 'draft' });
  });
});

describe('assessment drafts', () => {
  it('keep no name in anonymous mode and record the framework version', async () => {
    const { draftToAssessment, emptyAssessmentDraft } = await import('../../../../src/app/features/scoring/assessment-draft.ts');
    const { DEFAULT_TUOC } = await import('../../../../src/shared/framework/default-tuoc.ts');
    const d = { ...emptyAssessmentDraft(), organisationId: 'org', respondentId: 'person' };
    expect(draftToAssessment(d, DEFAULT_TUOC, false)).toMatchObject({ respondentId: 'person', frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false });
    expect(draftToAssessment(d, DEFAULT_TUOC, true)).not.toHaveProperty('respondentId');
    expect(draftToAssessment({ ...d, roundChoice: 'other', roundOther: ' Mid-term ' }, DEFAULT_TUOC, true).round).toBe('Mid-term');
  });
});
