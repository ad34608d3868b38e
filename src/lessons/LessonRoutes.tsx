import { PresentPage } from '../app/present/PresentPage.tsx';
import { selectRoute } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { CoursePage } from './CoursePage.tsx';
import { LessonPage } from './LessonPage.tsx';
import 'katex/dist/katex.min.css';
import './lessons.css';

/** The lessons' chunk: the course list, the reader and the presenter (with Markdown and KaTeX), loaded on first visit. */
export default function LessonRoutes() {
  const route = useStore(selectRoute);
  switch (route.page) {
    case 'lessons':
      return <CoursePage />;
    case 'lesson':
      return <LessonPage slug={route.slug} />;
    case 'present':
      return <PresentPage slug={route.slug} slide={route.slide} notes={route.notes} />;
    default:
      return null;
  }
}
