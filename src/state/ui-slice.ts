import type { StateCreator } from 'zustand';
import type { Ignored } from '../app/url-state.ts';
import type { Lang } from '../i18n/catalogue.ts';
import type { AppState } from './store.ts';

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(x: unknown): x is Theme {
  return typeof x === 'string' && (THEMES as readonly string[]).includes(x);
}

export type Route =
  | { page: 'home' }
  | { page: 'lab'; lab: string }
  | { page: 'not-found'; path: string }
  | { page: 'lessons' }
  | { page: 'lesson'; slug: string }
  /** slide is 1-based; notes: the lecturer's notes window for that slide */
  | { page: 'present'; slug: string; slide: number; notes: boolean };


export interface UiSlice {
  ui: {
    lang: Lang;
    theme: Theme;
    route: Route;
    /** parameters of the current link that fell back to defaults; empty when there is nothing to say */
    ignored: readonly Ignored[];
    setLang(lang: Lang): void;
    setTheme(theme: Theme): void;
    setRoute(route: Route): void;
    showIgnored(ignored: readonly Ignored[]): void;
    dismissIgnored(): void;
  };
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => {
  const patch = (p: Partial<UiSlice['ui']>) => set((s) => ({ ui: { ...s.ui, ...p } }));
  return {
    ui: {
      lang: 'en',
      theme: 'light',
      route: { page: 'home' },
      ignored: [],
      setLang: (lang) => patch({ lang }),
      setTheme: (theme) => patch({ theme }),
      setRoute: (route) => patch({ route }),
      showIgnored: (ignored) => patch({ ignored }),
      dismissIgnored: () => patch({ ignored: [] }),
    },
  };
};
