import { useLayoutEffect } from 'react';
import { useLang } from '../../i18n/useT.ts';
import { LessonStatus } from '../../lessons/LessonStatus.tsx';
import { useLesson } from '../../lessons/useLesson.ts';
import { useStore } from '../../state/store.ts';
import { NotesView } from './NotesView.tsx';
import { Presenter } from './Presenter.tsx';
import './present.css';

/** `#/present/<slug>/<n>`: the slides, or with `notes=1` the lecturer's notes window. */
export function PresentPage({ slug, slide, notes }: { slug: string; slide: number; notes: boolean }) {
  const lang = useLang();
  const state = useLesson(slug, lang);
  const setRoute = useStore((s) => s.ui.setRoute);
  const total = state.status === 'ready' ? state.lesson.slides.length : 0;
  const clamped = Math.min(Math.max(1, slide), Math.max(1, total));
  // A link past the last slide opens the last one, and says so in the address
  // before the slide is painted.
  useLayoutEffect(() => {
    if (total > 0 && clamped !== slide) setRoute({ page: 'present', slug, slide: clamped, notes });
  }, [total, clamped, slide, slug, notes, setRoute]);

  if (state.status !== 'ready') return <LessonStatus state={state} slug={slug} />;
  const props = { slug, lesson: state.lesson, lessonLang: state.lang, slide: clamped };
  return notes ? <NotesView {...props} /> : <Presenter {...props} />;
}
