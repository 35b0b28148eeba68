import { t, tp } from '../../i18n/index.ts';

export interface KeyChangeWarningProps {
  unsynced: number;
  onExport: () => void;
  onContinue: () => void;
  onCancel: () => void;
}

/** Before a new access key replaces one with unsynced changes: how many, and the ways on. */
export function KeyChangeWarning(props: KeyChangeWarningProps) {
  return (
    <div class="notice" role="alert" aria-labelledby="key-change-title">
      <h3 id="key-change-title">{tp('keyChange.title', props.unsynced)}</h3>
      <p>{t('keyChange.body')}</p>
      <div class="row__actions">
        <button type="button" class="button button--primary" onClick={() => props.onExport()}>
          {t('keyChange.export')}
        </button>
        <button type="button" class="button button--danger" onClick={() => props.onContinue()}>
          {t('keyChange.continue')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('keyChange.cancel')}
        </button>
      </div>
    </div>
  );
}
