import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../../../src/app/core/db/store.ts';
import { emptyFollowUpDraft, startFollowUpWorkshop, startRound } from '../../../../../src/app/features/workshop/follow-up.ts';
import { draftToAssessment, emptyAssessmentDraft } from '../../../../../src/app/features/scoring/assessment-draft.ts';
import { DEFAULT_TUOC } from '../../../../../src/shared/framework/default-tuoc.ts';
import { workshopSchema } from '../../../../../src/shared/schemas/records.ts';
import { workshopFields } from '../../../../support/workshop-fields.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setSetting } from '../../../../../src/app/core/db/settings.ts';
import { ACCESS_KEY, createSyncEngine } from '../../../../../src/app/core/sync/engine.ts';
import { createApp } from '../../../../../src/server/http/app.ts';
import { hashKey, newKey } from '../../../../../src/server/auth/keys.ts';
import { openSqliteStore } from '../../../../../src/server/store/sqlite.ts';

let n = 0;
const open = () => openLocalStore(`follow-up-${Date.now()}-${n++}`, () => Date.UTC(2026, 5, 1, 9) + n++);
const titled = (title: string) => `${title} — follow-up`;

describe('a follow-up workshop', () => {
  it('carries over the organisations, the agenda without its times, the framework and the links, and follows its baseline', async () => {
    const store = await open();
    const { repos } = store;
    const baseline = await repos.workshop.create(
      workshopFields('Social protection', {
        startDate: '2026-06-01',
        venue: 'Dakar',
        country: 'SN',
        languages: ['fr', 'en'],
        facilitators: ['Awa Diop'],
        objectives: 'Baseline',
        projectIds: ['0190a000-0000-7000-8000-000000000009'],
        frameworkId: 'adapted',
        anonymousScores: true,
      }),
    );
    await repos.organisation.create({ name: 'Confédération nationale', acronym: 'CNTL', country: 'SN', kind: 'national-centre', partnerRole: 'receiving' }, baseline.id);
    await repos.agendaItem.create({ title: 'Scoring', kind: 'scoring', day: 1, start: '11:00', minutes: 90, order: 5 }, baseline.id);
    await repos.agendaItem.create({ title: 'Opening', kind: 'plenary', day: 1, start: '09:00', minutes: 30, order: 2 }, baseline.id);
    await repos.participant.create({ name: 'Aminata', role: '', gender: '', consent: true }, baseline.id);

    const draft = { ...emptyFollowUpDraft(baseline, titled), startDate: '2027-06-07', endDate: '2027-06-08' };
    expect(draft.title).toBe('Social protection — follow-up');
    const followUp = await startFollowUpWorkshop(store, baseline, draft);

    expect(followUp).toMatchObject({
      title: 'Social protection — follow-up',
      startDate: '2027-06-07',
      endDate: '2027-06-08',
      theme: baseline.theme,
      venue: '',
      objectives: '',
      country: 'SN',
      languages: ['fr', 'en'],
      facilitators: ['Awa Diop'],
      projectIds: baseline.projectIds,
      frameworkId: 'adapted',
      anonymousScores: true,
      status: 'planned',
      followsWorkshopId: baseline.id,
      currentRound: 'follow-up',
    });
    expect(followUp.id).not.toBe(baseline.id);
    const orgs = await repos.organisation.list(followUp.id);
    expect(orgs.map((o) => [o.name, o.acronym, o.country, o.kind, o.partnerRole])).toEqual([['Confédération nationale', 'CNTL', 'SN', 'national-centre', 'receiving']]);
    expect((await repos.organisation.list(baseline.id))[0]!.id).not.toBe(orgs[0]!.id);
    const agenda = (await repos.agendaItem.list(followUp.id)).sort((a, b) => a.order - b.order);
    expect(agenda.map((a) => [a.title, a.kind, a.day, a.start, a.minutes])).toEqual([
      ['Opening', 'plenary', 1, '', 30],
      ['Scoring', 'scoring', 1, '', 90],
    ]);
    expect(await repos.participant.list(followUp.id)).toEqual([]);
    // Everything waits in the outbox, to sync once a connection is there.
    expect(await store.pendingCount(followUp.id)).toBe(4);
    store.close();
  });

  it('keeps what was typed when the dates are missing', async () => {
    const store = await open();
    const baseline = await store.repos.workshop.create(workshopFields('Youth'));
    await expect(startFollowUpWorkshop(store, baseline, emptyFollowUpDraft(baseline, titled))).rejects.toMatchObject({ code: 'invalid_record' });
    expect((await store.repos.workshop.list()).map((w) => w.title)).toEqual(['Youth']);
    store.close();
  });
});

