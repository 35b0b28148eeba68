import './frameworks.css';
import { createSignal, For, Show } from 'solid-js';
import { localised, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import { locale, t } from '../../i18n/index.ts';
import { downloadBlob } from '../../core/platform/download.ts';
import { readSheet } from '../../core/sheets/sheet.ts';
import { xlsxOf } from '../../core/sheets/xlsx-write.ts';
import { FileField, SelectField } from '../../ui/inputs.tsx';
import { announce } from '../../ui/announcer.ts';
import { toCsv } from '../report/index.ts';
import { applyTranslationRows, translationRows } from './translation-sheet.ts';
import { contextText, sheetProblemText } from './translation-words.ts';

export interface TranslationSheetPanelProps {
  frameworks: readonly FrameworkDocument[];
  /** Stores the translated framework as a new version; whether it was stored. */
  onSave: (translated: FrameworkDocument) => Promise<boolean>;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every text of a framework out to translators as XLSX or CSV, and their translations back in as a new version; a sheet with any problem changes nothing. */
export function TranslationSheetPanel(props: TranslationSheetPanelProps) {
  const keyOf = (f: FrameworkDocument) => `${f.id}@${f.version}`;
  const [chosen, setChosen] = createSignal('');
  const framework = () => props.frameworks.find((f) => keyOf(f) === chosen()) ?? props.frameworks[0];
  const [problems, setProblems] = createSignal<string[]>([]);
  const fileName = (f: FrameworkDocument, ext: string) => `${f.id}-v${f.version}-translations.${ext}`;

  async function download(kind: 'xlsx' | 'csv') {
    const f = framework();
    if (!f) return;
    const [columns = [], ...rows] = translationRows(f, contextText);
    if (kind === 'csv') downloadBlob(new Blob([toCsv({ columns, rows })], { type: 'text/csv;charset=utf-8' }), fileName(f, 'csv'));
    else {
      const bytes = await xlsxOf([columns, ...rows], { sheetName: f.id, widths: columns.map((_, c) => (c === 0 ? 34 : c === 1 ? 40 : 50)) });
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), fileName(f, 'xlsx'));
    }
  }

  async function importFile(file: File) {
    setProblems([]);
    const f = framework();
    if (!f) return;
    const read = await readSheet(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return setProblems([sheetProblemText({ cell: '', code: read.code === 'too_big' ? 'tooBig' : 'notSheet' })]);
    const applied = applyTranslationRows(f, read.rows);
    if (!applied.ok) return setProblems(applied.problems.map(sheetProblemText));
    if (applied.changed) await props.onSave(applied.framework);
    else announce(t('translations.sheetUnchanged', { name: localised(f.name, locale()), version: f.version }));
  }

  return (
    <section class="panel fw-sheet" aria-labelledby="fw-sheet-title">
      <h2 id="fw-sheet-title">{t('translations.sheetTitle')}</h2>
      <p class="muted">{t('translations.sheetIntro')}</p>
      <SelectField
        id="fw-sheet-framework"
        label={t('translations.sheetFramework')}
        value={framework() ? keyOf(framework()!) : ''}
        options={props.frameworks.map((f) => ({ value: keyOf(f), label: t('translations.frameworkVersion', { name: localised(f.name, locale()), version: f.version }) }))}
        onChange={(v) => {
          setChosen(v);
          setProblems([]);
        }}
      />
      <div class="form__actions">
        <button type="button" class="button" onClick={() => void download('xlsx')}>
          {t('translations.downloadXlsx')}
        </button>
        <button type="button" class="button" onClick={() => void download('csv')}>
          {t('translations.downloadCsv')}
        </button>
      </div>
      <FileField
        id="fw-sheet-import"
        label={t('translations.sheetImport')}
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFile={(file) => void importFile(file)}
      />
      <Show when={problems().length > 0}>
        <div class="form__error" role="alert">
          <p>{t('translations.sheetProblemsTitle')}</p>
          <ul data-testid="sheet-problems">
            <For each={problems()}>{(p) => <li>{p}</li>}</For>
          </ul>
        </div>
      </Show>
    </section>
  );
}
