// Reading progress, remembered in localStorage: which sections of each lesson
// the reader has reached and the last slide presented. What is stored may be
// anything (an older format, a hand edit, a full or disabled storage): reading
// keeps what it recognises, reports whether something had to be dropped, and
// never throws.

export const PROGRESS_KEY = 'unrolled.lessons.progress';

export interface LessonProgress {
  /** ids of the sections reached */
  read: string[];
  /** sections in the lesson when last read, to show "n of total" without loading it */
  total: number;
  /** last slide presented, 1-based; 0 when never presented */
  slide: number;
}

export type Progress = Record<string, LessonProgress>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1000;

function readEntry(x: unknown): LessonProgress | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Record<string, unknown>;
  if (!Array.isArray(r['read']) || !isCount(r['total']) || !isCount(r['slide'])) return null;
  const read = r['read'].filter((s): s is string => typeof s === 'string' && /^section-\d{1,3}$/.test(s));
  if (read.length !== r['read'].length) return null;
  return { read, total: r['total'], slide: r['slide'] };
}

export interface ReadResult {
  progress: Progress;
  /** true when something was stored but could not be understood (and was dropped) */
  corrupt: boolean;
}

export function readProgress(store: Storage | null = storage()): ReadResult {
  if (!store) return { progress: {}, corrupt: false };
  let raw: string | null;
  try {
    raw = store.getItem(PROGRESS_KEY);
  } catch {
    return { progress: {}, corrupt: false };
  }
  if (raw === null) return { progress: {}, corrupt: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { progress: {}, corrupt: true };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { progress: {}, corrupt: true };
  const progress: Progress = {};
  let corrupt = false;
  for (const [slug, entry] of Object.entries(parsed as Record<string, unknown>)) {
    const ok = /^[a-z0-9-]{1,60}$/.test(slug) ? readEntry(entry) : null;
    if (ok) progress[slug] = ok;
    else corrupt = true;
  }
  return { progress, corrupt };
}

export function writeProgress(progress: Progress, store: Storage | null = storage()): void {
  if (!store) return;
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Quota exceeded or storage disabled: progress still holds for this visit.
  }
}

export function markSectionRead(slug: string, id: string, total: number, store: Storage | null = storage()): Progress {
  const { progress } = readProgress(store);
  const entry = progress[slug] ?? { read: [], total, slide: 0 };
  if (!entry.read.includes(id) || entry.total !== total) {
    progress[slug] = { ...entry, read: entry.read.includes(id) ? entry.read : [...entry.read, id], total };
    writeProgress(progress, store);
  }
  return progress;
}

export function markSlide(slug: string, slide: number, total: number, store: Storage | null = storage()): Progress {
  const { progress } = readProgress(store);
  const entry = progress[slug] ?? { read: [], total, slide: 0 };
  if (entry.slide !== slide) {
    progress[slug] = { ...entry, slide };
    writeProgress(progress, store);
  }
  return progress;
}
