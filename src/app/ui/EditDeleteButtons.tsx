import { t } from '../i18n/index.ts';

export interface EditDeleteButtonsProps {
  /** Accessible names that say which record, e.g. "Edit CNTL"; the visible words stay short. */
  editLabel?: string;
  removeLabel?: string;
  onEdit: () => void;
  onRemove: () => void;
}

export function EditDeleteButtons(props: EditDeleteButtonsProps) {
  return (
    <>
      <button type="button" class="button" aria-label={props.editLabel} onClick={() => props.onEdit()}>
        {t('form.edit')}
      </button>
      <button type="button" class="button button--danger" aria-label={props.removeLabel} onClick={() => props.onRemove()}>
        {t('form.delete')}
      </button>
    </>
  );
}
