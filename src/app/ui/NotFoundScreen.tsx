import { t } from '../i18n/index.ts';
import { linkClick } from '../core/router.ts';
import { paths } from '../routes.ts';

export function NotFoundScreen() {
  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('notFound.title')}</h1>
      </div>
      <p>{t('notFound.body')}</p>
      <a class="button" href={paths.home()} onClick={linkClick}>
        {t('nav.back')}
      </a>
    </>
  );
}
