import { appCatalogue } from '../i18n/catalogues/app.ts';
import { labsCatalogue } from '../i18n/catalogues/labs.ts';
import { lessonsCatalogue } from '../i18n/catalogues/lessons.ts';
import { useT } from '../i18n/useT.ts';
import { LABS } from '../labs/registry.ts';
import { selectLang, selectRoute } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { Logo } from './Logo.tsx';
import { LanguageSwitcher, ThemeSwitcher } from './Switchers.tsx';

export function Header() {
  const t = useT(appCatalogue);
  const tl = useT(labsCatalogue);
  const tc = useT(lessonsCatalogue);
  const lang = useStore(selectLang);
  const route = useStore(selectRoute);
  const here = route.page === 'lab' ? route.lab : route.page === 'lesson' ? 'lessons' : route.page;
  const current = (page: string) => (page === here ? 'page' : undefined);
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <a className="brand" href={`#/?lang=${lang}`}>
          <Logo />
          <span className="brand__name">{t('brand')}</span>
        </a>
        <nav className="site-nav" aria-label={t('mainNav')}>
          <ul>
            <li>
              <a href={`#/?lang=${lang}`} aria-current={current('home')}>
                {t('navHome')}
              </a>
            </li>
            <li>
              <a href={`#/lessons?lang=${lang}`} aria-current={current('lessons')}>
                {tc('navLessons')}
              </a>
            </li>
            {LABS.map((lab) => (
              <li key={lab.name}>
                <a href={`#/lab/${lab.name}?lang=${lang}`} aria-current={current(lab.name)}>
                  {tl(lab.shortKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__tools">
          <LanguageSwitcher />
          <ThemeSwitcher />
        </div>
      </div>
    </header>
  );
}
