import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { workshopJson } from '../../../../../../src/app/features/report/export/bundle.ts';
import { toCsv } from '../../../../../../src/app/features/report/export/csv.ts';
import { runExport } from '../../../../../../src/app/features/report/export/run.ts';
import { serialise, type ExportRequest } from '../../../../../../src/app/features/report/export/serialise.ts';
import { buildTables } from '../../../../../../src/app/features/report/export/tables.ts';
import { zipCsv } from '../../../../../../src/app/features/report/export/zip.ts';
import { RESPONDENTS, TRICKY, parseCsv, seededBundle } from './fixture.ts';

/** Serialise and keep every progress report. */
async function run(request: ExportRequest) {
  const reports: [number, number][] = [];
  const result = await serialise(request, (done, total) => reports.push([done, total]));
  return { result, reports };
}

function expectSaneProgress(reports: [number, number][]) {
  expect(reports.length).toBeGreaterThan(0);
  const total = reports[0]![1];
  expect(reports.every(([, t]) => t === total)).toBe(true);
  const done = reports.map(([d]) => d);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(reports.at(-1)).toEqual([total, total]);
}

describe('serialising exports', () => {
  it('zips one CSV per table, each reading back to its rows', async () => {
    const b = await seededBundle();
    const tables = buildTables(b, false);
    const { result, reports } = await run({ format: 'csv-zip', tables, baseName: b.workshop.title });
    expect(result.mime).toBe('application/zip');
    expect(result.fileName).toBe('économie-informelle-santé-sécurité-التضامن-csv.zip');
    const files = unzipSync(result.bytes);
    expect(Object.keys(files)).toEqual(tables.map((t) => `économie-informelle-santé-sécurité-التضامن-${t.name}.csv`));
    tables.forEach((table) => {
      const bytes = files[`économie-informelle-santé-sécurité-التضامن-${table.name}.csv`]!;
      // compared as bytes: decoding text would drop the byte-order mark
      expect(bytes).toEqual(new TextEncoder().encode(toCsv(table)));
      expect(parseCsv(strFromU8(bytes))).toHaveLength(table.rows.length + 1);
    });
    expectSaneProgress(reports);
    // at least one report per table: after each table's rows, and the packaging step at the end
    expect(reports.length).toBeGreaterThanOrEqual(tables.length + 1);
    expect(reports[0]![1]).toBe(tables.reduce((n, t) => n + t.rows.length, 0) + 1);
  });

  it('writes one table as a UTF-8 CSV with its byte-order mark', async () => {
    const b = await seededBundle();
    const notes = buildTables(b, false).find((t) => t.name === 'notes')!;
    const { result, reports } = await run({ format: 'csv', table: notes, baseName: 'Atelier' });
    expect(result).toMatchObject({ mime: 'text/csv;charset=utf-8', fileName: 'atelier-notes.csv' });
    expect([...result.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(result.bytes)).toContain(TRICKY.emoji);
    expectSaneProgress(reports);
  });

  it('writes JSON that round-trips the record counts', async () => {
    const b = await seededBundle();
    const { result, reports } = await run({ format: 'json', json: workshopJson(b, '2026-03-11T17:00:00.000Z'), baseName: b.workshop.title });
    expect(result.mime).toBe('application/json');
    expect(result.fileName.endsWith('.json')).toBe(true);
    const back = JSON.parse(new TextDecoder().decode(result.bytes)) as Record<string, unknown[]>;
    expect(back.notes).toHaveLength(b.notes.length);
    expect(back.scores).toHaveLength(b.scores.length);
    expect(back.projects).toHaveLength(2);
    expect(reports).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('writes the workbook with progress to the end', async () => {
    const tables = buildTables(await seededBundle(), false);
    const { result, reports } = await run({ format: 'xlsx', tables, baseName: '' });
    expect(result.fileName).toBe('workshop.xlsx');
    expect([...result.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every XLSX is
    expectSaneProgress(reports);
  });

  it('hands a file back through runExport, on this thread when there is no Worker', async () => {
    const tables = buildTables(await seededBundle({ anonymousScores: true }), false);
    const reports: number[] = [];
    const { blob, fileName } = await runExport({ format: 'csv-zip', tables, baseName: 'x' }, (done) => reports.push(done));
    expect(fileName).toBe('x-csv.zip');
    expect(blob.type).toBe('application/zip');
    expect(reports.length).toBeGreaterThan(1);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const scoring = ['assessments', 'scores', 'scores-wide'].map((n) => strFromU8(files[`x-${n}.csv`]!)).join('\n');
    for (const who of RESPONDENTS) expect(scoring).not.toContain(who);
  });

  it('zips with names in any script', () => {
    const bytes = zipCsv([{ name: 'تقرير-notes.csv', text: '\uFEFFID\r\n' }]);
    expect(Object.keys(unzipSync(bytes))).toEqual(['تقرير-notes.csv']);
  });
});
