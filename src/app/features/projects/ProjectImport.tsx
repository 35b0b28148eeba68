import { For, Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { SelectField } from '../../ui/inputs.tsx';
import { DataTable, stackColumn } from '../../ui/DataTable.tsx';

/** One field of the column mapping: which CSV column fills it. */
export interface MappingChoice {
  column: string;
  label: string;
  required: boolean;
  /** The chosen CSV column's index as text, or '' for none. */
  value: string;
  error?: string | undefined;
}

export interface ImportRowView {
  row: number;
  reference: string;
  title: string;
  state: 'new' | 'update' | 'same' | 'problem';
  outcome: string;
  problems: { field: string; message: string }[];
}

export interface ProjectImportMappingProps {
  headers: readonly string[];
  choices: readonly MappingChoice[];
  onMap: (column: string, value: string) => void;
}

/** A select per project field, offering the file's columns by their header. */
export function ProjectImportMapping(props: ProjectImportMappingProps) {
  const options = () => props.headers.map((h, i) => ({ value: String(i), label: h.trim() || `#${i + 1}` }));
  return (
    <fieldset class="project-import__mapping">
      <legend>{t('projectImport.mapping')}</legend>
      <p class="field__hint">{t('projectImport.mappingHint')}</p>
      <div class="form__row form__row--3">
        <For each={props.choices}>
          {(c) => (
            <SelectField
              id={`map-${c.column}`}
              label={c.label}
              required={c.required}
              error={c.error}
              value={c.value}
              placeholder={t('projectImport.notInFile')}
              options={options()}
              onChange={(v) => props.onMap(c.column, v)}
            />
          )}
        </For>
      </div>
    </fieldset>
  );
}

export interface ProjectImportPreviewProps {
  rows: readonly ImportRowView[];
  /** What importing will do, or why nothing will be imported. */
  summary: string;
  /** Some row has a problem (or a required field has no column): the summary is an alert. */
  blocked: boolean;
  /** Every row is right and there is something to write. */
  valid: boolean;
  importLabel: string;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}

/** Every row of the file and what importing it does; the import button waits until every row is right. */
export function ProjectImportPreview(props: ProjectImportPreviewProps) {
  return (
    <div class="project-import__preview">
      <p class={props.blocked ? 'form__error' : 'project-import__ready'} role={props.blocked ? 'alert' : 'status'} data-testid="import-summary">
        {props.summary}
      </p>
      <Show when={props.rows.length > 0}>
        <DataTable
          class="table stack"
          caption={t('projectImport.preview')}
          rows={props.rows}
          rowProps={(r) => ({ classList: { 'project-import__bad': r.state === 'problem' } })}
          columns={[
            stackColumn(t('projectImport.columnRow'), (r: ImportRowView) => r.row),
            stackColumn(t('projectField.reference'), (r: ImportRowView) => <span class="code">{r.reference}</span>),
            stackColumn(t('projectField.title'), (r: ImportRowView) => r.title),
            stackColumn(t('projectImport.columnOutcome'), (r: ImportRowView) => (
              <>
                <p>{r.outcome}</p>
                <Show when={r.problems.length > 0}>
                  <ul class="project-import__problems">
                    <For each={r.problems}>
                      {(p) => (
                        <li>
                          <strong>{p.field}</strong>: {p.message}
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </>
            )),
          ]}
        />
        <p class="field__hint">{t('projectImport.previewHint')}</p>
      </Show>
      <div class="form__actions">
        <button type="button" class="button button--primary" disabled={!props.valid || props.busy} onClick={() => props.onImport()}>
          {props.importLabel}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('form.cancel')}
        </button>
      </div>
    </div>
  );
}
