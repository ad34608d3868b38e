import { LANGS, formatNumber, type Lang } from '../i18n/catalogue.ts';
import { noticesCatalogue } from '../i18n/catalogues/notices.ts';
import { useLang, useT } from '../i18n/useT.ts';
import { findLab } from '../labs/registry.ts';
import { selectIgnored, selectRoute } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import type { Route } from '../state/ui-slice.ts';
import { Icon } from './Icon.tsx';

/** The bounds or allowed values to quote in a reason, from the lab's schema. */
function limits(route: Route, key: string, lang: Lang): Record<string, string> {
  if (key === 'lang') return { allowed: LANGS.join(', ') };
  const spec = route.page === 'lab' ? findLab(route.lab)?.schema[key] : undefined;
  if (!spec) return {};
  if (spec.kind === 'enum') return { allowed: spec.values.join(', ') };
  if (spec.kind === 'int' || spec.kind === 'number') {
    return { min: formatNumber(spec.min, lang), max: formatNumber(spec.max, lang) };
  }
  return {};
}

/** Says which parameters of the link were not accepted; dismissible. */
export function IgnoredNotice() {
  const t = useT(noticesCatalogue);
  const lang = useLang();
  const ignored = useStore(selectIgnored);
  const route = useStore(selectRoute);
  const dismiss = useStore((s) => s.ui.dismissIgnored);
  if (ignored.length === 0) return null;
  return (
    <section className="banner banner--warn" aria-labelledby="ignored-title">
      <Icon name="alert" className="banner__icon" />
      <div className="banner__body">
        <h2 id="ignored-title" className="banner__title">
          {t('ignoredTitle')}
        </h2>
        <p>{t('ignoredIntro')}</p>
        <ul className="banner__list">
          {ignored.map((i, n) => (
            <li key={`${i.key}-${n}`}>
              <bdi className="ltr num">{`${i.key}=${i.given}`}</bdi>
              {' — '}
              {t(i.reason, limits(route, i.key, lang))}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="btn btn--quiet banner__close" onClick={dismiss} aria-label={t('dismissNotice')}>
        <Icon name="close" />
        <span aria-hidden="true">{t('dismiss')}</span>
      </button>
    </section>
  );
}
