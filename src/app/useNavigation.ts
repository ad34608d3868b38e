import { useEffect, useRef } from 'react';
import { appCatalogue } from '../i18n/catalogues/app.ts';
import { labsCatalogue } from '../i18n/catalogues/labs.ts';
import { homeCatalogue } from '../i18n/catalogues/home.ts';
import { useT } from '../i18n/useT.ts';
import { findLab } from '../labs/registry.ts';
import { selectRoute } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';

/** The tab's title names the page, in the page's language. */
export function useDocumentTitle(): void {
  const t = useT(appCatalogue);
  const th = useT(homeCatalogue);
  const tl = useT(labsCatalogue);
  const route = useStore(selectRoute);
  let page: string;
  if (route.page === 'lab') {
    const lab = findLab(route.lab);
    page = lab ? tl(lab.titleKey) : t('notFoundTitle');
  } else if (route.page === 'home') page = th('title');
  else page = t('notFoundTitle');
  const title = `${page} · ${t('brand')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * After following a link to another page, focus moves to the main region, so a
 * keyboard or screen-reader user starts reading the new page, not the header.
 */
export function useFocusOnNavigate() {
  const ref = useRef<HTMLElement>(null);
  const route = useStore(selectRoute);
  const key = route.page === 'lab' ? `lab:${route.lab}` : route.page;
  // Compared with the page last seen rather than skipping the first run: effects
  // may run twice on mount (StrictMode), and that is not a navigation.
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}
