import { useEffect, useState } from 'react';

// The shipped paragraphs live in public/texts/ and are fetched on demand, so
// they cost nothing until the lab is opened.

export type ShippedText = 'en' | 'fr' | 'ar';
export type TextLoad = { status: 'loading' } | { status: 'ok'; text: string } | { status: 'failed' };

const cache = new Map<ShippedText, string>();

export function textUrl(which: ShippedText): string {
  return `${import.meta.env.BASE_URL}texts/${which}.txt`;
}

export function useShippedText(which: ShippedText): TextLoad {
  const [load, setLoad] = useState<TextLoad>(() => {
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
    fetch(textUrl(which))
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
