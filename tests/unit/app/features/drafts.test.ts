import { describe, expect, it } from 'vitest';
import { draftToNote, emptyNoteDraft, noteToDraft } from '../../../../src/app/features/notes/note-draft.ts';
import { draftToWorkshopFields, emptyWorkshopDraft, workshopToDraft } from '../../../../src/app/features/workshop/workshop-draft.ts';
import { draftToAgenda } from '../../../../src/app/features/agenda/agenda-draft.ts';
import { draftToProject } from '../../../../src/app/features/projects/project-draft.ts';
import { draftToPractice, emptyPracticeDraft, practiceFromNote } from '../../../../src/app/features/practices/practice-draft.ts';
import { draftToOrganisation, draftToParticipant, emptyOrganisationDraft, emptyParticipantDraft } from '../../../../src/app/features/people/people-draft.ts';
import { draftToAction, draftToSwot, emptyActionDraft, emptySwotDraft } from '../../../../src/app/features/priorities/priorities-draft.ts';
import { draftToAssessment, emptyAssessmentDraft } from '../../../../src/app/features/scoring/assessment-draft.ts';
import { DEFAULT_TUOC } from '../../../../src/shared/framework/default-tuoc.ts';
import { noteSchema, workshopSchema } from '../../../../src/shared/schemas/records.ts';
import { encodeHlc } from '../../../../src/shared/hlc.ts';
import { uuidv7 } from '../../../../src/shared/ids.ts';
import { PROJECT_REFERENCE } from '../../../../src/shared/project-reference.ts';

describe('form drafts', () => {
  it('turn a workshop draft into valid fields and back', () => {
    const d = { ...emptyWorkshopDraft(), title: 'T', themeChoice: 'other', themeOther: ' Domestic work ', startDate: '2026-01-05', facilitators: ' Awa Diop \n\nHenrik Olsen', languages: ['fr'] };
    const fields = draftToWorkshopFields(d);
    expect(fields.theme).toBe('Domestic work');
    expect(fields.facilitators).toEqual(['Awa Diop', 'Henrik Olsen']);
    const device = 'aaaabbbbccccddddeeeeffffgggghhhh';
    const stamp = encodeHlc({ wall: Date.UTC(2026, 0, 5), count: 0, node: device });
    const id = uuidv7();
    const back = workshopToDraft(workshopSchema().parse({ ...fields, projectIds: [], id, workshopId: id, createdAt: stamp, updatedAt: stamp, deviceId: device, deleted: false }));
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
    expect(['RAF/22/11/NOR', 'int/23/05/fin', 'GLO/20/123/USA', 'RAF/17/01M/NOR'].every((r) => PROJECT_REFERENCE.test(r))).toBe(true);
    expect(['RAF-22-11', 'RAF/22/11', 'RAFF/22/11/NOR', ''].some((r) => PROJECT_REFERENCE.test(r))).toBe(false);
  });

  it('start a practice card from a note', () => {
    const stamp = '001764000000000-000000-d';
    const base = { id: '0190a000-0000-7000-8000-000000000009', workshopId: '0190a000-0000-7000-8000-000000000000', createdAt: stamp, updatedAt: stamp, deviceId: 'd', deleted: false };
    const note = noteSchema().parse({
      ...base,
      kind: 'approach',
      text: 'one two three four five six seven eight nine ten eleven',
      capacities: ['autonomy'],
      participantId: '0190a000-0000-7000-8000-000000000002',
    });
    const card = practiceFromNote(note, () => '0190a000-0000-7000-8000-000000000003');
    expect(card).toMatchObject({
      title: 'one two three four five six seven eight nine ten…',
      approach: note.text,
      capacities: ['autonomy'],
      organisationIds: ['0190a000-0000-7000-8000-000000000003'],
      sourceNoteId: note.id,
      status: 'draft',
    });
  });
});

