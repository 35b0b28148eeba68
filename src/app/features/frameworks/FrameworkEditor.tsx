import './frameworks.css';
import { Index, Show, createSignal, untrack } from 'solid-js';
import type { FrameworkDocument, LocalText } from '../../../shared/framework/schema.ts';
import { frameworkLanguages, missingCount } from '../../../shared/framework/texts.ts';
import { locale, t } from '../../i18n/index.ts';
import { FormActions } from '../../ui/inputs.tsx';
import { TextList } from '../../ui/TextList.tsx';
import { Form } from '../../ui/SubForm.tsx';
import { editableLanguages } from './framework-languages.ts';
import { GroupEditor } from './GroupEditor.tsx';
import { LanguageChooser } from './LanguageChooser.tsx';
import { TextInLanguages } from './TextInLanguages.tsx';

export interface FrameworkEditorProps {
  doc: FrameworkDocument;
  saveVersion: number;
  problems: readonly string[];
  saving: boolean;
  /** One text (by its key, see frameworkTexts) in one language. */
  onText: (key: string, lang: string, value: string) => void;
  onMove: (groupId: string, itemId: string, delta: -1 | 1) => void;
  onRemove: (groupId: string, itemId: string) => void;
  onAdd: (groupId: string, label: LocalText) => void;
  onSave: () => void;
  onCancel: () => void;
}

/**
 * Every text of the framework in every language shown, side by side, with what is missing counted
 * per language; questions can be added, reordered and removed. Saving stores a new version.
 */
export function FrameworkEditor(props: FrameworkEditorProps) {
  const available = () => editableLanguages(frameworkLanguages(props.doc));
  // At first: the languages the framework already speaks, and the facilitator's own.
  const [chosen, setChosen] = createSignal<ReadonlySet<string>>(untrack(() => new Set([...frameworkLanguages(props.doc), locale()])));
  const langs = () => available().filter((l) => l === 'en' || chosen().has(l));
  const toggle = (lang: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(lang);
      else next.delete(lang);
      return next;
    });
  return (
    <Form class="form" label={t('frameworks.editorTitle')} onSubmit={props.onSave}>
      <h2>{t('frameworks.editorTitle')}</h2>
      <Show when={props.problems.length > 0}>
        <div class="form__error" role="alert">
          <p>{t('form.fixErrors')}</p>
          <TextList items={props.problems} />
        </div>
      </Show>
      <LanguageChooser available={available()} shown={langs()} missing={(l) => missingCount(props.doc, l)} onToggle={toggle} />
      <TextInLanguages id="fw-name" what={t('frameworks.fieldName')} required text={props.doc.name} langs={langs()} onInput={(l, v) => props.onText('name', l, v)} />
      <TextInLanguages id="fw-description" what={t('translations.fieldDescription')} multiline text={props.doc.description} langs={langs()} onInput={(l, v) => props.onText('description', l, v)} />
      <fieldset class="subform">
        <legend class="subform__legend">{t('frameworks.scaleTitle')}</legend>
        <Index each={props.doc.scale.labels}>
          {(label, i) => {
            const value = () => props.doc.scale.min + i;
            return (
              <TextInLanguages
                id={`fw-scale-${i}`}
                what={t('frameworks.scalePoint', { value: value() })}
                required
                text={label()}
                langs={langs()}
                onInput={(l, v) => props.onText(`scale.${value()}`, l, v)}
              />
            );
          }}
        </Index>
      </fieldset>
      {/* By position, not by object: every keystroke makes a new document, and fields made again would lose the caret. */}
      <Index each={props.doc.groups}>
        {(group) => (
          <GroupEditor
            group={group()}
            langs={langs()}
            onText={props.onText}
            onMove={(item, delta) => props.onMove(group().id, item, delta)}
            onRemove={(item) => props.onRemove(group().id, item)}
            onAdd={(label) => props.onAdd(group().id, label)}
          />
        )}
      </Index>
      <Show when={props.doc.factors.length > 0}>
        <fieldset class="subform">
          <legend class="subform__legend">{t('translations.factorsTitle')}</legend>
          <Index each={props.doc.factors}>
            {(factor, i) => (
              <TextInLanguages
                id={`fw-factor-${factor().id}`}
                what={t('translations.factorLabel', { n: i + 1 })}
                required
                text={factor().label}
                langs={langs()}
                onInput={(l, v) => props.onText(`factor.${factor().id}.label`, l, v)}
              />
            )}
          </Index>
        </fieldset>
      </Show>
      <FormActions saveLabel={t('frameworks.save', { version: props.saveVersion })} cancelLabel={t('frameworks.cancel')} saving={props.saving} onCancel={props.onCancel} />
    </Form>
  );
}
