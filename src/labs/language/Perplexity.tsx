import { useEffect, useState } from 'react';
import { formatNumber } from '../../i18n/catalogue.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useLang, useT } from '../../i18n/useT.ts';
import { selectStepsPerSecond } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';

/** Buckets of the loss curve averaged for the perplexity: one update's loss is too noisy to read. */
const RECENT = 8;

/** exp(mean cross-entropy) of the latest points of the curve, or null before any. */
export function recentPerplexity(history: { length: number; loss: ArrayLike<number> }): number | null {
  let sum = 0;
  let n = 0;
  for (let k = Math.max(0, history.length - RECENT); k < history.length; k++) {
    const l = history.loss[k] ?? Number.NaN;
    if (Number.isFinite(l)) {
      sum += l;
      n++;
    }
  }
  return n === 0 ? null : Math.exp(sum / n);
}

/** Perplexity and tokens per second, refreshed with the run's summary (a few times a second). */
export function Perplexity({ buffer, vocabSize, window }: { buffer: TelemetryBuffer; vocabSize: number; window: number }) {
  const t = useT(cat);
  const lang = useLang();
  // Updates per second as the page measures them (paced speeds included), times the tokens of an update.
  const rate = useStore(selectStepsPerSecond) * window;
  const [ppl, setPpl] = useState<number | null>(null);
  useEffect(() => buffer.onSummary(() => setPpl(recentPerplexity(buffer.history))), [buffer]);
  return (
    <div className="lang-ppl">
      <dl className="readouts">
        <div>
          <dt>{t('lm.perplexity')}</dt>
          <dd className="ltr num" data-testid="perplexity">
            {ppl === null ? '—' : ppl.toFixed(2)}
          </dd>
        </div>
        <div>
          <dt>{t('lm.rate')}</dt>
          <dd className="ltr num" data-testid="token-rate">
            {formatNumber(Math.round(rate), lang)}
          </dd>
        </div>
      </dl>
      <p className="field__help">{t('lm.perplexityHelp', { V: vocabSize })}</p>
    </div>
  );
}
