import { useMemo } from 'react';
import { REVIEWS, SENTIMENT_MAX_WORDS, SENTIMENT_TEST, SENTIMENT_TRAINING, WORD_ORDER_PAIRS } from '../../../engine/index.ts';
import type { BagOfWords, SentimentPool } from '../../../engine/index.ts';
import { labApplicationsCatalogue as cat } from '../../../i18n/catalogues/lab-applications.ts';
import { useLang, useT } from '../../../i18n/useT.ts';
import { formatValue } from '../../../views/scales.ts';
import { ShapeDiagram } from '../../../views/apps-shape/ShapeDiagram.tsx';
import type { RunConfig, SentimentReadout } from '../../../worker/protocol.ts';
import { useLabParams } from '../../shared/useLabParams.ts';
import { AppSection } from '../AppSection.tsx';
import { useLocalModel } from '../localModel.ts';
import { APPLICATIONS_SCHEMA } from '../params.ts';
import { RunButtons } from '../RunButtons.tsx';
import { useEngineRuns, type RunSide } from '../useEngineRuns.ts';
import { TryReview } from './TryReview.tsx';

// Sentiment, many-to-one: two LSTMs (answer from the last state, answer from
// the mean of the states) train in workers from the same seed, each beside a
// bag-of-words baseline, and the word-order pairs show what only the recurrent
// ones can tell apart. Every number about fixed reviews comes in the workers'
// readouts; the page reads only the review the student types.

const POOLS: readonly SentimentPool[] = ['last', 'mean'];
const budget = SENTIMENT_TRAINING.updates;

function Verdict({ p, positive, right, wrong }: { p: number | undefined; positive: boolean; right: string; wrong: string }) {
  if (p === undefined) return <td className="num ltr">–</td>;
  const ok = p > 0.5 === positive;
  return (
    <td className={`num ltr ${ok ? 'is-right' : 'is-wrong'}`}>
      {formatValue(p, 2)} <span aria-label={ok ? right : wrong}>{ok ? '✓' : '✗'}</span>
    </td>
  );
}

function sentimentOf(side: RunSide | undefined): SentimentReadout | null {
  const r = side?.readout;
  return r?.kind === 'sentiment' ? r : null;
}

/** The baseline as the worker last reported it: bias first, then one weight per word. */
function bagOfWords(r: SentimentReadout | null): BagOfWords | null {
  return r === null ? null : { bias: r.bow[0] ?? 0, theta: r.bow.subarray(1), epochs: r.bowEpochs };
}

const percent = (share: number | undefined) => (share === undefined ? '–' : `${Math.round(100 * share)} %`);

export default function SentimentSection() {
  const t = useT(cat);
  const lang = useLang();
  const p = useLabParams(APPLICATIONS_SCHEMA);
  const configs = useMemo<RunConfig[]>(
    () =>
      POOLS.map((pool) => ({
        task: { kind: 'sentiment', pool, hiddenSize: SENTIMENT_TRAINING.hiddenSize },
        seed: p.seed,
        init: { kind: 'pytorch' },
        optimizer: { name: 'adam', lr: p.lr },
        clip: { kind: 'norm', maxNorm: 5 },
      })),
    [p.seed, p.lr],
  );
  const runs = useEngineRuns(configs);
  const [sLast, sMean] = runs.sides;
  const last = useLocalModel(sLast?.spec ?? null, sLast?.params ?? null, SENTIMENT_MAX_WORDS);
  const mean = useLocalModel(sMean?.spec ?? null, sMean?.params ?? null, SENTIMENT_MAX_WORDS);
  const rLast = sentimentOf(sLast);
  const rMean = sentimentOf(sMean);
  // both workers train the same baseline on the same data: either report will do
  const bowReport = rLast ?? rMean;
  const bow = useMemo(() => bagOfWords(bowReport), [bowReport]);
  const step = Math.min(sLast?.step ?? 0, sMean?.step ?? 0);
  const ready = (sLast?.ready ?? false) && (sMean?.ready ?? false);
  const running = (sLast?.running ?? false) || (sMean?.running ?? false);
  // pair k's sentences are entries 2k and 2k + 1 of the readouts' arrays
  const pairs = useMemo(() => WORD_ORDER_PAIRS.flatMap((pair, k) => (pair[0].lang === lang ? [{ pair, at: 2 * k }] : [])), [lang]);
  const acc = { last: rLast?.accuracy[0], mean: rMean?.accuracy[0], bow: bowReport?.accuracy[1] };
  const right = t('right');
  const wrong = t('wrong');

  return (
    <AppSection id="app-sentiment" title={t('sent.title')} intro={t('sent.intro')} loss={t('sent.loss')}>
      <div className="apps-shapes">
        <ShapeDiagram kind="last" label={t('sent.shapeLast')} />
        <ShapeDiagram kind="mean" label={t('sent.shapeMean')} />
      </div>
      <RunButtons ready={ready} running={running} step={step} budget={budget} error={sLast?.error ?? sMean?.error ?? null} runs={runs} testId="sent-step" />
      <table className="apps-scores" data-testid="sent-scores">
        <caption>{t('sent.accCaption', { n: SENTIMENT_TEST.length, total: REVIEWS.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sent.model')}</th>
            <th scope="col">{t('sent.testAcc')}</th>
          </tr>
        </thead>
        <tbody>
          {(['last', 'mean', 'bow'] as const).map((k) => (
            <tr key={k} data-row={k}>
              <th scope="row">{t(`sent.${k}`)}</th>
              <td className="num ltr">{percent(acc[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('sent.pairsTitle')}</h3>
      <p className="field__help">{t('sent.pairsHelp')}</p>
      <div className="apps-table-wrap">
        <table className="apps-pairs" data-testid="sent-pairs">
          <caption>{t('sent.pairsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sent.review')}</th>
              <th scope="col">{t('sent.truth')}</th>
              <th scope="col">{t('sent.last')}</th>
              <th scope="col">{t('sent.mean')}</th>
              <th scope="col">{t('sent.bow')}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.flatMap(({ pair, at }) =>
              pair.map((r, j) => (
                <tr key={r.text} data-positive={r.positive}>
                  <th scope="row" dir="auto" lang={r.lang}>
                    {r.text}
                  </th>
                  <td>{r.positive ? t('sent.positive') : t('sent.negative')}</td>
                  <Verdict p={rLast?.pairs[at + j]} positive={r.positive} right={right} wrong={wrong} />
                  <Verdict p={rMean?.pairs[at + j]} positive={r.positive} right={right} wrong={wrong} />
                  <Verdict p={bowReport?.bowPairs[at + j]} positive={r.positive} right={right} wrong={wrong} />
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <TryReview last={last} mean={mean} bow={bow} training={running} />
    </AppSection>
  );
}
