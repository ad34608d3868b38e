import { useEffect, useState } from 'react';
import { DIRECTION, formatNumber } from '../../i18n/catalogue.ts';
import { appCatalogue } from '../../i18n/catalogues/app.ts';
import { lessonsCatalogue } from '../../i18n/catalogues/lessons.ts';
import { useLang, useT } from '../../i18n/useT.ts';
import { Icon } from '../Icon.tsx';
import { nextSlide, type PresenterAction } from './keys.ts';
import { useGoTo, type SlidesProps } from './Presenter.tsx';
import { usePresentSync } from './sync.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';

/** mm:ss (h:mm:ss past an hour), in Western digits like every number on screen. */
export function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return h > 0 ? `${h}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

/** The lecturer's window: this slide's notes, what comes next, a timer; in step with the projected slides. */
export function NotesView({ slug, lesson, lessonLang, slide }: SlidesProps) {
  const t = useT(lessonsCatalogue);
  const ta = useT(appCatalogue);
  const lang = useLang();
  const total = lesson.slides.length;
  const goTo = useGoTo(slug, true);
  const [black, setBlack] = useState(false);
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  useEffect(() => {
    document.title = `${t('notesTitle')} · ${lesson.meta.title} · ${ta('brand')}`;
  }, [t, ta, lesson]);

  const act = (action: PresenterAction) => {
    if (action === 'black') setBlack((b) => !b);
    else if (action !== 'leave') goTo(nextSlide(action, slide, total));
  };
  usePresenterKeys(act);
  usePresentSync(slug, { slide, black }, (s) => {
    goTo(Math.min(Math.max(1, s.slide), total));
    setBlack(s.black);
  });

  const current = lesson.slides[slide - 1];
  const next = lesson.slides[slide];
  const titleOf = (n: number, title: string | undefined) => title || t('slideTitle', { n });
  return (
    <div className="notes">
      <header className="notes__header">
        <h1 className="notes__title">{t('notesTitle')}</h1>
        <p className="notes__slide" data-testid="notes-slide">
          {t('slideOf', { n: formatNumber(slide, lang), total: formatNumber(total, lang) })}
        </p>
        <p className="notes__timer">
          <span className="visually-hidden">{t('elapsed')}</span>
          <time dir="ltr" className="num">
            {clock(Math.max(0, now - start))}
          </time>
          <button type="button" className="btn btn--quiet" onClick={() => (setStart(Date.now()), setNow(Date.now()))}>
            <Icon name="reset" />
            {t('resetTimer')}
          </button>
        </p>
      </header>
      <div className="notes__nav">
        <button type="button" className="btn" onClick={() => act('prev')} disabled={slide <= 1}>
          {t('previousSlide')}
        </button>
        <button type="button" className="btn btn--primary" onClick={() => act('next')} disabled={slide >= total}>
          {t('nextSlide')}
        </button>
        <button type="button" className="btn" aria-pressed={black} onClick={() => act('black')}>
          {t('blackScreen')}
        </button>
      </div>
      <section className="notes__current" lang={lessonLang} dir={DIRECTION[lessonLang]}>
        <h2>{titleOf(slide, current?.title)}</h2>
        {current?.notesHtml ? (
          <div className="notes__text lesson-html" dangerouslySetInnerHTML={{ __html: current.notesHtml }} />
        ) : (
          <p className="notes__empty">{t('noNotes')}</p>
        )}
      </section>
      <p className="notes__next" lang={lessonLang} dir={DIRECTION[lessonLang]}>
        {next ? t('nextUp', { title: titleOf(slide + 1, next.title) }) : t('lastSlide')}
      </p>
      <p className="notes__help">{t('notesHelp')}</p>
    </div>
  );
}
