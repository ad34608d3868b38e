import { useMemo, useState } from 'react';
import { bowPredict, encodeReview, readReview, SENTIMENT_MAX_WORDS, tokenizeReview } from '../../../engine/index.ts';
import type { BagOfWords, Model, SentimentReading } from '../../../engine/index.ts';
import { labApplicationsCatalogue as cat } from '../../../i18n/catalogues/lab-applications.ts';
import { useT } from '../../../i18n/useT.ts';
import { ReadingChart } from '../../../views/apps-reading/ReadingChart.tsx';
import type { ReadingData } from '../../../views/apps-reading/reading-chart.ts';
import { formatValue } from '../../../views/scales.ts';
import { useDeferred } from '../useDeferred.ts';

// The student's own review: the words as the nets read them (unknown ones
// flagged <UNK>), P(positive) after each word for both recurrent nets, the
// last-state net's hidden state, and the bag of words' single answer. Two
// forward passes of at most SENTIMENT_MAX_WORDS steps, redone when the text
// or the weights change, at most every READ_MS (READ_TRAINING_MS while the
// weights change a few times a second: fewer redraws beside the workers).

const MAX_CHARS = 400;
const READ_MS = 200;
const READ_TRAINING_MS = 1000;
const COLORS = { last: '#0072B2', mean: '#D55E00' };

function readBoth(last: { model: Model } | null, mean: { model: Model } | null, text: string) {
  return { last: last === null ? null : readReview(last.model, text), mean: mean === null ? null : readReview(mean.model, text) };
}

function chartData(last: SentimentReading | null, mean: SentimentReading | null): ReadingData | null {
  if (last === null || mean === null) return null;
  return {
    words: last.words,
    unknown: last.unknown,
    series: [
      { name: 'last', values: last.running, dash: '', color: COLORS.last },
      { name: 'mean', values: mean.running, dash: '6 4', color: COLORS.mean },
    ],
    h: last.h,
    hiddenSize: last.hiddenSize,
  };
}

export function TryReview(p: { last: { model: Model } | null; mean: { model: Model } | null; bow: BagOfWords | null; training: boolean }) {
  const t = useT(cat);
  const [text, setText] = useState(() => t('sent.tryDefault'));
  const cut = text.slice(0, MAX_CHARS);
  const words = tokenizeReview(cut);
  const problem = words.length === 0 ? t('sent.tryEmpty') : words.length > SENTIMENT_MAX_WORDS ? t('sent.tryLong', { n: SENTIMENT_MAX_WORDS }) : null;
  const read = useDeferred(readBoth, [p.last, p.mean, cut] as const, p.training ? READ_TRAINING_MS : READ_MS);
  // the reading may lag the text by up to READ_MS; an emptied text shows nothing at once
  const last = words.length === 0 ? null : (read?.last ?? null);
  const mean = words.length === 0 ? null : (read?.mean ?? null);
  // a sum of one weight per word: no pass to defer
  const bowP = p.bow === null ? null : bowPredict(p.bow, encodeReview(cut).ids);
  // one object per reading: the chart redraws when the reading changes, not on every render
  const data = useMemo(() => chartData(last, mean), [last, mean]);
  const verdict = (v: number) => (v > 0.5 ? t('sent.positive') : t('sent.negative'));
  return (
    <div className="apps-try" data-testid="sent-try">
      <h3>{t('sent.tryTitle')}</h3>
      <label className="field">
        {t('sent.tryLabel')}
        <input type="text" dir="auto" value={text} maxLength={MAX_CHARS} onChange={(e) => setText(e.target.value)} />
      </label>
      {problem !== null && (
        <p className="field__error" role="status">
          {problem}
        </p>
      )}
      {last !== null && mean !== null && (
        <>
          <p data-testid="sent-verdicts">
            <strong>{t('sent.last')}</strong> <span className="num ltr">{formatValue(last.pPositive, 2)}</span> ({verdict(last.pPositive)}) ·{' '}
            <strong>{t('sent.mean')}</strong> <span className="num ltr">{formatValue(mean.pPositive, 2)}</span> ({verdict(mean.pPositive)}) ·{' '}
            <strong>{t('sent.bow')}</strong> <span className="num ltr">{bowP === null ? '–' : formatValue(bowP, 2)}</span>
            {bowP !== null && ` (${verdict(bowP)})`}
          </p>
          {last.unknown.some(Boolean) && <p className="field__help">{t('sent.unkNote', { words: last.words.filter((_, k) => last.unknown[k]).join(', ') })}</p>}
          {data !== null && <ReadingChart data={data} label={t('sent.chartLabel', { n: last.words.length, h: last.hiddenSize })} />}
          <p className="field__help">{t('sent.legend')}</p>
          <div className="apps-table-wrap">
            <table data-testid="sent-running">
              <caption>{t('sent.runningCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sent.word')}</th>
                  <th scope="col">{t('sent.last')}</th>
                  <th scope="col">{t('sent.mean')}</th>
                </tr>
              </thead>
              <tbody>
                {last.words.map((w, k) => (
                  <tr key={k}>
                    <th scope="row" dir="auto">
                      {w}
                      {last.unknown[k] && <span className="apps-unk"> {'<UNK>'}</span>}
                    </th>
                    <td className="num ltr">{formatValue(last.running[k] ?? 0, 2)}</td>
                    <td className="num ltr">{formatValue(mean.running[k] ?? 0, 2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
