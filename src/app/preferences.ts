import { isLang, type Lang } from '../i18n/catalogue.ts';
import { isTheme, type Theme } from '../state/ui-slice.ts';

// Language and theme are remembered in localStorage. What is stored there may
// be anything (an older version's format, a hand edit, a full or disabled
// storage): reading keeps only values it recognises and never throws.

const KEY = 'unrolled.preferences';

export interface Preferences {
  lang?: Lang;
  theme?: Theme;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return null;
  }
}

export function readPreferences(store: Storage | null = storage()): Preferences {
  if (!store) return {};
  let parsed: unknown;
  try {
    const raw = store.getItem(KEY);
    if (raw === null) return {};
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const rec = parsed as Record<string, unknown>;
  const out: Preferences = {};
  if (isLang(rec['lang'])) out.lang = rec['lang'];
  if (isTheme(rec['theme'])) out.theme = rec['theme'];
  return out;
}

export function writePreferences(prefs: Preferences, store: Storage | null = storage()): void {
  if (!store) return;
  try {
    store.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Quota exceeded or storage disabled: the choice still holds for this visit.
  }
}

/** The theme to start with when nothing was saved: the system's light or dark preference. */
export function systemTheme(): Theme {
  if (typeof matchMedia !== 'function') return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const PREFERENCES_KEY = KEY;
