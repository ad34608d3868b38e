import { useEffect, useState } from 'react';

// Texts shipped in public/ (the gates lab's paragraphs, the language lab's
// corpora) are fetched on demand, so they cost nothing until a lab needs them,
// and kept once fetched, so switching back and forth does not fetch again.

export type TextLoad = { status: 'loading' } | { status: 'ok'; text: string } | { status: 'failed' };

const cache = new Map<string, string>();

/** The address of a file in public/, under whatever folder the site is served from. */
export function staticUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path}`;
}

/** Loads `path` (relative to public/), e.g. "texts/en.txt". */
export function useStaticText(path: string): TextLoad {
  const [load, setLoad] = useState<TextLoad>(() => {
    const hit = cache.get(path);
    return hit === undefined ? { status: 'loading' } : { status: 'ok', text: hit };
  });
  useEffect(() => {
    const hit = cache.get(path);
    if (hit !== undefined) {
      setLoad({ status: 'ok', text: hit });
      return;
    }
    let live = true;
    setLoad({ status: 'loading' });
    fetch(staticUrl(path))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((text) => {
        cache.set(path, text);
        if (live) setLoad({ status: 'ok', text });
      })
      .catch(() => live && setLoad({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [path]);
  return load;
}
