import { useEffect, useState } from 'react';
import type { CorpusName } from './config.ts';

// The shipped corpora live in public/corpora/ and are fetched on demand, so
// they cost nothing until the lab is opened.

export type CorpusLoad = { status: 'loading' } | { status: 'ok'; text: string } | { status: 'failed' };

const cache = new Map<CorpusName, string>();

export function corpusUrl(which: CorpusName): string {
  return `${import.meta.env.BASE_URL}corpora/${which}.txt`;
}

export function useCorpus(which: CorpusName): CorpusLoad {
  const [load, setLoad] = useState<CorpusLoad>(() => {
    const hit = cache.get(which);
    return hit === undefined ? { status: 'loading' } : { status: 'ok', text: hit };
  });
  useEffect(() => {
    const hit = cache.get(which);
    if (hit !== undefined) {
      setLoad({ status: 'ok', text: hit });
      return;
    }
    let live = true;
    setLoad({ status: 'loading' });
    fetch(corpusUrl(which))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((text) => {
        cache.set(which, text);
        if (live) setLoad({ status: 'ok', text });
      })
      .catch(() => live && setLoad({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [which]);
  return load;
}
