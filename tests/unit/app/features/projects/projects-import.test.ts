import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../../src/app/core/sheets/csv-read.ts';
import { guessMapping, previewImport, type ImportPreview, type RowProblem } from '../../../../../src/app/features/projects/projects-import.ts';
import { dateOrderOf, joinCell, parseAmount, readDate, splitList } from '../../../../../src/app/features/projects/projects-values.ts';
import { headerWords, importVocabulary } from '../../../../../src/app/features/projects/vocabulary.ts';
import { problemMessage } from '../../../../../src/app/features/projects/problem-words.ts';
import { projectsCsv } from '../../../../../src/app/features/projects/export-csv.ts';
import { projectSchema, type Project } from '../../../../../src/shared/schemas/records.ts';
import { projectFields } from '../../../../support/workshop-fields.ts';

const STAMP = '001764000000000-000000-d';
const stored = (fields: Partial<Project> & Pick<Project, 'reference' | 'title'>, n = 1): Project =>
  projectSchema().parse({
    id: `0190a000-0000-7000-8000-00000000000${n}`,
    ownerId: '0190a000-0000-7000-8000-0000000000ff',
    createdAt: STAMP,
    updatedAt: STAMP,
    deviceId: 'd',
    deleted: false,
    ...projectFields(fields.reference, fields.title),
    ...fields,
  });

/** Preview a CSV text with its header row mapped the way the screen pre-fills it (English UI). */
function preview(text: string, projects: readonly Project[] = []): ImportPreview {
  const csv = parseCsv(text);
  return previewImport(csv, guessMapping(csv.rows[0]!, headerWords()), projects, importVocabulary());
}
const problems = (p: ImportPreview) => p.rows.flatMap((r) => r.problems.map((x) => ({ row: r.row, column: x.column, code: x.code })));

const HEADER = 'Reference code,Project title,Donor,Implementing organisation,Partner organisations,Countries,Themes,Start date,End date,Status,Budget amount,Budget currency,Contact';

describe('cell values', () => {
  it('split lists on semicolons, bars or line breaks, else on commas; join so that they read back', () => {
    expect(splitList('CNTL, NUSF ,')).toEqual(['CNTL', 'NUSF']);
    expect(splitList('Union A, Dakar section; NUSF')).toEqual(['Union A, Dakar section', 'NUSF']);
    expect(splitList('SN|GH\nCI')).toEqual(['SN', 'GH', 'CI']);
    for (const list of [['CNTL', 'NUSF'], ['Union A, Dakar section'], ['Union A, Dakar', 'NUSF'], []]) expect(splitList(joinCell(list))).toEqual(list);
  });

  it('read amounts as spreadsheets in any locale write them', () => {
    expect(parseAmount('250000')).toBe(250000);
    expect(parseAmount('250 000,50')).toBe(250000.5);
    expect(parseAmount('1,250,000.00')).toBe(1250000);
    expect(parseAmount('1.250.000')).toBe(1250000);
    expect(parseAmount('1’250’000')).toBe(1250000);
    expect(parseAmount('4\u202f500\u202f000')).toBe(4500000);
    for (const bad of ['', 'NOK 1000', '-5', 'twelve', '1,2,3.4.5x']) expect(parseAmount(bad)).toBeNull();
  });

  it('read dates as year-month-day, and day- or month-first in the order the file shows', () => {
    expect(readDate('2025-3-1', undefined)).toEqual({ ok: true, iso: '2025-03-01' });
    expect(readDate('31/12/2025', undefined)).toEqual({ ok: true, iso: '2025-12-31' });
    expect(readDate('12/31/2025', undefined)).toEqual({ ok: true, iso: '2025-12-31' });
    expect(readDate('04/03/2025', undefined)).toEqual({ ok: false, ambiguous: ['2025-03-04', '2025-04-03'] });
    expect(readDate('04/03/2025', 'dmy')).toEqual({ ok: true, iso: '2025-03-04' });
    expect(readDate('04.03.2025', 'mdy')).toEqual({ ok: true, iso: '2025-04-03' });
    expect(readDate('March 2025', undefined)).toEqual({ ok: false });
    expect(dateOrderOf(['01/02/2025', '25/02/2025'])).toBe('dmy');
    expect(dateOrderOf(['01/02/2025', '02/25/2025'])).toBe('mdy');
    expect(dateOrderOf(['25/02/2025', '02/25/2025'])).toBeUndefined();
  });
});

