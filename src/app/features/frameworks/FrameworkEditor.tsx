import { For, Show, createSignal } from 'solid-js';
import { localised, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import { locale, t } from '../../i18n/index.ts';
import { FormActions, TextField } from '../../ui/inputs.tsx';
import { TextList } from '../../ui/TextList.tsx';
import { Form } from '../../ui/SubForm.tsx';

export interface FrameworkEditorProps {
  doc: FrameworkDocument;
  saveVersion: number;
  problems: readonly string[];
  saving: boolean;
  onRename: (name: string) => void;
  onScaleLabel: (index: number, label: string) => void;
  onItem: (groupId: string, itemId: string, change: { label?: string; explanation?: string }) => void;
  onMove: (groupId: string, itemId: string, delta: -1 | 1) => void;
  onRemove: (groupId: string, itemId: string) => void;
  onAdd: (groupId: string, label: string) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** Rename, relabel the scale, and add, edit, reorder or remove questions; saving stores a new version. */
export function FrameworkEditor(props: FrameworkEditorProps) {
  const text = (x: Record<string, string> | undefined) => localised(x, locale());
  return (
    <Form class="form" label={t('frameworks.editorTitle')} onSubmit={props.onSave}>
      <h2>{t('frameworks.editorTitle')}</h2>
      <Show when={props.problems.length > 0}>
        <div class="form__error" role="alert">
          <p>{t('form.fixErrors')}</p>
          <TextList items={props.problems} />
        </div>
      </Show>
      <TextField id="fw-name" label={t('frameworks.fieldName')} required value={props.doc.name.en ?? ''} onInput={props.onRename} />
      <fieldset class="checks">
        <legend>{t('frameworks.scaleTitle')}</legend>
        <div class="form__row form__row--3">
          <For each={props.doc.scale.labels}>
            {(label, i) => (
              <TextField id={`fw-scale-${i()}`} label={t('frameworks.scalePoint', { value: props.doc.scale.min + i() })} value={label.en ?? ''} onInput={(v) => props.onScaleLabel(i(), v)} />
            )}
          </For>
        </div>
      </fieldset>
      <For each={props.doc.groups}>
        {(group) => {
          const [newLabel, setNewLabel] = createSignal('');
          return (
            <fieldset class="subform">
              <legend class="subform__legend">{t('frameworks.groupTitle', { group: text(group.label) })}</legend>
              <ol class="rows">
                <For each={group.items}>
                  {(item, i) => (
                    <li class="row">
                      <div class="row__main form">
                        <TextField id={`fw-${item.id}-label`} label={t('frameworks.itemLabel')} required value={item.label.en ?? ''} onInput={(v) => props.onItem(group.id, item.id, { label: v })} />
                        <TextField
                          id={`fw-${item.id}-explanation`}
                          multiline
                          rows={2}
                          label={t('frameworks.itemExplanation')}
                          value={item.explanation?.en ?? ''}
                          onInput={(v) => props.onItem(group.id, item.id, { explanation: v })}
                        />
                      </div>
                      <div class="row__actions">
                        <button
                          type="button"
                          class="button button--icon"
                          aria-label={t('frameworks.moveUp', { item: text(item.label) })}
                          disabled={i() === 0}
                          onClick={() => props.onMove(group.id, item.id, -1)}
                        >
                          <span aria-hidden="true">↑</span>
                        </button>
                        <button
                          type="button"
                          class="button button--icon"
                          aria-label={t('frameworks.moveDown', { item: text(item.label) })}
                          disabled={i() === group.items.length - 1}
                          onClick={() => props.onMove(group.id, item.id, 1)}
                        >
                          <span aria-hidden="true">↓</span>
                        </button>
                        <button type="button" class="button button--danger" aria-label={t('frameworks.removeItem', { item: text(item.label) })} onClick={() => props.onRemove(group.id, item.id)}>
                          {t('form.delete')}
                        </button>
                      </div>
                    </li>
                  )}
                </For>
              </ol>
              <div class="inline-form">
                <TextField id={`fw-${group.id}-new`} label={t('frameworks.newItem', { group: text(group.label) })} value={newLabel()} onInput={setNewLabel} />
                <button
                  type="button"
                  class="button"
                  disabled={!newLabel().trim()}
                  onClick={() => {
                    props.onAdd(group.id, newLabel().trim());
                    setNewLabel('');
                  }}
                >
                  {t('frameworks.addItem')}
                </button>
              </div>
            </fieldset>
          );
        }}
      </For>
      <FormActions saveLabel={t('frameworks.save', { version: props.saveVersion })} cancelLabel={t('frameworks.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </Form>
  );
}