describe('assessment drafts', () => {
  it('keep no name in anonymous mode and record the framework version', async () => {
    const { draftToAssessment, emptyAssessmentDraft } = await import('../../../../src/app/features/scoring/assessment-draft.ts');
    const { DEFAULT_TUOC } = await import('../../../../src/shared/framework/default-tuoc.ts');
    const d = { ...emptyAssessmentDraft(), organisationId: 'org', respondentId: 'person' };
    expect(draftToAssessment(d, DEFAULT_TUOC, false)).toMatchObject({ respondentId: 'person', frameworkId: 'tuoc', frameworkVersion: 1, round: 'baseline', submitted: false });
    expect(draftToAssessment(d, DEFAULT_TUOC, true)).toEqual({ organisationId: 'org', round: 'baseline', frameworkId: 'tuoc', frameworkVersion: 1, submitted: false });
    expect(draftToAssessment(d, DEFAULT_TUOC, true).respondentId).toBeUndefined();
    expect(draftToAssessment({ ...d, roundChoice: 'other', roundOther: ' Mid-term ' }, DEFAULT_TUOC, true).round).toBe('Mid-term');
  });
});

/**
 * A field emptied in an edit form must reach the repository as a key whose value is undefined:
 * the repository sends that as a clear. A key left out would keep the old value.
 */
describe('draft mappers say when a field is emptied', () => {
  const id = '0190a000-0000-7000-8000-000000000001';
  const cleared = (fields: object, ...keys: string[]) => {
    for (const k of keys) expect(fields, k).toHaveProperty(k, undefined);
  };

  it('note: agenda item and who said it', () => {
    cleared(draftToNote({ ...emptyNoteDraft(), text: 'x' }), 'agendaItemId', 'participantId', 'organisationId');
  });

  it('participant: organisation', () => {
    expect(draftToParticipant({ ...emptyParticipantDraft(), name: 'Awa', organisationId: id })).toHaveProperty('organisationId', id);
    cleared(draftToParticipant({ ...emptyParticipantDraft(), name: 'Awa' }), 'organisationId');
  });

  it('organisation: every field is set, an emptied acronym as empty text', () => {
    expect(draftToOrganisation({ ...emptyOrganisationDraft('SN'), name: 'CNTS', acronym: '  ' })).toEqual({
      name: 'CNTS',
      acronym: '',
      country: 'SN',
      kind: 'national-centre',
      partnerRole: 'receiving',
    });
  });

  it('practice: every text field is set, emptied ones as empty text', () => {
    expect(draftToPractice({ ...emptyPracticeDraft(), title: 'T' })).toEqual({ ...emptyPracticeDraft(), title: 'T' });
  });

  it('SWOT entry: organisation, and a factor only outside', () => {
    expect(draftToSwot({ ...emptySwotDraft(), text: 'x', factorId: 'economy' }, id)).toMatchObject({ organisationId: id, factorId: 'economy' });
    cleared(draftToSwot({ ...emptySwotDraft(), text: 'x' }, ''), 'organisationId', 'factorId');
    cleared(draftToSwot({ quadrant: 'strength', text: 'x', factorId: 'economy' }, id), 'factorId');
  });

  it('action: organisation', () => {
    expect(draftToAction({ ...emptyActionDraft(), itemId: 'autonomy', action: 'x' }, id)).toHaveProperty('organisationId', id);
    cleared(draftToAction({ ...emptyActionDraft(), itemId: 'autonomy', action: 'x' }, ''), 'organisationId');
  });

  it('assessment: respondent, when none is chosen or scores are anonymous', () => {
    cleared(draftToAssessment({ ...emptyAssessmentDraft(), organisationId: id }, DEFAULT_TUOC, false), 'respondentId');
    cleared(draftToAssessment({ ...emptyAssessmentDraft(), organisationId: id, respondentId: id }, DEFAULT_TUOC, true), 'respondentId');
  });

  it('workshop: framework', () => {
    cleared(draftToWorkshopFields({ ...emptyWorkshopDraft(), title: 'T' }), 'frameworkId');
    expect(draftToWorkshopFields({ ...emptyWorkshopDraft(), title: 'T', frameworkId: 'mine' })).toHaveProperty('frameworkId', 'mine');
  });

  it('project: implementer, budget and contact', () => {
    cleared(draftToProject({ reference: '', title: 't', donor: '', partners: '', implementer: ' ', contact: ' ', budgetAmount: ' ', budgetCurrency: '' }), 'implementer', 'budget', 'contact');
  });

  it('agenda item: every field is set', () => {
    expect(Object.keys(draftToAgenda({ title: 'x', kind: 'plenary', day: '1', start: '', minutes: '45' }, 1)).sort()).toEqual(['day', 'kind', 'minutes', 'order', 'start', 'title']);
  });
});
