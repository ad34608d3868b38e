import { appCatalogue } from '../i18n/catalogues/app.ts';
import { useT } from '../i18n/useT.ts';
import { selectLang } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';

export function NotFound({ path }: { path: string }) {
  const t = useT(appCatalogue);
  const lang = useStore(selectLang);
  return (
    <div className="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody', { path })}</p>
      <p>
        <a href={`#/?lang=${lang}`}>{t('backHome')}</a>
      </p>
    </div>
  );
}