describe('a new round in the same workshop', () => {
  it('makes new assessments count for it while a workshop written before rounds still reads as a baseline', async () => {
    const store = await open();
    const w = await store.repos.workshop.create(workshopFields('Youth'));
    expect(w.currentRound).toBeUndefined();
    expect(emptyAssessmentDraft(w.currentRound).roundChoice).toBe('baseline');

    const draft = emptyFollowUpDraft(w, titled);
    expect(draft.roundChoice).toBe('follow-up');
    const next = await startRound(store, w, { ...draft, kind: 'round' });
    expect(next.currentRound).toBe('follow-up');
    expect(draftToAssessment({ ...emptyAssessmentDraft(next.currentRound), organisationId: 'o' }, DEFAULT_TUOC, false).round).toBe('follow-up');

    // After a follow-up, the next round is the facilitator's to name.
    const third = emptyFollowUpDraft(next, titled);
    expect([third.roundChoice, third.roundOther]).toEqual(['other', '']);
    await expect(startRound(store, next, { ...third, kind: 'round' })).rejects.toMatchObject({ code: 'invalid_record' });
    const named = await startRound(store, next, { ...third, kind: 'round', roundOther: ' Mid-term 2028 ' });
    expect(named.currentRound).toBe('Mid-term 2028');
    expect(emptyAssessmentDraft(named.currentRound)).toMatchObject({ roundChoice: 'other', roundOther: 'Mid-term 2028' });

    // A workshop synced by an older build has neither field, and still parses.
    const { followsWorkshopId: _f, currentRound: _c, ...older } = named;
    expect(workshopSchema().safeParse(older).success).toBe(true);
    store.close();
  });
});

describe('follow-up sync', () => {
  it('takes a follow-up made on a tablet, and a new round, through the server to the facilitator’s laptop', async () => {
    const server = openSqliteStore(mkdtempSync(join(tmpdir(), 'wc-follow-up-')));
    await server.migrate();
    const key = newKey('facilitator');
    await server.addKey({ hash: hashKey(key), role: 'facilitator', name: 'Awa' });
    const app = createApp({ store: server, staticDir: tmpdir(), version: 't', bodyLimit: 2 * 1024 * 1024 });
    const link: typeof fetch = (url, init) => Promise.resolve(app.request(url, init));
    const [tablet, laptop] = [await open(), await open()];
    for (const d of [tablet, laptop]) await setSetting(d.db, ACCESS_KEY, key);
    const [a, b] = [createSyncEngine(tablet, '/api/sync', link), createSyncEngine(laptop, '/api/sync', link)];

    // A baseline as an older build wrote it: neither new field.
    const baseline = await tablet.repos.workshop.create(workshopFields('Social protection', { startDate: '2025-11-20' }));
    await tablet.repos.organisation.create({ name: 'Syndicat des travailleurs du port', acronym: 'STP', country: 'SN', kind: 'sectoral-federation', partnerRole: 'receiving' }, baseline.id);
    await a.syncNow();
    const followUp = await startFollowUpWorkshop(tablet, baseline, { ...emptyFollowUpDraft(baseline, titled), startDate: '2026-11-19' });
    await startRound(tablet, baseline, { ...emptyFollowUpDraft(baseline, titled), kind: 'round' });
    await a.syncNow();
    expect(await tablet.pendingCount()).toBe(0);

    await b.syncNow();
    expect(await laptop.repos.workshop.get(followUp.id)).toMatchObject({ followsWorkshopId: baseline.id, currentRound: 'follow-up', startDate: '2026-11-19' });
    expect(await laptop.repos.workshop.get(baseline.id)).toMatchObject({ currentRound: 'follow-up' });
    expect((await laptop.repos.organisation.list(followUp.id)).map((o) => o.acronym)).toEqual(['STP']);
    a.stop();
    b.stop();
    tablet.close();
    laptop.close();
    await server.close();
  });
});
