import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { frameworkToJson, parseFrameworkJson } from '../../../shared/framework/import.ts';
import { frameworkDocumentSchema, localised, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import { locale, t } from '../../i18n/index.ts';
import { frameworkProblemText } from './framework-problems.ts';
import { addItem, duplicateFramework, idFromName, moveItem, nextVersion, removeItem } from './framework-edit.ts';
import { withText } from '../../../shared/framework/texts.ts';
import { downloadText } from '../../core/platform/download.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { createDraft } from '../../ui/forms/draft.ts';
import { trackDirty } from '../../core/platform/dirty-forms.ts';
import { BUILT_IN_FRAMEWORKS, knownFrameworks } from './resolve.ts';
import { live } from '../../core/db/live-query.ts';
import { useStore } from '../../core/db/store-context.ts';
import { FrameworkEditor } from './FrameworkEditor.tsx';
import { FrameworkList } from './FrameworkList.tsx';
import { FileField } from '../../ui/inputs.tsx';
import { TranslationSheetPanel } from './TranslationSheetPanel.tsx';

/** Frameworks on this device: export, import, and adapt a copy (every save is a new version). */
export function FrameworksScreen() {
  const store = useStore();
  const records = live(() => store.repos.framework.list());
  const all = createMemo(() => knownFrameworks(records() ?? []).sort((a, b) => a.id.localeCompare(b.id) || b.version - a.version));
  const editor = createDraft<{ doc: FrameworkDocument | null }>('framework-editor', { doc: null });
  const setDirty = trackDirty('framework-editor', () => editor.value().doc !== null);
  createEffect(() => setDirty(editor.value().doc !== null));
  const [importProblems, setImportProblems] = createSignal<string[]>([]);
  const [editProblems, setEditProblems] = createSignal<string[]>([]);
  const [saving, setSaving] = createSignal(false);
  const name = (f: FrameworkDocument) => localised(f.name, locale());
  const edit = (fn: (d: FrameworkDocument) => FrameworkDocument) => {
    const doc = editor.value().doc;
    if (doc) editor.set({ doc: fn(doc) });
  };

  /** Whether the framework was stored; a failure is said in words by the command runner. */
  async function store1(doc: FrameworkDocument): Promise<boolean> {
    return (await run(() => store.repos.framework.create({ name: doc.name.en ?? doc.id, version: doc.version, document: doc }, store.ownerId))) !== undefined;
  }

  async function importFile(file: File) {
    setImportProblems([]);
    const parsed = parseFrameworkJson(await file.text());
    if (!parsed.ok) return setImportProblems(parsed.problems.map(frameworkProblemText));
    const f = parsed.framework;
    const clash = all().some((k) => k.id === f.id && k.version === f.version);
    const doc = clash ? { ...f, version: nextVersion(f.id, all()) } : f;
    if (!(await store1(doc))) return;
    announce(clash ? t('frameworks.importedAsVersion', { name: name(doc), version: doc.version, original: f.version }) : t('frameworks.imported', { name: name(doc) }));
  }

  /** Translations from a spreadsheet: the same framework, its next version. */
  async function saveTranslated(translated: FrameworkDocument): Promise<boolean> {
    const doc = { ...translated, version: nextVersion(translated.id, all()) };
    if (!(await store1(doc))) return false;
    announce(t('translations.sheetImported', { name: name(doc), version: doc.version }));
    return true;
  }

  async function save() {
    const doc = editor.value().doc;
    if (!doc) return;
    // A framework saved for the first time takes its id from its final name.
    const ids = new Set(all().map((k) => k.id));
    const id = ids.has(doc.id) ? doc.id : idFromName(doc.name.en ?? doc.id, ids);
    const next = { ...doc, id, version: nextVersion(id, all()) };
    const parsed = frameworkDocumentSchema.safeParse(next);
    if (!parsed.success) return setEditProblems(parsed.error.issues.map((i) => frameworkProblemText({ path: i.path, code: i.code, message: i.message })));
    setSaving(true);
    try {
      if (!(await store1(parsed.data))) return;
      editor.clear();
      setEditProblems([]);
      announce(t('frameworks.saved', { name: name(parsed.data), version: parsed.data.version }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('frameworks.title')}</h1>
      </div>
      <p class="muted">{t('frameworks.intro')}</p>
      <Show
        when={editor.value().doc}
        fallback={
          <>
            <FrameworkList
              frameworks={all()}
              builtInIds={BUILT_IN_FRAMEWORKS.map((f) => f.id)}
              onExport={(f) => downloadText(frameworkToJson(f), `${f.id}-v${f.version}.json`)}
              onAdapt={(f) => editor.set({ doc: duplicateFramework(f, t('frameworks.copyName', { name: name(f) }), new Set(all().map((k) => k.id))) })}
              onEdit={(f) => editor.set({ doc: structuredClone(f) })}
            />
            <FileField id="fw-import" label={t('frameworks.import')} accept="application/json,.json" onFile={(f) => void importFile(f)} />
            <Show when={importProblems().length > 0}>
              <div class="form__error" role="alert">
                <p>{t('frameworks.problemsTitle')}</p>
                <ul data-testid="import-problems">
                  <For each={importProblems()}>{(p) => <li>{p}</li>}</For>
                </ul>
              </div>
            </Show>
            <TranslationSheetPanel frameworks={all()} onSave={saveTranslated} />
          </>
        }
      >
        {(doc) => (
          <FrameworkEditor
            doc={doc()}
            saveVersion={nextVersion(doc().id, all())}
            problems={editProblems()}
            saving={saving()}
            onText={(key, lang, value) => edit((d) => withText(d, key, lang, value))}
            onMove={(g, i, delta) => edit((d) => moveItem(d, g, i, delta))}
            onRemove={(g, i) => edit((d) => removeItem(d, g, i))}
            onAdd={(g, label) => edit((d) => addItem(d, g, label))}
            onSave={() => void save()}
            onCancel={() => {
              editor.clear();
              setEditProblems([]);
            }}
          />
        )}
      </Show>
    </>
  );
}
