import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { labBilleCatalogue } from '../../i18n/catalogues/lab-bille.ts';
import { labsCatalogue } from '../../i18n/catalogues/labs.ts';
import { formatNumber } from '../../i18n/catalogue.ts';
import { useLang, useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { RangeField, TextField } from '../shared/fields.tsx';
import { useSetParam } from '../shared/useLabParams.ts';
import { BILLE_SCHEMA } from './params.ts';
import { normaliseWord, wordProblem, type WordProblem } from './word.ts';

// The learning-rate slider moves in tenths of a decade: equal steps look equal
// on the loss curve, and values stay short in a shared link (0.5, 0.063).
const LOG_MIN = Math.log10(BILLE_SCHEMA.lr.min);
const LOG_MAX = Math.log10(BILLE_SCHEMA.lr.max);
const toLr = (pos: number) => Number((10 ** pos).toPrecision(2));

// Clipping thresholds a slider can reach; a link may carry any value in range.
const CLIP_STOPS = [0, 0.5, 1, 2, 5, 10, 20, 50] as const;
function nearestStop(v: number): number {
  let best = 0;
  CLIP_STOPS.forEach((s, i) => {
    if (Math.abs(s - v) < Math.abs((CLIP_STOPS[best] ?? 0) - v)) best = i;
  });
  return best;
}

export interface BilleSettingsProps {
  lr: number;
  clip: number;
  hiddenSize: number;
  word: string;
}

export function BilleSettings({ lr, clip, hiddenSize, word }: BilleSettingsProps) {
  const t = useT(labsCatalogue);
  const tb = useT(labBilleCatalogue);
  const tc = useT(controlsCatalogue);
  const lang = useLang();
  const hidden = useStore(selectHidden);
  const setParam = useSetParam();
  const shown = (k: string) => !hidden.includes(k);
  // Each way a word can be wrong gets its own message, in the page's language.
  const problemText = (p: WordProblem): string => {
    switch (p.kind) {
      case 'empty':
        return tb('word.empty');
      case 'short':
        return tb('word.short');
      case 'long':
        return tb('word.long', { n: p.n });
      case 'notLetter':
        return tb('word.notLetter', { ch: p.ch });
    }
  };
  return (
    <>
      {shown('lr') && (
        <RangeField
          label={tc('learningRate')}
          min={LOG_MIN}
          max={LOG_MAX}
          step={0.1}
          value={Math.log10(lr)}
          display={formatNumber(lr, lang)}
          numeric
          onChange={(pos) => setParam('lr', toLr(pos))}
        />
      )}
      {shown('clip') && (
        <RangeField
          label={tc('clip')}
          min={0}
          max={CLIP_STOPS.length - 1}
          step={1}
          value={nearestStop(clip)}
          display={clip > 0 ? formatNumber(clip, lang) : tc('clipOff')}
          numeric={clip > 0}
          help={tc('clipHelp')}
          onChange={(i) => setParam('clip', CLIP_STOPS[i] ?? 0)}
        />
      )}
      {shown('hidden') && (
        <RangeField
          label={t('bille.hidden')}
          min={BILLE_SCHEMA.hidden.min}
          max={BILLE_SCHEMA.hidden.max}
          step={1}
          value={hiddenSize}
          display={formatNumber(hiddenSize, lang)}
          numeric
          help={t('bille.hiddenHelp')}
          onChange={(v) => setParam('hidden', v)}
        />
      )}
      {shown('word') && (
        <TextField
          label={t('bille.word')}
          value={word}
          validate={(w) => {
            const problem = wordProblem(normaliseWord(w));
            return problem === null ? null : problemText(problem);
          }}
          onCommit={(w) => setParam('word', normaliseWord(w))}
          help={tb('word.help')}
        />
      )}
    </>
  );
}
