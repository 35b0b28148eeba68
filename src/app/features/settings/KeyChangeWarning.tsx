import { t, tp } from '../../i18n/index.ts';
import { Button } from '../../ui/Button.tsx';

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
        <Button tone="primary" label={t('keyChange.export')} onClick={props.onExport} />
        <Button tone="danger" label={t('keyChange.continue')} onClick={props.onContinue} />
        <Button label={t('keyChange.cancel')} onClick={props.onCancel} />
      </div>
    </div>
  );
}
