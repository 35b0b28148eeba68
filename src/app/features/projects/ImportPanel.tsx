import { batch, createMemo, createSignal, Show } from 'solid-js';
import type { Project } from '../../../shared/schemas/records.ts';
import { formatList, t, tp } from '../../i18n/index.ts';
import { decodeCsvBytes, parseCsv, type ParsedCsv } from '../../core/sheets/csv-read.ts';
import { guessMapping, previewImport, PROJECT_COLUMNS, REQUIRED_COLUMNS, type ColumnMapping, type ImportPreview, type PreviewRow, type ProjectColumn } from './projects-import.ts';
import { announce } from '../../ui/announcer.ts';
import { run as runCommand } from '../../ui/command.ts';
import { importProjects, ImportStopped } from './projects-data.ts';
import { useStore } from '../../core/db/store-context.ts';
import { FileField } from '../../ui/inputs.tsx';
import { ProjectImportMapping, ProjectImportPreview, type ImportRowView } from './ProjectImport.tsx';
import { columnLabel, problemMessage } from './problem-words.ts';
import { headerWords, importVocabulary } from './vocabulary.ts';
import { Panel } from '../../ui/Panel.tsx';

const SEPARATOR_WORDS = { ',': 'projectImport.separatorComma', ';': 'projectImport.separatorSemicolon', '\t': 'projectImport.separatorTab' } as const;

function rowView(r: PreviewRow): ImportRowView {
  const base = { row: r.row, reference: r.reference, title: r.title, problems: r.problems.map((p) => ({ field: columnLabel(p.column), message: problemMessage(p) })) };
  if (r.problems.length > 0) return { ...base, state: 'problem', outcome: t('projectImport.outcomeProblems') };
  if (!r.existing) return { ...base, state: 'new', outcome: t('projectImport.outcomeNew') };
  if (r.changes.length === 0) return { ...base, state: 'same', outcome: t('projectImport.outcomeSame') };
  // The budget is one field of the record but two columns of the file.
  const fields = r.changes.map((k) => (k === 'budget' ? t('projectPage.budget') : columnLabel(k)));
  return { ...base, state: 'update', outcome: t('projectImport.outcomeUpdate', { fields: formatList(fields) }) };
}

/**
 * Import projects from a CSV file: read it, map its columns, preview every row, and write only
 * when every row is right. The preview follows the projects on the device, so a project synced in
 * meanwhile shows as an update before anything is written.
 */
export function ImportPanel(props: { projects: readonly Project[] }) {
  const store = useStore();
  const [file, setFile] = createSignal<{ name: string; csv: ParsedCsv }>();
  const [mapping, setMapping] = createSignal<ColumnMapping>();
  const [message, setMessage] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const headers = () => file()?.csv.rows[0] ?? [];
  const preview = createMemo(() => {
    const f = file();
    const m = mapping();
    return f && m ? previewImport(f.csv, m, props.projects, importVocabulary()) : undefined;
  });
  const writes = () => (preview()?.created ?? 0) + (preview()?.updated ?? 0);

  const reset = () =>
    batch(() => {
      setFile(undefined);
      setMapping(undefined);
    });
  const choose = async (chosen: File) => {
    setMessage(undefined);
    reset();
    try {
      const csv = parseCsv(decodeCsvBytes(new Uint8Array(await chosen.arrayBuffer())));
      if (csv.rows.length < 2) return setMessage(t('projectImport.noRows'));
      batch(() => {
        setFile({ name: chosen.name, csv });
        setMapping(guessMapping(csv.rows[0]!, headerWords()));
      });
    } catch {
      setMessage(t('projectImport.readFailed'));
    }
  };
  const run = async () => {
    const p = preview();
    if (!p?.valid || busy()) return;
    setBusy(true);
    try {
      const done = await runCommand(() => importProjects(store, p.rows), {
        onError: (failure, err) => setMessage(err instanceof ImportStopped ? t('projectImport.stopped', { done: err.done, total: err.total }) : failure.message),
      });
      if (!done) return;
      reset();
      announce(t('projectImport.imported', { created: tp('projectImport.newProjects', done.created), updated: tp('projectImport.updatedProjects', done.updated) }));
    } finally {
      setBusy(false);
    }
  };

  const summary = (p: ImportPreview) => {
    if (p.unmapped.length > 0) return t('projectImport.mapFirst');
    if (!p.valid) return tp('projectImport.blocked', p.rows.filter((r) => r.problems.length > 0).length);
    if (writes() === 0) return t('projectImport.upToDate');
    return t('projectImport.ready', { created: tp('projectImport.newProjects', p.created), updated: tp('projectImport.updatedProjects', p.updated) });
  };

  return (
    <Panel titleId="project-import-title" title={t('projectImport.title')}>
      <p class="muted">{t('projectImport.hint')}</p>
      <FileField id="project-import-file" label={t('projectImport.file')} accept=".csv,text/csv,text/plain" onFile={(f) => void choose(f)} />
      <Show when={message()}>
        <p class="form__error" role="alert">
          {message()}
        </p>
      </Show>
      <Show when={file()}>
        {(f) => (
          <>
            <p data-testid="import-file">
              {t('projectImport.fileSummary', { file: f().name, rows: tp('projectImport.rows', f().csv.rows.length - 1), separator: t(SEPARATOR_WORDS[f().csv.separator]) })}
            </p>
            <ProjectImportMapping
              headers={headers()}
              choices={PROJECT_COLUMNS.map((c: ProjectColumn) => ({
                column: c,
                label: columnLabel(c),
                required: REQUIRED_COLUMNS.includes(c),
                value: (mapping()?.[c] ?? -1) >= 0 ? String(mapping()![c]) : '',
                error: REQUIRED_COLUMNS.includes(c) && (mapping()?.[c] ?? -1) < 0 ? t('projectImport.mapRequired', { field: columnLabel(c) }) : undefined,
              }))}
              onMap={(column, value) => setMapping((m) => m && { ...m, [column]: value === '' ? -1 : Number(value) })}
            />
            <Show when={preview()}>
              {(p) => (
                <ProjectImportPreview
                  rows={p().rows.map(rowView)}
                  summary={summary(p())}
                  blocked={!p().valid}
                  valid={p().valid && writes() > 0}
                  importLabel={tp('projectImport.importButton', writes())}
                  busy={busy()}
                  onImport={() => void run()}
                  onCancel={reset}
                />
              )}
            </Show>
          </>
        )}
      </Show>
    </Panel>
  );
}
