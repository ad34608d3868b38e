import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DIRECTION, formatNumber, type Lang } from '../../i18n/catalogue.ts';
import { appCatalogue } from '../../i18n/catalogues/app.ts';
import { lessonsCatalogue } from '../../i18n/catalogues/lessons.ts';
import { useLang, useT } from '../../i18n/useT.ts';
import { Blocks } from '../../lessons/Blocks.tsx';
import { markSlide } from '../../lessons/progress.ts';
import type { Lesson } from '../../lessons/types.ts';
import { useStore } from '../../state/store.ts';
import { Icon } from '../Icon.tsx';
import { fitElement } from './fit.ts';
import { nextSlide, type PresenterAction } from './keys.ts';
import { usePresentSync } from './sync.ts';
import { usePresenterKeys } from './usePresenterKeys.ts';

export interface SlidesProps {
  slug: string;
  lesson: Lesson;
  lessonLang: Lang;
  /** 1-based, already clamped to the lesson */
  slide: number;
}

/** Moves to another slide by rewriting the route; the address follows (replaceState). */
export function useGoTo(slug: string, notes: boolean): (slide: number) => void {
  const setRoute = useStore((s) => s.ui.setRoute);
  return useCallback((slide: number) => setRoute({ page: 'present', slug, slide, notes }), [setRoute, slug, notes]);
}

/** Projector theme while presenting, whatever the reader's theme; the saved preference is left alone. */
function useProjectorTheme(): void {
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.dataset['theme'] = 'projector';
    return () => {
      html.dataset['theme'] = useStore.getState().ui.theme;
    };
  }, []);
}

async function toggleFullscreen(): Promise<boolean> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
    return true;
  } catch {
    return false;
  }
}

export function Presenter({ slug, lesson, lessonLang, slide }: SlidesProps) {
  const t = useT(lessonsCatalogue);
  const ta = useT(appCatalogue);
  const lang = useLang();
  const total = lesson.slides.length;
  const goTo = useGoTo(slug, false);
  const setRoute = useStore((s) => s.ui.setRoute);
  const [black, setBlack] = useState(false);
  const [fullscreenFailed, setFullscreenFailed] = useState(false);
  const [isFullscreen, setIsFullscreen] = useState(false);
  useProjectorTheme();

  const act = (action: PresenterAction) => {
    if (action === 'black') setBlack((b) => !b);
    else if (action === 'leave') setRoute({ page: 'lesson', slug });
    else goTo(nextSlide(action, slide, total));
  };
  usePresenterKeys(act);
  usePresentSync(slug, { slide, black }, (s) => {
    goTo(Math.min(Math.max(1, s.slide), total));
    setBlack(s.black);
  });

  useEffect(() => {
    markSlide(slug, slide, lesson.sections.length);
    document.title = `${slide} / ${total} · ${lesson.meta.title} · ${ta('brand')}`;
  }, [slug, slide, total, lesson, ta]);

  useEffect(() => {
    const onChange = () => setIsFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const box = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const b = box.current;
    const c = content.current;
    if (!b || !c) return;
    fitElement(b, c);
    if (typeof ResizeObserver === 'undefined') return;
    // Refit when the window changes size, a widget starts or KaTeX's fonts arrive.
    const observer = new ResizeObserver(() => fitElement(b, c));
    observer.observe(b);
    observer.observe(c);
    return () => observer.disconnect();
  }, [slide]);

  const current = lesson.slides[slide - 1];
  const openNotes = () => {
    const url = `${location.pathname}${location.search}#/present/${slug}/${slide}?notes=1&lang=${lang}`;
    window.open(url, `unrolled-notes-${slug}`, 'popup,width=960,height=720');
  };
  return (
    <div className="present" lang={lessonLang} dir={DIRECTION[lessonLang]}>
      <div className="present__box" ref={box} data-slide={slide}>
        <div className="present__content" ref={content}>
          {slide === 1 && <h1 className="present__title">{lesson.meta.title}</h1>}
          {current && <Blocks key={slide} blocks={current.blocks} lang={lessonLang} />}
        </div>
      </div>
      <p className="present__counter" aria-label={t('slideOf', { n: slide, total })}>
        <span aria-hidden="true" dir="ltr">
          {formatNumber(slide, lang)} / {formatNumber(total, lang)}
        </span>
      </p>
      <div className="present__tools" lang={lang} dir={DIRECTION[lang]}>
        <button type="button" className="btn btn--icon" onClick={() => act('prev')} aria-label={t('previousSlide')} disabled={slide <= 1}>
          <Icon name="arrow" className="present__back-icon" />
        </button>
        <button type="button" className="btn btn--icon" onClick={() => act('next')} aria-label={t('nextSlide')} disabled={slide >= total}>
          <Icon name="arrow" className="flip-rtl" />
        </button>
        <button type="button" className="btn" onClick={() => void toggleFullscreen().then((ok) => setFullscreenFailed(!ok))}>
          {isFullscreen ? t('exitFullscreen') : t('fullscreen')}
        </button>
        <button type="button" className="btn" onClick={openNotes}>
          {t('openNotes')}
        </button>
        <a className="btn" href={`#/lesson/${slug}?lang=${lang}`}>
          {t('leave')}
        </a>
        {fullscreenFailed && (
          <span className="present__warn" role="status">
            {t('fullscreenFailed')}
          </span>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {current?.title ? `${t('slideOf', { n: slide, total })}: ${current.title}` : t('slideOf', { n: slide, total })}
      </p>
      {black && (
        <div className="present__black" role="status" data-testid="black" onClick={() => setBlack(false)}>
          <span className="visually-hidden">{t('blackedOut')}</span>
        </div>
      )}
    </div>
  );
}
