import { describe, expect, it } from 'vitest';
import { DEFAULT_TUOC } from '../../../../../../src/shared/framework/default-tuoc.ts';
import { loadWorkshopBundle, workshopJson } from '../../../../../../src/app/features/report/export/bundle.ts';
import { RESPONDENTS, seedWorkshop, seededBundle } from './fixture.ts';

describe('loading a workshop bundle', () => {
  it('reads live records of the workshop, agenda in order, and only the projects it names', async () => {
    const b = await seededBundle();
    expect(b.workshop.title).toContain('Économie');
    expect(b.agenda.map((a) => a.title)).toEqual(['Opening', 'Priorities, "action" plans']);
    expect(b.organisations).toHaveLength(3);
    expect(b.participants.map((p) => p.name)).toEqual([...RESPONDENTS, '+1']);
    // the deleted note is a tombstone and stays out
    expect(b.notes).toHaveLength(4);
    expect(b.notes.some((n) => n.text.startsWith('Deleted'))).toBe(false);
    expect(b.practices).toHaveLength(1);
    expect(b.assessments).toHaveLength(2);
    expect(b.scores).toHaveLength(4);
    expect(b.swot).toHaveLength(2);
    expect(b.actions).toHaveLength(1);
    expect(b.projects.map((p) => p.reference).sort()).toEqual(['INT/23/05/FIN', 'RAF/22/11/NOR']);
    expect(b.framework).toBe(DEFAULT_TUOC);
    for (const list of [b.organisations, b.notes, b.scores]) {
      expect(list.map((r) => r.createdAt)).toEqual(list.map((r) => r.createdAt).sort());
    }
  });

  it('is undefined for a workshop not on this device', async () => {
    const { store } = await seedWorkshop();
    expect(await loadWorkshopBundle(store, '01890000-0000-7000-8000-000000000000', DEFAULT_TUOC)).toBeUndefined();
    store.close();
  });
});

describe('the JSON export', () => {
  it('keeps records as stored and round-trips their counts', async () => {
    const b = await seededBundle();
    const json = JSON.parse(JSON.stringify(workshopJson(b, '2026-03-11T17:00:00.000Z'))) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'workshop-companion.workshop', formatVersion: 1, exportedAt: '2026-03-11T17:00:00.000Z' });
    expect(json.workshop).toEqual(b.workshop);
    const kinds = ['agenda', 'organisations', 'participants', 'notes', 'practices', 'assessments', 'scores', 'swot', 'actions', 'projects'] as const;
    for (const kind of kinds) expect((json[kind] as unknown[]).length, kind).toBe(b[kind].length);
    expect(json.assessments).toEqual(b.assessments);
    expect(json.framework).toEqual(DEFAULT_TUOC);
  });

  it('drops respondent ids when the workshop scores anonymously', async () => {
    const b = await seededBundle({ anonymousScores: true });
    // written before anonymity was switched on, say: the stored records still name their respondent
    expect(b.assessments.every((a) => a.respondentId)).toBe(true);
    const json = workshopJson(b, '2026-03-11T17:00:00.000Z') as { assessments: Record<string, unknown>[] };
    expect(json.assessments).toHaveLength(2);
    expect(json.assessments.some((a) => 'respondentId' in a)).toBe(false);
    expect((json as unknown as { swot: Record<string, unknown>[] }).swot.some((e) => 'author' in e)).toBe(false);
  });

  it('holds only the ballots of revealed votes, each as its vote and dots alone', async () => {
    const b = await seededBundle();
    expect(b.votes.map((p) => p.state).sort()).toEqual(['open', 'revealed']);
    const revealed = b.votes.find((p) => p.state === 'revealed')!;
    expect(b.ballots.map((x) => x.pollId)).toEqual([revealed.id, revealed.id, revealed.id]);
    const json = workshopJson(b, '2026-03-11T17:00:00.000Z') as { ballots: Record<string, unknown>[]; swot: Record<string, unknown>[] };
    expect(json.ballots.map((x) => Object.keys(x).sort())).toEqual([
      ['dots', 'pollId'],
      ['dots', 'pollId'],
      ['dots', 'pollId'],
    ]);
    // Not anonymous: the card keeps its author.
    expect(json.swot.some((e) => e.author === 'Zainab')).toBe(true);
  });
});
