import { homeCatalogue } from '../i18n/catalogues/home.ts';
import { labsCatalogue } from '../i18n/catalogues/labs.ts';
import { useT } from '../i18n/useT.ts';
import { LABS } from '../labs/registry.ts';
import { selectLang } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { Icon } from './Icon.tsx';
import { UnrolledFigure } from './UnrolledFigure.tsx';
import './home.css';

export function Home() {
  const t = useT(homeCatalogue);
  const tl = useT(labsCatalogue);
  const lang = useStore(selectLang);
  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <div className="hero__text">
          <h1 id="home-title">{t('title')}</h1>
          <p className="hero__pitch">{t('pitch')}</p>
        </div>
        <UnrolledFigure />
      </section>
      <section className="home__labs" aria-labelledby="labs-title">
        <h2 id="labs-title">{t('labsHeading')}</h2>
        <p className="muted">{t('labsIntro')}</p>
        <ul className="cards">
          {LABS.map((lab) => (
            <li key={lab.name} className="card">
              <h3 className="card__title">
                <a className="card__link" href={`#/lab/${lab.name}?lang=${lang}`}>
                  {tl(lab.titleKey)}
                </a>
              </h3>
              <p className="card__promise">{tl(lab.promiseKey)}</p>
              <span className="card__cta" aria-hidden="true">
                {t('openLab')} <Icon name="arrow" className="flip-rtl" />
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