describe('column mapping', () => {
  it('pre-fills from English headers, case, accents and punctuation aside, and from headers that start with a field', () => {
    const m = guessMapping(['Project code', 'NAME', 'Funded by', 'Budget (EUR)', 'Currency', 'Country', 'Notes'], headerWords());
    expect(m).toMatchObject({ reference: 0, title: 1, donor: 2, budgetAmount: 3, budgetCurrency: 4, countries: 5, status: -1, contact: -1 });
  });

  it('maps each column once', () => {
    const m = guessMapping(['Reference', 'Reference'], headerWords());
    expect(m.reference).toBe(0);
    expect(Object.values(m).filter((i) => i === 1)).toEqual([]);
  });
});

describe('import preview', () => {
  it('accepts good rows, reading names, labels, lists and budgets, and marks an existing reference as an update', () => {
    const existing = stored({ reference: 'RAF/22/11/NOR', title: "Promoting workers' rights", donor: 'Norway', partners: ['CNTL', 'NUSF'] });
    const p = preview(
      `${HEADER}\r\n` +
        'raf/22/11/nor,"Promoting workers\' rights",Norway,LO Norway,"CNTL; NUSF",Senegal|gh,Social protection,2022-01-01,31/12/2025,Active,"4 500 000",nok,awa@example.org\r\n' +
        'INT/23/05/FIN,"Decent work in trade, and investment",Finland,,STEI,SN,Trade agreements,,,planned,,,\r\n',
      [existing],
    );
    expect(problems(p)).toEqual([]);
    expect(p.valid).toBe(true);
    expect([p.created, p.updated]).toEqual([1, 1]);
    const [update, created] = p.rows;
    expect(update!.existing?.id).toBe(existing.id);
    // The stored spelling of the code stays; only what differs changes.
    expect(update!.input).toMatchObject({
      reference: 'RAF/22/11/NOR',
      implementer: 'LO Norway',
      countries: ['SN', 'GH'],
      themes: ['social-protection'],
      endDate: '2025-12-31',
      budget: { amount: 4500000, currency: 'NOK' },
      contact: 'awa@example.org',
    });
    expect(update!.changes.sort()).toEqual(['budget', 'contact', 'countries', 'endDate', 'implementer', 'startDate', 'themes']);
    expect(created!.input).toMatchObject({ reference: 'INT/23/05/FIN', title: 'Decent work in trade, and investment', themes: ['Trade agreements'], status: 'planned' });
    expect(created!.input?.budget).toBeUndefined();
  });

  it('names the row and field of every problem: reference shape, required title, dates, status, country, budget, duplicates', () => {
    const p = preview(
      `${HEADER}\n` +
        'RAF/22/11/NOR,Fine row,,,,,,,,,,,\n' +
        'RAF-22-11,Bad reference,,,,,,,,,,,\n' +
        'INT/23/05/FIN,,,,,,,,,,,,\n' +
        'INT/24/01/SWE,Bad dates,,,,,,2025-02-30,2024-01-01,,,,\n' +
        'INT/24/02/SWE,Crossed dates,,,,,,2025-06-01,2025-01-01,,,,\n' +
        'INT/24/03/SWE,Unknown status,,,,,,,,ongoing,,,\n' +
        'INT/24/04/SWE,Unknown country,,,,"Senegal, Atlantis",,,,,,,\n' +
        'INT/24/05/SWE,Half a budget,,,,,,,,,"1 000",,\n' +
        'INT/24/06/SWE,Bad budget,,,,,,,,,lots,EURO,\n' +
        'raf/22/11/nor,Same code again,,,,,,,,,,,\n' +
        ',No code,,,,,,,,,,,\n',
    );
    expect(p.valid).toBe(false);
    expect(problems(p)).toEqual([
      { row: 3, column: 'reference', code: 'schema' },
      { row: 4, column: 'title', code: 'schema' },
      { row: 5, column: 'startDate', code: 'schema' },
      { row: 6, column: 'endDate', code: 'schema' },
      { row: 7, column: 'status', code: 'status' },
      { row: 8, column: 'countries', code: 'country' },
      { row: 9, column: 'budgetCurrency', code: 'budgetPair' },
      { row: 10, column: 'budgetAmount', code: 'amount' },
      { row: 10, column: 'budgetCurrency', code: 'currency' },
      { row: 11, column: 'reference', code: 'duplicate' },
      { row: 12, column: 'reference', code: 'required' },
    ]);
    const words = (row: number) => p.rows.find((r) => r.row === row)!.problems.map((x: RowProblem) => problemMessage(x));
    expect(words(3)).toEqual(['Use the shape of a project code, for example RAF/22/11/NOR.']);
    expect(words(4)).toEqual(['Please fill this in.']);
    expect(words(5)).toEqual(['Please give a date (year, month, day).']);
    expect(words(6)).toEqual(['The end date cannot be before the start date.']);
    expect(words(7)).toEqual(['“ongoing” is not a status: use Planned, Active, or Completed.']);
    expect(words(8)).toEqual(['“Atlantis” is not a country we know: use its two-letter code (such as SN) or its name.']);
    expect(words(11)).toEqual(['This reference code is already on row 2 of the file.']);
  });

  it('refuses a date a file leaves open, and reads it once another date shows the order', () => {
    const open = preview(`Reference,Title,Start date\nRAF/22/11/NOR,A,04/03/2025\n`);
    expect(open.rows[0]!.problems).toEqual([{ column: 'startDate', code: 'dateAmbiguous', readings: ['2025-03-04', '2025-04-03'] }]);
    expect(problemMessage(open.rows[0]!.problems[0]!)).toBe('This date can be read two ways (Mar 4, 2025 or Apr 3, 2025): write it as year-month-day.');
    const told = preview(`Reference,Title,Start date,End date\nRAF/22/11/NOR,A,04/03/2025,25/12/2026\n`);
    expect(told.rows[0]!.input).toMatchObject({ startDate: '2025-03-04', endDate: '2026-12-25' });
  });

  it('reads semicolon files from a French spreadsheet, with a BOM and quoted line breaks', () => {
    const p = preview('\uFEFFReference code;Project title;Partner organisations;Budget amount;Budget currency\r\nRAF/22/11/NOR;"Travail décent\r\nen Afrique";CNTL, NUSF;250 000,50;EUR\r\n');
    expect(problems(p)).toEqual([]);
    expect(p.rows[0]!.input).toMatchObject({ title: 'Travail décent\r\nen Afrique', partners: ['CNTL', 'NUSF'], budget: { amount: 250000.5, currency: 'EUR' } });
  });

  it('leaves unmapped fields of an update alone, keeps the status on an empty cell, and says when nothing changes', () => {
    const existing = stored({ reference: 'RAF/22/11/NOR', title: 'Promoting rights', donor: 'Norway', status: 'completed', budget: { amount: 10, currency: 'EUR' } });
    const same = preview('Reference,Title,Status\nRAF/22/11/NOR,Promoting rights,\n', [existing]);
    expect(same.rows[0]!.changes).toEqual([]);
    expect([same.valid, same.created, same.updated]).toEqual([true, 0, 0]);
    const amountOnly = preview('Reference,Title,Budget amount\nRAF/22/11/NOR,Promoting rights,20\n', [existing]);
    expect(amountOnly.rows[0]!.input?.budget).toEqual({ amount: 20, currency: 'EUR' });
    const cleared = preview('Reference,Title,Budget amount,Budget currency\nRAF/22/11/NOR,Promoting rights,,\n', [existing]);
    expect(cleared.rows[0]!.changes).toEqual(['budget']);
  });

  it('needs a column for the reference and the title, and at least one row', () => {
    const p = preview('Name,Donor\nA,Norway\n');
    expect(p.unmapped).toEqual(['reference']);
    expect(p.valid).toBe(false);
    expect(preview(`${HEADER}\n`).valid).toBe(false);
  });

  it('reads its own export back as "already up to date"', () => {
    const projects = [
      stored(
        {
          reference: 'RAF/22/11/NOR',
          title: '=Formula-looking title',
          donor: 'Norway',
          implementer: 'LO Norway',
          partners: ['CNTL', 'Union A, Dakar section'],
          countries: ['SN', 'GH'],
          themes: ['social-protection', 'Trade, and investment'],
          startDate: '2022-01-01',
          endDate: '2025-12-31',
          status: 'completed',
          budget: { amount: 4500000.5, currency: 'NOK' },
          contact: 'awa@example.org',
        },
        1,
      ),
      stored({ reference: 'INT/23/05/FIN', title: 'Decent work', status: 'planned', contact: '+221 33 800 00 00' }, 2),
    ];
    const { text, fileName } = projectsCsv(projects, '2026-03-11');
    expect(fileName).toBe('projects-2026-03-11.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain("'=Formula-looking title");
    // The neutralising apostrophe is dropped on the way back in: a phone number stays a phone number.
    expect(text).toContain("'+221 33 800 00 00");
    const p = preview(text, projects);
    expect(problems(p)).toEqual([]);
    expect(p.rows.map((r) => r.changes)).toEqual([[], []]);
  });
});
