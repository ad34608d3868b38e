import { useEffect } from 'react';
import { DIRECTION, formatNumber } from '../i18n/catalogue.ts';
import { appCatalogue } from '../i18n/catalogues/app.ts';
import { lessonsCatalogue } from '../i18n/catalogues/lessons.ts';
import { useLang, useT } from '../i18n/useT.ts';
import { ProgressNotice } from './Notices.tsx';
import type { LessonProgress } from './progress.ts';
import { useCourse } from './useLesson.ts';
import { useProgress } from './useProgress.ts';

/** The course: every lesson by number, with its summary, length and the reader's progress. */
export function CoursePage() {
  const t = useT(lessonsCatalogue);
  const ta = useT(appCatalogue);
  const lang = useLang();
  const items = useCourse(lang);
  const { progress, corrupt, dismiss } = useProgress();
  useEffect(() => {
    document.title = `${t('courseTitle')} · ${ta('brand')}`;
  }, [t, ta]);
  return (
    <article className="course">
      {corrupt && <ProgressNotice onDismiss={dismiss} />}
      <header className="course__header">
        <h1 id="course-title">{t('courseTitle')}</h1>
        <p>{t('courseIntro')}</p>
      </header>
      {items === null ? (
        <p className="loading" role="status">
          {t('loading')}
        </p>
      ) : items.length === 0 ? (
        <p>{t('noLessons')}</p>
      ) : (
        <ol className="course__list" aria-labelledby="course-title">
          {items.map(({ entry, meta, lang: used }) => (
            <li key={entry.slug} className="course__item">
              <p className="course__number">{t('lessonNumber', { n: entry.number })}</p>
              <h2 className="course__title" lang={used} dir={DIRECTION[used]}>
                <a href={`#/lesson/${entry.slug}?lang=${lang}`}>{meta?.title ?? entry.slug}</a>
              </h2>
              {meta && (
                <p className="course__summary" lang={used} dir={DIRECTION[used]}>
                  {meta.summary}
                </p>
              )}
              <p className="course__meta">
                {meta && meta.minutes > 0 && <span>{t('minutes', { n: meta.minutes })}</span>}
                <ProgressLine entry={progress[entry.slug]} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

function ProgressLine({ entry }: { entry: LessonProgress | undefined }) {
  const t = useT(lessonsCatalogue);
  const lang = useLang();
  if (!entry || (entry.read.length === 0 && entry.slide === 0)) return <span className="course__progress">{t('progressNone')}</span>;
  const total = Math.max(entry.total, entry.read.length);
  const parts = [t('progressSections', { read: formatNumber(entry.read.length, lang), total: formatNumber(total, lang) })];
  if (entry.slide > 0) parts.push(t('progressSlide', { n: entry.slide }));
  return (
    <span className="course__progress">
      <meter min={0} max={Math.max(total, 1)} value={entry.read.length} aria-label={t('progressLabel')} />
      {parts.join(' · ')}
    </span>
  );
}
