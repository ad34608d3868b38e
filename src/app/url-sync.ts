import { isLang, type Lang } from '../i18n/catalogue.ts';
import { findLab } from '../labs/registry.ts';
import { useStore, type AppState } from '../state/store.ts';
import type { Route } from '../state/ui-slice.ts';
import { parseParams, serialiseParams, type Ignored } from './url-state.ts';

// Keeps the hash and the store in step. Following a link (or editing the
// address) loads the route, language and lab configuration from the hash; any
// change in the store rewrites the hash in place (replaceState: moving a slider
// must not fill the history). Routes are hash-based so any static host works.

export interface Location {
  route: Route;
  lang: Lang | null;
  lab: string | null;
  values: Record<string, number | string>;
  hidden: string[];
  ignored: Ignored[];
}

export function readHash(hash: string): Location {
  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  const path = (q < 0 ? body : body.slice(0, q)).replace(/\/+$/, '') || '/';
  const search = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));

  const ignored: Ignored[] = [];
  const langs = search.getAll('lang');
  let lang: Lang | null = null;
  langs.forEach((given, i) => {
    if (i > 0) ignored.push({ key: 'lang', given, reason: 'repeated' });
    else if (isLang(given)) lang = given;
    else ignored.push({ key: 'lang', given, reason: 'not-allowed' });
  });

  const match = /^\/lab\/([^/]+)$/.exec(path);
  const lab = match?.[1] !== undefined ? findLab(decodeURIComponent(match[1])) : undefined;
  if (lab) {
    const parsed = parseParams(lab.schema, search, lab.hideable);
    return { route: { page: 'lab', lab: lab.name }, lang, lab: lab.name, ...parsed, ignored: [...ignored, ...parsed.ignored] };
  }
  const lesson = readLessonPath(path, search);
  if (lesson) return { route: lesson.route, lang, lab: null, values: {}, hidden: [], ignored: [...ignored, ...lesson.ignored] };
  if (path === '/') {
    const parsed = parseParams({}, search, []);
    return { route: { page: 'home' }, lang, lab: null, values: {}, hidden: [], ignored: [...ignored, ...parsed.ignored] };
  }
  return { route: { page: 'not-found', path }, lang, lab: null, values: {}, hidden: [], ignored: [] };
}

/** The hash that describes the current state: what a shared link should contain. */
export function hashFor(s: AppState): string {
  const { route } = s.ui;
  switch (route.page) {
    case 'home':
      return `#/?lang=${s.ui.lang}`;
    case 'lab': {
      const lab = findLab(route.lab);
      const query = lab
        ? serialiseParams(lab.schema, s.config.values, { hidden: s.config.hidden, lang: s.ui.lang })
        : `lang=${s.ui.lang}`;
      return `#/lab/${route.lab}?${query}`;
    }
    case 'not-found':
      return `#${route.path}?lang=${s.ui.lang}`;
    case 'lessons':
      return `#/lessons?lang=${s.ui.lang}`;
    case 'lesson':
      return `#/lesson/${route.slug}?lang=${s.ui.lang}`;
    case 'present':
      return `#/present/${route.slug}/${route.slide}?${route.notes ? 'notes=1&' : ''}lang=${s.ui.lang}`;
  }
}

const SLUG = '([a-z0-9]+(?:-[a-z0-9]+)*)';
const LESSON_PATHS = {
  lessons: /^\/lessons$/,
  lesson: new RegExp(`^/lesson/${SLUG}$`),
  present: new RegExp(`^/present/${SLUG}(?:/(\\d{1,3}))?$`),
};
const NOTES_SCHEMA = { notes: { kind: 'enum', default: '0', values: ['0', '1'] } } as const;

/** The course, a lesson, or a slide of a presentation (slide numbers are 1-based; no number means the first). */
function readLessonPath(path: string, search: URLSearchParams): { route: Route; ignored: Ignored[] } | null {
  if (LESSON_PATHS.lessons.test(path)) return { route: { page: 'lessons' }, ignored: parseParams({}, search, []).ignored };
  const lesson = LESSON_PATHS.lesson.exec(path);
  if (lesson?.[1] !== undefined) return { route: { page: 'lesson', slug: lesson[1] }, ignored: parseParams({}, search, []).ignored };
  const present = LESSON_PATHS.present.exec(path);
  if (present?.[1] === undefined) return null;
  const parsed = parseParams(NOTES_SCHEMA, search, []);
  const slide = Math.max(1, Number(present[2] ?? '1'));
  return { route: { page: 'present', slug: present[1], slide, notes: parsed.values.notes === '1' }, ignored: parsed.ignored };
}

/** An embedded page (a lesson's live widget) keeps `embed=1` in its address whatever it writes. */
export function isEmbedHash(hash: string): boolean {
  const q = hash.indexOf('?');
  return q >= 0 && new URLSearchParams(hash.slice(q + 1)).get('embed') === '1';
}

function withEmbed(hash: string, embed: boolean): string {
  return embed ? `${hash}${hash.includes('?') ? '&' : '?'}embed=1` : hash;
}

/** Applies a location to the store in one update, so no half-applied state is ever rendered or written back. */
export function applyLocation(loc: Location, fallbackLang: Lang): void {
  useStore.setState((s) => ({
    ui: { ...s.ui, route: loc.route, lang: loc.lang ?? fallbackLang, ignored: loc.ignored },
    config: { ...s.config, lab: loc.lab, values: loc.values, hidden: loc.hidden },
  }));
}

/** Starts two-way syncing with window.location; returns the function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  const embed = isEmbedHash(win.location.hash);
  const onHashChange = () => {
    // The address we wrote ourselves (or one that means the same) changes nothing:
    // re-reading it must not drop the notice about what the original link got wrong.
    if (win.location.hash === withEmbed(hashFor(useStore.getState()), embed)) return;
    applyLocation(readHash(win.location.hash), useStore.getState().ui.lang);
  };
  const write = (s: AppState) => {
    const next = withEmbed(hashFor(s), embed);
    if (win.location.hash !== next) win.history.replaceState(win.history.state, '', next);
  };
  onHashChange();
  write(useStore.getState());
  win.addEventListener('hashchange', onHashChange);
  const unsubscribe = useStore.subscribe(write);
  return () => {
    win.removeEventListener('hashchange', onHashChange);
    unsubscribe();
  };
}
