import { noticesCatalogue } from '../i18n/catalogues/notices.ts';
import { useT } from '../i18n/useT.ts';
import { selectError } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { Icon } from './Icon.tsx';

/** Shown when the engine threw or died; Restart brings up a new engine with the same configuration. */
export function ErrorBanner({ onRestart }: { onRestart: () => void }) {
  const t = useT(noticesCatalogue);
  const error = useStore(selectError);
  if (error === null) return null;
  return (
    <section className="banner banner--error" role="alert" aria-labelledby="engine-error-title">
      <Icon name="alert" className="banner__icon" />
      <div className="banner__body">
        <h2 id="engine-error-title" className="banner__title">
          {t('errorTitle')}
        </h2>
        <p>{t('errorBody')}</p>
        <details className="banner__details">
          <summary>{t('errorDetails')}</summary>
          <p className="ltr num">{error}</p>
        </details>
      </div>
      <button type="button" className="btn btn--primary" onClick={onRestart}>
        <Icon name="reset" />
        {t('restart')}
      </button>
    </section>
  );
}
