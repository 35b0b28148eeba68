import { t } from '../../i18n/index.ts';
import { navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { announce } from '../../ui/announcer.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { WorkshopForm } from './WorkshopForm.tsx';
import { WORKSHOP_ERROR_FIELDS, draftToWorkshopFields, emptyWorkshopDraft } from './workshop-draft.ts';

export function NewWorkshopScreen() {
  const store = useStore();
  const form = createRecordForm({
    formId: 'workshop-new',
    initial: emptyWorkshopDraft(),
    errorFields: WORKSHOP_ERROR_FIELDS,
    save: (d) => store.repos.workshop.create({ ...draftToWorkshopFields(d), projectIds: [] }),
  });

  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('workshopForm.title')}</h1>
      </div>
      <WorkshopForm
        mode="new"
        notice={form.restored ? t('workshopForm.draftRestored') : undefined}
        {...bindForm(form, {
          onSaved: (saved) => {
            announce(t('workshopForm.saved', { title: saved.title }));
            navigate(paths.workshop(saved.id), { replace: true });
          },
          onCancel: () => navigate(paths.home()),
        })}
      />
    </>
  );
}
