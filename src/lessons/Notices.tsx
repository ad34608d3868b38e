import { Icon } from '../app/Icon.tsx';
import { lessonsCatalogue } from '../i18n/catalogues/lessons.ts';
import { noticesCatalogue } from '../i18n/catalogues/notices.ts';
import { useT } from '../i18n/useT.ts';
import type { Lesson, RenderLabels } from './types.ts';

/** The app's dismissible notice, saying saved progress was unreadable and has been reset. */
export function ProgressNotice({ onDismiss }: { onDismiss: () => void }) {
  const t = useT(lessonsCatalogue);
  const tn = useT(noticesCatalogue);
  return (
    <section className="banner banner--warn" role="status">
      <Icon name="alert" className="banner__icon" />
      <div className="banner__body">
        <p>{t('progressCorrupt')}</p>
      </div>
      <button type="button" className="btn btn--quiet banner__close" onClick={onDismiss} aria-label={tn('dismissNotice')}>
        <Icon name="close" />
        <span aria-hidden="true">{tn('dismiss')}</span>
      </button>
    </section>
  );
}

/** Every problem of a lesson file in one list, for the lecturer who wrote it (each is also shown in place). */
export function IssuesBanner({ lesson, labels }: { lesson: Lesson; labels: RenderLabels }) {
  const t = useT(lessonsCatalogue);
  if (lesson.issues.length === 0) return null;
  return (
    <section className="banner banner--error" role="alert" aria-labelledby="lesson-issues-title">
      <Icon name="alert" className="banner__icon" />
      <div className="banner__body">
        <h2 id="lesson-issues-title" className="banner__title">
          {t('issuesTitle')}
        </h2>
        <ul className="banner__list">
          {lesson.issues.map((issue, i) => (
            <li key={i}>{labels.describe(issue)}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
