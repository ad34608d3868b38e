import { useEffect, useState } from 'react';
import type { Lang } from '../i18n/catalogue.ts';
import { findLesson, lessonLang, loadSource, type LessonEntry, LESSONS } from './files.ts';
import { parseFrontMatter } from './front-matter.ts';
import { labelsFor } from './labels.ts';
import { parseLesson } from './parse.ts';
import type { Lesson, LessonMeta } from './types.ts';

export type LessonState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'ready'; entry: LessonEntry; lesson: Lesson; lang: Lang; fallback: boolean };

// Parsed once per lesson and language: the reader, the presenter and the notes
// window of one page share it.
const parsed = new Map<string, Promise<Lesson>>();

function lessonFor(entry: LessonEntry, lang: Lang): Promise<Lesson> {
  const key = `${entry.slug}/${lang}`;
  let p = parsed.get(key);
  if (!p) {
    p = loadSource(entry, lang).then((source) => parseLesson(source, labelsFor(lang)));
    // A failed download may succeed later: do not remember the failure.
    p.catch(() => parsed.delete(key));
    parsed.set(key, p);
  }
  return p;
}

/** Loads and parses a lesson in `lang`, falling back to English (then any language) when that file is missing. */
export function useLesson(slug: string, lang: Lang): LessonState {
  const [state, setState] = useState<LessonState>({ status: 'loading' });
  useEffect(() => {
    const entry = findLesson(slug);
    if (!entry) {
      setState({ status: 'missing' });
      return;
    }
    const used = lessonLang(entry, lang);
    let live = true;
    setState({ status: 'loading' });
    lessonFor(entry, used).then(
      (lesson) => live && setState({ status: 'ready', entry, lesson, lang: used, fallback: used !== lang }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [slug, lang]);
  return state;
}

export interface CourseItem {
  entry: LessonEntry;
  meta: LessonMeta | null;
  lang: Lang;
}

/** Front matter of every lesson, for the course list (the bodies are not parsed). */
export function useCourse(lang: Lang): CourseItem[] | null {
  const [items, setItems] = useState<CourseItem[] | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all(
      LESSONS.map(async (entry) => {
        const used = lessonLang(entry, lang);
        try {
          return { entry, lang: used, meta: parseFrontMatter(await loadSource(entry, used), entry.slug).meta };
        } catch {
          return { entry, lang: used, meta: null };
        }
      }),
    ).then((all) => live && setItems(all));
    return () => {
      live = false;
    };
  }, [lang]);
  return items;
}
