import { createEffect, createSignal } from 'solid-js';
import { workshopInputSchema, type WorkshopInput } from '../../shared/schemas/records.ts';
import { StorageError } from '../storage/errors.ts';
import { t } from '../i18n/index.ts';
import { fieldErrors } from '../i18n/validation.ts';
import { navigate } from '../router.ts';
import { announce } from '../state/announcer.ts';
import { createDraft } from '../state/draft.ts';
import { trackDirty } from '../state/forms.ts';
import { useStore } from '../state/store-context.ts';
import { WorkshopForm, emptyWorkshopDraft, themeOf, type WorkshopDraft } from '../components/WorkshopForm.tsx';

const FORM_ID = 'workshop-new';
/** Form fields whose error is shown under another control. */
const ERROR_FIELD_ALIASES: Record<string, keyof WorkshopDraft> = { theme: 'themeChoice' };

export function NewWorkshopScreen() {
  const store = useStore();
  const draft = createDraft<WorkshopDraft>(FORM_ID, emptyWorkshopDraft());
  const setDirty = trackDirty(FORM_ID, draft.isDirty);
  createEffect(() => setDirty(draft.isDirty()));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string>();
  const [saving, setSaving] = createSignal(false);

  const toInput = (d: WorkshopDraft): WorkshopInput => ({
    title: d.title,
    theme: themeOf(d).trim(),
    startDate: d.startDate,
    endDate: d.endDate,
    venue: d.venue.trim(),
    country: d.country,
    languages: [],
    facilitators: [],
    objectives: '',
    projectIds: [],
    status: 'planned',
  });

  const showErrors = (issues: ConstructorParameters<typeof StorageError>[2]) => {
    setErrors(fieldErrors(issues ?? []));
    setFormError(t('workshopForm.fixErrors'));
    queueMicrotask(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  async function submit() {
    const parsed = workshopInputSchema.safeParse(toInput(draft.value()));
    if (!parsed.success) return showErrors(parsed.error.issues);
    setSaving(true);
    try {
      await store.repos.workshop.create(parsed.data);
      draft.clear();
      setDirty(false);
      announce(t('workshopForm.saved', { title: parsed.data.title }));
      navigate('/');
    } catch (err) {
      if (err instanceof StorageError && err.code === 'invalid_record') showErrors(err.issues);
      else setFormError(t(`error.${err instanceof StorageError ? err.code : 'write_failed'}`));
    } finally {
      setSaving(false);
    }
  }

  function change(next: WorkshopDraft) {
    const prev = draft.value();
    draft.set(next);
    // An edited field's old error no longer applies.
    setErrors((errs) => {
      const stale = Object.keys(errs).filter((key) => {
        const field = (ERROR_FIELD_ALIASES[key] ?? key) as keyof WorkshopDraft;
        return key === 'theme' ? themeOf(prev) !== themeOf(next) : prev[field] !== next[field];
      });
      if (stale.length === 0) return errs;
      const kept = { ...errs };
      for (const key of stale) delete kept[key];
      return kept;
    });
  }

  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('workshopForm.title')}</h1>
      </div>
      <WorkshopForm
        draft={draft.value()}
        errors={errors()}
        saving={saving()}
        formError={formError()}
        notice={draft.restored ? t('workshopForm.draftRestored') : undefined}
        onChange={change}
        onSubmit={() => void submit()}
        onCancel={() => {
          draft.clear();
          setDirty(false);
          navigate('/');
        }}
      />
    </>
  );
}
