import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DIRECTION, LANGS, type Lang } from '../i18n/catalogue.ts';
import { useStore } from '../state/store.ts';
import { readPreferences, systemTheme, writePreferences } from './preferences.ts';
import { startUrlSync } from './url-sync.ts';

/** The first of the browser's preferred languages the app speaks, else English. */
function browserLang(): Lang {
  const prefs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of prefs) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LANGS.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}

/**
 * Starts the shell: saved preferences, then the URL (a link's language wins
 * over the saved one), then keeps <html lang dir data-theme> and the saved
 * preferences in step with the store. Returns false until that is done, so
 * nothing renders with the wrong language or theme.
 */
export function useShell(): boolean {
  const [ready, setReady] = useState(false);

  useLayoutEffect(() => {
    const saved = readPreferences();
    const ui = useStore.getState().ui;
    ui.setLang(saved.lang ?? browserLang());
    ui.setTheme(saved.theme ?? systemTheme());
    const stop = startUrlSync();
    setReady(true);
    return stop;
  }, []);

  const lang = useStore((s) => s.ui.lang);
  const theme = useStore((s) => s.ui.theme);

  useLayoutEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = DIRECTION[lang];
    html.dataset['theme'] = theme;
  }, [lang, theme]);

  // Saved only once the visitor (or a link) changes something: a theme that merely
  // followed the system stays unsaved, so it keeps following the system.
  const initial = useRef<string | null>(null);
  useEffect(() => {
    if (!ready) return;
    const now = `${lang}/${theme}`;
    if (initial.current === null) initial.current = now;
    else writePreferences({ lang, theme });
  }, [ready, lang, theme]);

  return ready;
}
