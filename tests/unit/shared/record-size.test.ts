import { describe, expect, it } from 'vitest';
import { DEFAULT_DE_PROFILE } from '../../../src/shared/framework/default-de-profile.ts';
import { DEFAULT_TUOC } from '../../../src/shared/framework/default-tuoc.ts';
import { LIMITS } from '../../../src/shared/schemas/fields.ts';
import { RECORD_KINDS, type RecordKind } from '../../../src/shared/schemas/kinds.ts';
import { isTooLarge } from '../../../src/shared/schemas/record-size.ts';
import { PHOTO_MAX_BYTES, STORED_MAX_SIDE, THUMB_MAX_BYTES } from '../../../src/shared/photos/photo-limits.ts';
import { POLL_MAX_DOTS, POLL_MAX_OPTIONS } from '../../../src/shared/schemas/room-records.ts';

/** A record's weight as the size check counts it: the UTF-8 bytes of its JSON text. */
const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

// The largest record each kind's schema accepts: every list full, every text at its LIMITS length
// in a script of three UTF-8 bytes per character ('€'), the longest device ids and stamps.
const text = (n: number) => '€'.repeat(n);
const id = '01a21024-fbe9-7a35-b6b7-237075bb6093';
const device = 'a'.repeat(40);
const stamp = `999999999999999-999999-${device}`;
const sys = { id, createdAt: stamp, updatedAt: stamp, deviceId: device, deleted: false };
const ids = Array<string>(LIMITS.listItems).fill(id);
const tags = Array<string>(LIMITS.listItems).fill(text(LIMITS.short));
const names = Array<string>(LIMITS.listItems).fill(text(LIMITS.name));
const tiny = -1.2345678901234568e-300;

const LARGEST: Record<Exclude<RecordKind, 'framework' | 'lostValue'>, Record<string, unknown>> = {
  workshop: {
    ...sys,
    workshopId: id,
    title: text(LIMITS.title),
    theme: text(LIMITS.short),
    startDate: '2026-01-01',
    endDate: '2026-01-02',
    venue: text(LIMITS.title),
    country: 'SN',
    languages: Array<string>(LIMITS.listItems).fill('abc-DE'),
    facilitators: names,
    objectives: text(LIMITS.text),
    projectIds: ids,
    frameworkId: text(LIMITS.short),
    anonymousScores: false,
    joinTokenHash: 'a'.repeat(64),
    status: 'running',
    followsWorkshopId: id,
    currentRound: text(LIMITS.short),
  },
  project: {
    ...sys,
    ownerId: id,
    reference: 'RAF/22/11/NOR',
    title: text(LIMITS.title),
    donor: text(LIMITS.name),
    partners: names,
    countries: Array<string>(LIMITS.listItems).fill('SN'),
    themes: tags,
    startDate: '2026-01-01',
    endDate: '2026-01-02',
    status: 'completed',
    implementer: text(LIMITS.name),
    budget: { amount: 1e15, currency: 'EUR' },
    contact: text(LIMITS.title),
  },
  agendaItem: { ...sys, workshopId: id, title: text(LIMITS.title), kind: 'presentation', day: 31, start: '09:00', minutes: 1440, order: tiny },
  organisation: { ...sys, workshopId: id, name: text(LIMITS.title), acronym: text(LIMITS.short), country: 'SN', kind: 'solidarity-support-organisation', partnerRole: 'receiving' },
  participant: { ...sys, workshopId: id, name: text(LIMITS.name), organisationId: id, role: text(LIMITS.short), gender: 'undisclosed', consent: true },
  note: { ...sys, workshopId: id, agendaItemId: id, kind: 'approach', text: text(LIMITS.text), capacities: tags, participantId: id, organisationId: id },
  practice: {
    ...sys,
    workshopId: id,
    title: text(LIMITS.title),
    context: text(LIMITS.text),
    approach: text(LIMITS.text),
    results: text(LIMITS.text),
    capacities: tags,
    sustainability: text(LIMITS.text),
    contact: text(LIMITS.title),
    organisationIds: ids,
    projectIds: ids,
    sourceNoteId: id,
    status: 'compendium',
    compendiumOrder: tiny,
    mergedInto: id,
  },
  assessment: { ...sys, workshopId: id, respondentId: id, organisationId: id, frameworkId: text(LIMITS.short), frameworkVersion: Number.MAX_SAFE_INTEGER, round: text(LIMITS.short), submitted: false },
  score: { ...sys, workshopId: id, assessmentId: id, itemId: text(LIMITS.short), value: 100, comment: text(LIMITS.text) },
  swot: {
    ...sys,
    workshopId: id,
    organisationId: id,
    quadrant: 'opportunity',
    text: text(LIMITS.text),
    itemId: text(LIMITS.short),
    factorId: text(LIMITS.short),
    wording: text(LIMITS.text),
    group: text(LIMITS.short),
    mergedInto: id,
    author: text(LIMITS.name),
  },
  action: {
    ...sys,
    workshopId: id,
    organisationId: id,
    itemId: text(LIMITS.short),
    action: text(LIMITS.text),
    who: text(LIMITS.title),
    due: '2026-01-01',
    indicator: text(LIMITS.text),
    status: 'in-progress',
  },
  device: { ...sys, ownerId: id, namedDeviceId: device, name: text(LIMITS.name) },
  delegate: { ...sys, workshopId: id, organisationId: id },
  poll: {
    ...sys,
    workshopId: id,
    title: text(LIMITS.title),
    subject: 'capacities',
    options: Array.from({ length: POLL_MAX_OPTIONS }, () => ({ id: text(LIMITS.short), label: text(LIMITS.title) })),
    dots: POLL_MAX_DOTS,
    stack: true,
    organisationId: id,
    state: 'revealed',
  },
  // Option ids differ (a record's keys are unique): the longest ids that still differ.
  ballot: { ...sys, workshopId: id, pollId: id, dots: Object.fromEntries(Array.from({ length: POLL_MAX_OPTIONS }, (_, i) => [text(LIMITS.short - 2) + String(i).padStart(2, '0'), POLL_MAX_DOTS])) },
  agreedScore: { ...sys, workshopId: id, organisationId: id, itemId: text(LIMITS.short), round: text(LIMITS.short), value: 100, justification: text(LIMITS.text) },
  photo: {
    ...sys,
    workshopId: id,
    subject: 'practice',
    subjectId: id,
    caption: text(LIMITS.title * 2),
    file: { hash: 'f'.repeat(64), type: 'image/webp', bytes: PHOTO_MAX_BYTES, width: STORED_MAX_SIDE, height: STORED_MAX_SIDE },
    thumb: { hash: 'f'.repeat(64), type: 'image/webp', bytes: THUMB_MAX_BYTES, width: STORED_MAX_SIDE, height: STORED_MAX_SIDE },
    recognisable: false,
    consent: false,
  },
};

