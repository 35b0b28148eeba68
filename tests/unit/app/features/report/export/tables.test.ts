import { describe, expect, it } from 'vitest';
import { buildTables, TABLE_NAMES, type Cell, type ExportTable } from '../../../../../../src/app/features/report/export/tables.ts';
import { frameworkItems } from '../../../../../../src/shared/framework/schema.ts';
import { encodeHlc } from '../../../../../../src/shared/hlc.ts';
import { RESPONDENTS, TRICKY, seedFieldScenario, seededBundle } from './fixture.ts';

const byName = (tables: ExportTable[], name: string) => {
  const found = tables.find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
};
/** A table's rows as objects keyed by header, for readable assertions. */
const records = (t: ExportTable) => t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c, row[i]])) as Record<string, Cell>);
const allText = (tables: ExportTable[]) => tables.flatMap((t) => [...t.columns, ...t.rows.flat().map(String)]).join('\n');

describe('export tables', () => {
  it('makes one table per record kind plus the wide scores, every row as wide as its header', async () => {
    const tables = buildTables(await seededBundle(), false);
    expect(tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
    expect(new Set(tables.map((t) => t.title)).size).toBe(tables.length);
    for (const t of tables) for (const row of t.rows) expect(row, t.name).toHaveLength(t.columns.length);
    const counts = Object.fromEntries(tables.map((t) => [t.name, t.rows.length]));
    expect(counts).toEqual({
      workshop: 1,
      agenda: 2,
      organisations: 3,
      participants: 3,
      notes: 4,
      practices: 1,
      assessments: 2,
      scores: 4,
      'scores-wide': 2,
      'agreed-scores': 1,
      swot: 2,
      actions: 1,
      votes: 4,
      ballots: 3,
      projects: 2,
      photos: 0,
    });
  });

  it('shows a revealed vote’s ranking from the ballots that fit it, and each agreed score with its evidence', async () => {
    const tables = buildTables(await seededBundle(), false);
    expect(records(byName(tables, 'votes')).map((r) => [r.Title, r.Option, r.Dots, r.Rank])).toEqual([
      ['Our priorities', TRICKY.quoted, 3, 1],
      ['Our priorities', 'Autonomy', 1, 2],
      ['Still open', TRICKY.quoted, null, null],
      ['Still open', 'Autonomy', null, null],
    ]);
    expect(records(byName(tables, 'agreed-scores'))).toEqual([expect.objectContaining({ Item: 'Autonomy', Round: 'baseline', Score: 2, Justification: TRICKY.multiline })]);
  });

  it('reads like the app: translated headers and values, names for references, ids first', async () => {
    const b = await seededBundle();
    const tables = buildTables(b, false);
    for (const t of tables) expect(t.columns[0], t.name).toMatch(/ID$/);

    const [workshop] = records(byName(tables, 'workshop'));
    expect(workshop).toMatchObject({
      ID: b.workshop.id,
      Theme: 'Social protection',
      'Start date': '2026-03-10',
      'Country code': 'SN',
      Country: 'Senegal',
      Languages: 'fr; ar',
      Facilitators: 'Awa Diop; Henrik Olsen',
      Projects: 'RAF/22/11/NOR',
      'Anonymous scores': false,
      Status: 'Running',
      'Framework ID': 'tuoc',
      'Framework version': 1,
      'Follows workshop (ID)': '',
      'Current round': 'Baseline',
    });

    expect(records(byName(tables, 'agenda'))[1]).toMatchObject({ Day: 2, Date: '2026-03-11', Start: '15:30', End: '16:45', Minutes: 75, Kind: 'Group work' });
    expect(records(byName(tables, 'organisations'))[1]).toMatchObject({ Name: TRICKY.arabic, Country: 'Morocco', Kind: 'Sectoral federation', 'Partner role': 'Receiving partner' });
    expect(records(byName(tables, 'participants'))[1]).toMatchObject({ Name: RESPONDENTS[1], Organisation: TRICKY.arabic, Gender: '', 'Agrees to be named': false });

    const [quote] = records(byName(tables, 'notes'));
    expect(quote).toMatchObject({
      Session: 'Opening',
      Kind: 'Quote',
      Text: TRICKY.quoted,
      Capacities: 'Collective bargaining; Organising and mobilising',
      Who: RESPONDENTS[0],
      Organisation: 'Confédération nationale, "CNTL"',
    });
    expect(quote?.Date).toMatch(/^2026-03-1\d$/);
    // a capacity of an adapted framework, unknown here, shows as its id rather than vanishing
    expect(records(byName(tables, 'notes'))[2]?.Capacities).toBe('my-own-capacity');

    expect(records(byName(tables, 'practices'))[0]).toMatchObject({
      Status: 'Reviewed',
      Organisations: `Confédération nationale, "CNTL"; ${TRICKY.arabic}`,
      Projects: 'INT/23/05/FIN',
      'Source note ID': b.notes[0]?.id,
    });
    expect(records(byName(tables, 'swot'))[0]).toMatchObject({ Quadrant: 'Strengths', Item: 'Collective bargaining' });
    expect(records(byName(tables, 'swot'))[1]?.['External factor']).not.toBe('');
    expect(records(byName(tables, 'actions'))[0]).toMatchObject({ Capacity: 'Autonomy', Status: 'In progress', 'By when': '2026-06-30' });
    expect(
      records(byName(tables, 'projects'))
        .map((p) => p.Status)
        .sort(),
    ).toEqual(['Active', 'Planned']);
  });

  it('lists each answer in the long scores table, with don’t know as a flag', async () => {
    const b = await seededBundle();
    const scores = records(byName(buildTables(b, false), 'scores'));
    expect(scores.map((s) => s['Item ID'])).toEqual(['collective-bargaining', 'autonomy', 'sustainability', 'influencing-policy']);
    expect(scores[0]).toMatchObject({ 'Assessment ID': b.assessments[0]?.id, Round: 'Baseline', Item: 'Collective bargaining', Score: 4, 'Don’t know': false, Comment: TRICKY.hyperlink });
    expect(scores[1]).toMatchObject({ Score: null, 'Don’t know': true });
    expect(scores[3]).toMatchObject({ Round: 'Mid-term, "June"', Organisation: TRICKY.arabic });
  });

  it("holds only the answers an assessment's author wrote, in every table", async () => {
    const b = await seededBundle();
    const first = b.scores[0]!;
    // answers another device added to the first assessment: one to an item left open, one over an answer
    const intruder = encodeHlc({ wall: Date.UTC(2026, 2, 11), count: 0, node: 'intruder' });
    const added = [
      { ...first, id: '0190a000-0000-7000-8000-000000000001', itemId: 'coherence', value: 1, createdAt: intruder, updatedAt: intruder },
      { ...first, id: '0190a000-0000-7000-8000-000000000002', value: 1, createdAt: intruder, updatedAt: intruder },
    ];
    expect(buildTables({ ...b, scores: [...b.scores, ...added] }, false)).toEqual(buildTables(b, false));
  });

  it('lays out the wide scores as one row per assessment and one column per framework item', async () => {
    const b = await seedFieldScenario();
    const wide = byName(buildTables(b, false), 'scores-wide');
    const items = frameworkItems(b.framework);
    expect(wide.rows).toHaveLength(12);
    expect(wide.columns.slice(-items.length)).toEqual(items.map((i) => i.label.en));
    expect(wide.columns.slice(0, -items.length)).toEqual(['ID', 'Organisation', 'Round', 'Respondent', 'Framework ID', 'Framework version', 'Submitted', 'Date']);
    const answers = wide.rows.flatMap((r) => r.slice(-items.length));
    expect(answers.every((v) => typeof v === 'number' || v === 'Don’t know')).toBe(true);
    expect(answers.filter((v) => typeof v === 'number').length).toBe(b.scores.filter((s) => s.value !== null).length);

    const small = records(byName(buildTables(await seededBundle(), false), 'scores-wide'));
    expect(small[0]).toMatchObject({ 'Collective bargaining': 4, Autonomy: 'Don’t know', Sustainability: 2, 'Influencing government, business and society': null });
  });

  it('names no respondent when the workshop scores anonymously', async () => {
    const tables = buildTables(await seededBundle({ anonymousScores: true }), false);
    for (const name of ['assessments', 'scores', 'scores-wide'] as const) {
      const t = byName(tables, name);
      expect(t.columns, name).not.toContain('Respondent');
      for (const who of RESPONDENTS) expect(allText([t]), name).not.toContain(who);
    }
    // people stay named where they are not respondents: anonymous scoring is about scores
    expect(allText([byName(tables, 'participants')])).toContain(RESPONDENTS[0]);
  });

  it('leaves every name out of an anonymous export', async () => {
    const tables = buildTables(await seededBundle(), true);
    const text = allText(tables);
    for (const who of RESPONDENTS) expect(text).not.toContain(who);
    expect(records(byName(tables, 'participants')).map((p) => p.Name)).toEqual(['Participant 1', 'Participant 2', 'Participant 3']);
    expect(records(byName(tables, 'notes'))[0]?.Who).toBe('Participant 1');
    expect(byName(tables, 'assessments').columns).not.toContain('Respondent');
  });
});
