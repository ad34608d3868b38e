import { useEffect } from 'react';
import { useStore } from '../state/store.ts';

/**
 * An embedded page (a lesson's widget, same origin) wears the theme of the page
 * around it, projector included, and follows it when it changes. Runs as a
 * passive effect so it applies after the shell has set the saved theme; the
 * saved preference itself is not touched.
 */
export function useParentTheme(): void {
  const theme = useStore((s) => s.ui.theme);
  useEffect(() => {
    let parentHtml: HTMLElement;
    try {
      if (window.parent === window) return;
      parentHtml = window.parent.document.documentElement;
    } catch {
      return; // a page of another origin: keep our own theme
    }
    const apply = () => {
      const outer = parentHtml.dataset['theme'];
      if (outer) document.documentElement.dataset['theme'] = outer;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(parentHtml, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, [theme]);
}
