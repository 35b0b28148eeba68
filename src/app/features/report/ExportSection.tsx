import { createSignal, Show } from 'solid-js';
import type { FrameworkDocument } from '../../../shared/framework/schema.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { TABLE_NAMES, type TableName } from './export/tables.ts';
import { t } from '../../i18n/index.ts';
import { downloadBlob } from '../../core/platform/download.ts';
import { exportWorkshop, type ExportChoice } from './export-choice.ts';
import { useStore } from '../../core/db/store-context.ts';
import { SelectField } from '../../ui/inputs.tsx';

type Format = ExportChoice['format'];
const FORMATS: Format[] = ['xlsx', 'csv-zip', 'csv', 'json'];
const FORMAT_LABEL = { xlsx: 'report.formatXlsx', 'csv-zip': 'report.formatCsvZip', csv: 'report.formatCsv', json: 'report.formatJson' } as const;

/** Data exports of the workshop; the file is made on this device, in a worker, with progress. */
export function ExportSection(props: { workshop: Workshop; framework: FrameworkDocument }) {
  const store = useStore();
  const [format, setFormat] = createSignal<Format>('xlsx');
  const [table, setTable] = createSignal<TableName>('notes');
  const [progress, setProgress] = createSignal<number>();
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal('');

  async function run() {
    if (progress() !== undefined) return;
    setError('');
    setMessage('');
    setProgress(0);
    try {
      const choice: ExportChoice = format() === 'csv' ? { format: 'csv', table: table() } : { format: format() as Exclude<Format, 'csv'> };
      const file = await exportWorkshop(store, props.workshop, props.framework, choice, (done, total) => setProgress(total ? Math.round((100 * done) / total) : 0));
      downloadBlob(file.blob, file.fileName);
      setMessage(t('report.exported', { file: file.fileName }));
    } catch (err) {
      setError(t('report.exportFailed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section class="report__exports no-print" aria-labelledby="exports-title">
      <h3 id="exports-title">{t('report.exports')}</h3>
      <p class="muted">{t('report.exportsHint')}</p>
      <div class="form__row">
        <SelectField
          id="export-format"
          label={t('report.exportFormat')}
          value={format()}
          options={FORMATS.map((f) => ({ value: f, label: t(FORMAT_LABEL[f]) }))}
          onChange={(v) => setFormat(v as Format)}
        />
        <Show when={format() === 'csv'}>
          <SelectField
            id="export-table"
            label={t('report.exportTable')}
            value={table()}
            options={TABLE_NAMES.map((n) => ({ value: n, label: t(`exports.sheets.${n}`) }))}
            onChange={(v) => setTable(v as TableName)}
          />
        </Show>
      </div>
      <button type="button" class="button button--primary" disabled={progress() !== undefined} onClick={() => void run()}>
        {t('report.exportButton')}
      </button>
      <Show when={progress() !== undefined}>
        <progress max="100" value={progress()} aria-label={t('report.exporting', { percent: progress() ?? 0 })} />
      </Show>
      {/* The percentage is shown, not read out at every step; how the export ended is announced. */}
      <p class="muted" aria-live="off" data-testid="export-progress">
        {progress() !== undefined ? t('report.exporting', { percent: progress() ?? 0 }) : ''}
      </p>
      <p role="status" class="muted" data-testid="export-status">
        {message()}
      </p>
      <Show when={error()}>
        <p role="alert" class="error">
          {error()}
        </p>
      </Show>
    </section>
  );
}
