import { useMemo } from 'react';
import { DIRECTION, translator, type Translate } from '../../../i18n/catalogue.ts';
import { labGradientsCatalogue, type LabGradientsKey } from '../../../i18n/catalogues/lab-gradients.ts';
import { useLang } from '../../../i18n/useT.ts';
import { isolateNotation } from './isolate.ts';

/**
 * The gradients lab's translator: useT over its catalogue, plus, on a
 * right-to-left page, every formula and number in the text isolated left to
 * right (see isolate.ts). The catalogues stay plain text.
 */
export function useLabT(): Translate<LabGradientsKey> {
  const lang = useLang();
  return useMemo(() => {
    const t = translator(labGradientsCatalogue, lang);
    return DIRECTION[lang] === 'rtl' ? (key, params) => isolateNotation(t(key, params)) : t;
  }, [lang]);
}
