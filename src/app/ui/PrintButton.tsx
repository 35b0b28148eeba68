import { t } from '../i18n/index.ts';

/** Opens the browser's print dialog, where "Save as PDF" makes the A4 document. */
export function PrintButton() {
  return (
    <div class="print-tool">
      <button type="button" class="button button--primary" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      <p class="muted">{t('report.printHint')}</p>
    </div>
  );
}
