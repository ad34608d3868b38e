import { createContext, useContext, useMemo } from 'react';
import { translator, type Catalogue, type Lang, type Translate } from './catalogue.ts';

/** The page's language; the app shell provides it from the store. */
export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** `const t = useT(catalogue); t('key', { n: 3 })` */
export function useT<K extends string>(c: Catalogue<K>): Translate<K> {
  const lang = useLang();
  return useMemo(() => translator(c, lang), [c, lang]);
}
