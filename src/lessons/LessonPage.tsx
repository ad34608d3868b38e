import { useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { DIRECTION, formatNumber, type Lang } from '../i18n/catalogue.ts';
import { LANGUAGE_NAMES, appCatalogue } from '../i18n/catalogues/app.ts';
import { lessonsCatalogue } from '../i18n/catalogues/lessons.ts';
import { useLang, useT } from '../i18n/useT.ts';
import { Blocks } from './Blocks.tsx';
import { LESSONS, type LessonEntry } from './files.ts';
import { labelsFor } from './labels.ts';
import { IssuesBanner, ProgressNotice } from './Notices.tsx';
import { markSectionRead } from './progress.ts';
import type { Lesson } from './types.ts';
import { useLesson } from './useLesson.ts';
import { useProgress } from './useProgress.ts';
import { LessonStatus } from './LessonStatus.tsx';

export function LessonPage({ slug }: { slug: string }) {
  const lang = useLang();
  const state = useLesson(slug, lang);
  if (state.status !== 'ready') return <LessonStatus state={state} slug={slug} />;
  return <Reader key={`${slug}/${state.lang}`} entry={state.entry} lesson={state.lesson} lessonLang={state.lang} fallback={state.fallback} />;
}

export interface ReaderProps {
  entry: LessonEntry;
  lesson: Lesson;
  lessonLang: Lang;
  fallback: boolean;
}

/** The reading view of one parsed lesson (exported for tests that feed it a fixture). */
export function Reader({ entry, lesson, lessonLang, fallback }: ReaderProps) {
  const t = useT(lessonsCatalogue);
  const ta = useT(appCatalogue);
  const lang = useLang();
  const { progress, corrupt, dismiss } = useProgress();
  const [read, setRead] = useState<string[]>(() => progress[entry.slug]?.read ?? []);
  const body = useRef<HTMLDivElement>(null);
  useReadTracking(body, entry.slug, lesson.sections.length, setRead);
  useEffect(() => {
    document.title = `${lesson.meta.title} · ${ta('brand')}`;
    window.scrollTo(0, 0);
  }, [lesson, ta]);

  const at = LESSONS.indexOf(entry);
  const prev = LESSONS[at - 1];
  const next = LESSONS[at + 1];
  const href = (page: string) => `#/${page}?lang=${lang}`;
  const jump = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    const target = document.getElementById(id);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    target?.focus({ preventScroll: true });
  };
  return (
    <article className="lesson" lang={lessonLang} dir={DIRECTION[lessonLang]}>
      {corrupt && <ProgressNotice onDismiss={dismiss} />}
      <p className="lesson__crumbs">
        <a href={href('lessons')}>{t('backToCourse')}</a>
      </p>
      {fallback && (
        <p className="banner banner--warn lesson__fallback" lang={lang} dir={DIRECTION[lang]}>
          {t('fallbackNotice', { language: LANGUAGE_NAMES[lessonLang] })}
        </p>
      )}
      <header className="lesson__header">
        <p className="lesson__kicker">
          {t('lessonNumber', { n: entry.number })} · {t('minutes', { n: lesson.meta.minutes })}
        </p>
        <h1>{lesson.meta.title}</h1>
        <p className="lesson__summary">{lesson.meta.summary}</p>
        <a className="btn btn--primary" href={href(`present/${entry.slug}/1`)}>
          {t('present')}
        </a>
      </header>
      <IssuesBanner lesson={lesson} labels={labelsFor(lang)} />
      <div className="lesson__layout">
        <nav className="lesson__toc" aria-label={t('contents')}>
          <h2 className="lesson__toc-title">{t('contents')}</h2>
          <ol>
            {lesson.sections.map((s) => (
              <li key={s.id} data-read={read.includes(s.id) ? 'yes' : 'no'}>
                <a href={href(`lesson/${entry.slug}`)} onClick={jump(s.id)}>
                  {s.title}
                </a>
              </li>
            ))}
          </ol>
          <p className="lesson__toc-progress">
            {t('progressSections', { read: formatNumber(read.length, lang), total: formatNumber(lesson.sections.length, lang) })}
          </p>
        </nav>
        <div className="lesson__body" ref={body}>
          {lesson.slides.map((slide, i) => (
            <Blocks key={i} blocks={slide.blocks} lang={lessonLang} />
          ))}
        </div>
      </div>
      <nav className="lesson__pager" aria-label={t('pager')}>
        {prev ? (
          <a rel="prev" href={href(`lesson/${prev.slug}`)}>
            ← {t('previous')}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a rel="next" href={href(`lesson/${next.slug}`)}>
            {t('next')} →
          </a>
        )}
      </nav>
    </article>
  );
}

/** Marks a section read once its heading has been on screen; remembered across visits. */
function useReadTracking(
  body: RefObject<HTMLDivElement | null>,
  slug: string,
  total: number,
  setRead: (read: string[]) => void,
): void {
  useEffect(() => {
    const root = body.current;
    if (!root || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        setRead(markSectionRead(slug, e.target.id, total)[slug]?.read ?? []);
      }
    });
    for (const h of root.querySelectorAll('h2[id^="section-"]')) {
      h.setAttribute('tabindex', '-1');
      observer.observe(h);
    }
    return () => observer.disconnect();
  }, [body, slug, total, setRead]);
}