describe('record size limits', () => {
  it('counts UTF-8 bytes of the JSON text', () => {
    const limit = RECORD_KINDS.agendaItem.maxBytes;
    // A JSON string of `bytes` bytes: `text`, then ASCII up to that weight.
    const weighing = (text: string, textBytes: number, bytes: number) => text + 'x'.repeat(bytes - textBytes);
    for (const [text, textBytes] of [
      ['', 2],
      ['é€👩', 2 + 2 + 3 + 4],
      ['\u0000', 8],
      ['\uD800', 8],
    ] as const) {
      expect(isTooLarge('agendaItem', weighing(text, textBytes, limit)), text).toBe(false);
      expect(isTooLarge('agendaItem', weighing(text, textBytes, limit + 1)), text).toBe(true);
    }
    // {"a":""} weighs 8 bytes.
    expect(isTooLarge('agendaItem', { a: 'x'.repeat(limit - 8) })).toBe(false);
    expect(isTooLarge('agendaItem', { a: 'x'.repeat(limit - 7) })).toBe(true);
  });

  for (const [kind, record] of Object.entries(LARGEST) as [keyof typeof LARGEST, Record<string, unknown>][]) {
    it(`${kind}: the largest record its schema accepts fits, with a tenth to spare, in the smallest step that holds it`, () => {
      expect(RECORD_KINDS[kind].schema().safeParse(record).success).toBe(true);
      const bytes = jsonBytes(record);
      const limit = RECORD_KINDS[kind].maxBytes;
      expect(bytes * 1.1).toBeLessThanOrEqual(limit);
      const steps = [16, 32, 64, 128].map((k) => k * 1024);
      expect(limit).toBe(steps.find((s) => bytes * 1.1 <= s));
      expect(isTooLarge(kind, record)).toBe(false);
    });
  }

  it('a framework holds twenty built-in frameworks; a lost value holds any framework document', () => {
    const limit = RECORD_KINDS.framework.maxBytes;
    for (const doc of [DEFAULT_TUOC, DEFAULT_DE_PROFILE]) expect(jsonBytes(doc) * 20).toBeLessThanOrEqual(limit);
    const framework = { ...sys, ownerId: id, name: text(LIMITS.title), version: 1, document: { blob: 'x'.repeat(limit - 1_000) } };
    expect(isTooLarge('framework', framework)).toBe(false);
    expect(isTooLarge('framework', { ...framework, document: { blob: 'x'.repeat(limit) } })).toBe(true);
    const lost = {
      ...sys,
      workshopId: id,
      recordKind: 'framework',
      recordId: id,
      field: 'document',
      value: framework.document,
      stamp,
      lostDeviceId: device,
      winnerStamp: stamp,
      winnerDeviceId: device,
    };
    expect(RECORD_KINDS.lostValue.schema().safeParse(lost).success).toBe(true);
    expect(isTooLarge('lostValue', lost)).toBe(false);
  });
});
