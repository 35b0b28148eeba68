import './checks.css';
import { createRenderEffect, For, Show, untrack, type JSX } from 'solid-js';
import { Field } from './Field.tsx';
import { t, type MessageKey } from '../i18n/index.ts';

interface Common {
  id: string;
  label: string;
  error?: string | undefined;
  required?: boolean;
  hint?: string;
}

export interface TextFieldProps extends Common {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'number' | 'search' | 'email' | 'password';
  /** The keyboard a phone shows (digits for a code). */
  inputMode?: 'numeric';
  multiline?: boolean;
  rows?: number;
  min?: string | number | undefined;
  max?: string | number | undefined;
  autocomplete?: string;
  onKeyDown?: JSX.EventHandler<HTMLInputElement | HTMLTextAreaElement, KeyboardEvent>;
  ref?: (el: HTMLInputElement | HTMLTextAreaElement) => void;
  /** The language of what is typed (a translation), so spelling and screen readers follow it. */
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
}

export function TextField(props: TextFieldProps) {
  return (
    <Field id={props.id} label={props.label} error={props.error} required={props.required} hint={props.hint}>
      {(aria) =>
        props.multiline ? (
          <textarea
            {...aria}
            lang={props.lang}
            dir={props.dir}
            ref={props.ref}
            rows={props.rows ?? 3}
            value={props.value}
            onInput={(e) => props.onInput(e.currentTarget.value)}
            onKeyDown={props.onKeyDown}
          />
        ) : (
          <input
            {...aria}
            lang={props.lang}
            dir={props.dir}
            ref={props.ref}
            type={props.type ?? 'text'}
            inputMode={props.inputMode}
            min={props.min}
            max={props.max}
            autocomplete={props.autocomplete ?? 'off'}
            value={props.value}
            onInput={(e) => props.onInput(e.currentTarget.value)}
            onKeyDown={props.onKeyDown}
          />
        )
      }
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

/**
 * The options of a list of codes, each named by its dictionary entry `prefix.code`:
 * `choices(NOTE_KINDS, 'noteKinds')`. A prefix that does not name every code is a type error.
 */
export function choices<C extends string, P extends string>(codes: readonly C[], prefix: P & (`${P}.${C}` extends MessageKey ? unknown : never)): Option[] {
  return codes.map((code) => ({ value: code, label: t(`${prefix}.${code}` as MessageKey) }));
}

export interface SelectFieldProps extends Common {
  value: string;
  options: readonly Option[];
  /** A first option with an empty value, such as "Choose…" or "None". */
  placeholder?: string;
  onChange: (value: string) => void;
}

export function SelectField(props: SelectFieldProps) {
  return (
    <Field id={props.id} label={props.label} error={props.error} required={props.required} hint={props.hint}>
      {(aria) => {
        const select = (<select {...aria} onChange={(e) => props.onChange(e.currentTarget.value)} />) as HTMLSelectElement;
        fillOptions(select, props);
        return select;
      }}
    </Field>
  );
}

/**
 * The options are plain elements made in one pass, and the choice is set on the list as a whole:
 * a country list has about 250 options, and a reactive element each made a cheap phone wait on
 * every form that shows one. Labels are set as text, never as markup.
 */
function fillOptions(select: HTMLSelectElement, props: SelectFieldProps): void {
  const option = (value: string, label: string) => {
    const el = document.createElement('option');
    el.value = value;
    el.textContent = label;
    return el;
  };
  createRenderEffect(() => {
    const first = props.placeholder === undefined ? [] : [option('', props.placeholder)];
    select.replaceChildren(...first, ...props.options.map((o) => option(o.value, o.label)));
    select.value = untrack(() => props.value);
  });
  createRenderEffect(() => (select.value = props.value));
}

export interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: readonly (Option & { group?: string })[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
}

/** A group of controls under one legend, with the group's error in words under them (`id-error`). */
export function Fieldset(props: { id: string; legend: string; error?: string | undefined; children: JSX.Element }) {
  return (
    <fieldset class="checks" aria-describedby={props.error ? `${props.id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.children}
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}

/** A set of checkboxes with one legend; each box is a full 48px target. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const toggle = (value: string, on: boolean) => props.onChange(on ? [...props.selected.filter((v) => v !== value), value] : props.selected.filter((v) => v !== value));
  return (
    <Fieldset id={props.id} legend={props.legend} error={props.error}>
      <div class="checks__list">
        <For each={props.options}>
          {(o, i) => (
            <label class="check">
              <input type="checkbox" id={`${props.id}-${i()}`} checked={props.selected.includes(o.value)} onChange={(e) => toggle(o.value, e.currentTarget.checked)} />
              <span>{o.label}</span>
            </label>
          )}
        </For>
      </div>
    </Fieldset>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField(props: CheckboxFieldProps) {
  return (
    <label class="check" for={props.id}>
      <input type="checkbox" id={props.id} checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

/** Save and cancel buttons, with the form-level message above them. */
export function FormActions(props: { saveLabel: string; cancelLabel?: string; saving: boolean; onCancel?: () => void }) {
  return (
    <div class="form__actions">
      <button type="submit" class="button button--primary" disabled={props.saving}>
        {props.saveLabel}
      </button>
      <Show when={props.onCancel}>
        <button type="button" class="button" onClick={() => props.onCancel?.()}>
          {props.cancelLabel}
        </button>
      </Show>
    </div>
  );
}

/** The messages at the top of a form: a kept draft, or why it was not saved. */
export function FormMessages(props: { notice?: string | undefined; error?: string | undefined }) {
  return (
    <>
      <Show when={props.notice}>
        <p class="notice">{props.notice}</p>
      </Show>
      <Show when={props.error}>
        <p class="form__error" role="alert">
          {props.error}
        </p>
      </Show>
    </>
  );
}

/** A labelled file picker; the chosen file (or files, with `multiple`) is handed over and the picker cleared, so the same file can be chosen again. */
export function FileField(props: { id: string; label: string; accept: string } & ({ multiple?: false; onFile: (file: File) => void } | { multiple: true; onFile: (files: File[]) => void })) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length === 0) return;
          if (props.multiple) props.onFile(files);
          else props.onFile(files[0]!);
        }}
      />
    </div>
  );
}
