import { lessonsCatalogue } from '../i18n/catalogues/lessons.ts';
import { useLang, useT } from '../i18n/useT.ts';
import type { LessonState } from './useLesson.ts';

/** Loading, an unknown slug, or a download that failed: never a blank page. */
export function LessonStatus({ state, slug }: { state: Exclude<LessonState, { status: 'ready' }>; slug: string }) {
  const t = useT(lessonsCatalogue);
  const lang = useLang();
  if (state.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  }
  return (
    <div className="banner banner--error lesson-status" role="alert">
      <div className="banner__body">
        <p>{state.status === 'missing' ? t('notFound', { slug }) : t('loadFailed')}</p>
        <p>
          <a href={`#/lessons?lang=${lang}`}>{t('backToCourse')}</a>
        </p>
      </div>
    </div>
  );
}
