import { LANGS, isLang, type Lang } from '../i18n/catalogue.ts';

// Lesson files are found at build time (lessons/<lang>/<NN>-<slug>.md); each
// becomes its own small chunk, fetched only when that lesson is opened, so the
// first page load carries none of the course text.

const FILES = import.meta.glob<string>('/lessons/**/*.md', { query: '?raw', import: 'default' });

const NAME = /^\/lessons\/([a-z]{2})\/(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export interface LessonEntry {
  number: number;
  slug: string;
  /** one loader per language the lesson exists in */
  files: Partial<Record<Lang, () => Promise<string>>>;
}

function buildIndex(files: Record<string, () => Promise<string>>): LessonEntry[] {
  const bySlug = new Map<string, LessonEntry>();
  for (const [path, load] of Object.entries(files)) {
    const m = NAME.exec(path);
    if (!m?.[1] || !m[2] || !m[3] || !isLang(m[1])) continue;
    const entry = bySlug.get(m[3]) ?? { number: Number(m[2]), slug: m[3], files: {} };
    entry.files[m[1]] = load;
    bySlug.set(m[3], entry);
  }
  return [...bySlug.values()].sort((a, b) => a.number - b.number || a.slug.localeCompare(b.slug));
}

export const LESSONS: readonly LessonEntry[] = buildIndex(FILES);

export function findLesson(slug: string): LessonEntry | undefined {
  return LESSONS.find((l) => l.slug === slug);
}

/** The language a lesson is read in: the asked one if it exists, else English, else any. */
export function lessonLang(entry: LessonEntry, lang: Lang): Lang {
  if (entry.files[lang]) return lang;
  if (entry.files.en) return 'en';
  return LANGS.find((l) => entry.files[l]) ?? lang;
}

export async function loadSource(entry: LessonEntry, lang: Lang): Promise<string> {
  const load = entry.files[lang];
  if (!load) throw new Error(`no ${lang} file for lesson ${entry.slug}`);
  return load();
}
