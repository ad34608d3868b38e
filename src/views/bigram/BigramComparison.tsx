import { useMemo } from 'react';
import { useT } from '../../i18n/useT.ts';
import { viewsBille } from '../../i18n/catalogues/views-bille.ts';
import { BILLE_VOCAB, BILLE_WORD } from '../bille/types.ts';
import { bigramCounts, bigramPredict, bigramTie, compareWithBigram } from './bigram.ts';
import { Verdict } from './Verdict.tsx';
import '../shared/views.css';
import './bigram.css';

export interface BigramComparisonProps {
  /** the RNN's most likely next letter at each generation step (null where unknown) */
  rnnPredictions: readonly (string | null)[] | null;
  word?: string;
  vocab?: readonly string[];
  /** 0-based step to outline, following the stepper */
  step?: number;
}

/** Bigram table of the word beside the RNN's predictions; the step where they differ is flagged. */
export function BigramComparison({ rnnPredictions, word = BILLE_WORD, vocab = BILLE_VOCAB, step }: BigramComparisonProps) {
  const t = useT(viewsBille);
  const table = useMemo(() => bigramCounts(word, vocab), [word, vocab]);
  const rows = useMemo(() => compareWithBigram(word, vocab, rnnPredictions), [word, vocab, rnnPredictions]);
  const present = vocab.filter((a) => table.counts[vocab.indexOf(a)]?.some((c) => c > 0));
  return (
    <section className="view-figure bg-view" aria-label={t('bigramTitle')}>
      <p className="view-caption bg-intro">{t('bigramIntro', { word })}</p>
      <div className="bg-tables">
        <table className="bg-table bg-counts">
          <caption>{t('bigramCaption', { word })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('countsCorner')}</th>
              {vocab.map((b) => <th key={b} scope="col" className="bg-letter">{b}</th>)}
              <th scope="col">{t('prediction')}</th>
            </tr>
          </thead>
          <tbody>
            {present.map((a) => (
              <tr key={a} className={bigramTie(table, a) ? 'is-tie' : undefined}>
                <th scope="row" className="bg-letter">{a}</th>
                {vocab.map((b) => {
                  const c = table.counts[vocab.indexOf(a)]?.[vocab.indexOf(b)] ?? 0;
                  return <td key={b} className={c > 0 ? 'has-count' : undefined}>{c}</td>;
                })}
                <td className="bg-letter bg-guess">{bigramPredict(table, a) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="bg-table bg-compare">
          <caption>{t('compareCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colStep')}</th>
              <th scope="col">{t('colInput')}</th>
              <th scope="col">{t('colTarget')}</th>
              <th scope="col">{t('colRnn')}</th>
              <th scope="col">{t('colBigram')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.step} className={[r.differ ? 'is-differ' : '', step === r.step - 1 ? 'is-current' : ''].join(' ').trim() || undefined} data-differ={r.differ || undefined}>
                <th scope="row" className="num">{r.step}</th>
                <td className="bg-letter">{r.input}</td>
                <td className="bg-letter">{r.target ?? '—'}</td>
                <td className="bg-letter"><Verdict letter={r.rnn} target={r.target} /></td>
                <td className="bg-letter">
                  {r.bigram === null ? <span className="bg-none">{t('noGuess')}</span> : <Verdict letter={r.bigram} target={r.target} />}
                  {r.differ ? <span className="bg-differ">{t(word === BILLE_WORD ? 'differ' : 'differWord')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* The bille note names its letters; any other word gets the general statement. */}
      <p className="view-caption">{t(word === BILLE_WORD ? 'tieNote' : 'tieNoteWord')}</p>
    </section>
  );
}
