import { encodeHlc } from '../src/shared/hlc.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import { NOTE_KINDS } from '../src/shared/schemas/records.ts';
import { TUOC_ITEMS } from '../src/shared/tuoc.ts';

/** Records for a large workshop, valid under the shared schemas, to seed a browser's IndexedDB. */
export function largeWorkshop(opts: { title: string; notes: number; participants: number; organisations: number; sessions: number; assessments?: number; openAssessments?: number }) {
  const device = 'benchdevice';
  let clock = Date.UTC(2026, 2, 10, 8, 0, 0);
  const sys = () => {
    const stamp = encodeHlc({ wall: clock++, count: 0, node: device });
    return { id: uuidv7(clock), createdAt: stamp, updatedAt: stamp, deviceId: device, deleted: false };
  };
  const w = sys();
  const workshopId = w.id;
  const workshop = {
    ...w,
    workshopId,
    title: opts.title,
    theme: 'social-protection',
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    venue: 'Thiès',
    country: 'SN',
    languages: ['fr', 'en'],
    facilitators: ['Awa Diop'],
    objectives: '',
    projectIds: [],
    status: 'running',
  };
  const organisation = Array.from({ length: opts.organisations }, (_, i) => ({
    ...sys(),
    workshopId,
    name: `Organisation ${i + 1}`,
    acronym: `ORG${i + 1}`,
    country: 'SN',
    kind: 'national-centre',
    partnerRole: 'receiving',
  }));
  const participant = Array.from({ length: opts.participants }, (_, i) => ({
    ...sys(),
    workshopId,
    name: `Participant ${i + 1}`,
    organisationId: organisation[i % organisation.length]!.id,
    role: 'member',
    gender: i % 2 ? 'female' : 'male',
    consent: true,
  }));
  const agendaItem = Array.from({ length: opts.sessions }, (_, i) => ({
    ...sys(),
    workshopId,
    title: `Session ${i + 1}`,
    kind: 'group-work',
    day: 1 + Math.floor(i / 4),
    start: '09:00',
    minutes: 60,
    order: i + 1,
  }));
  const note = Array.from({ length: opts.notes }, (_, i) => ({
    ...sys(),
    workshopId,
    agendaItemId: agendaItem[i % agendaItem.length]!.id,
    kind: NOTE_KINDS[i % NOTE_KINDS.length],
    text: `Note ${i + 1}: members in the informal economy organise around a mutual fund, contributions by mobile money, and the union negotiates with the municipality.`,
    capacities: [TUOC_ITEMS[i % TUOC_ITEMS.length]],
    participantId: participant[i % participant.length]!.id,
  }));
  const assessmentOf = (i: number, submitted: boolean) => ({
    ...sys(),
    workshopId,
    respondentId: participant[i % participant.length]!.id,
    organisationId: organisation[i % organisation.length]!.id,
    frameworkId: 'tuoc',
    frameworkVersion: 1,
    round: 'baseline',
    submitted,
  });
  // Submitted TUOC assessments of one round, every item answered (a "don't know" now and then).
  const assessment = Array.from({ length: opts.assessments ?? 0 }, (_, i) => assessmentOf(i, true));
  // Assessments someone has started and not yet answered (the score screen's questions to time).
  const open = Array.from({ length: opts.openAssessments ?? 0 }, (_, i) => assessmentOf(i, false));
  const score = assessment.flatMap((a, i) =>
    TUOC_ITEMS.map((itemId, k) => ({ ...sys(), workshopId, assessmentId: a.id, itemId, value: (i + k) % 11 === 0 ? null : 1 + ((i * 7 + k * 3) % 5), comment: '' })),
  );
  return { workshopId, openAssessmentIds: open.map((a) => a.id), tables: { workshop: [workshop], organisation, participant, agendaItem, note, assessment: [...assessment, ...open], score } };
}
