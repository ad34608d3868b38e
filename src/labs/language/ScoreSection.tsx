import { useEffect, useId, useRef, useState } from 'react';
import { cleanText, encodeTokens, EOS_ID, tokenise, UNK_ID } from '../../engine/index.ts';
import type { Corpus } from '../../engine/index.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { TEXTLM_LONGEST } from '../../worker/textlm-setup.ts';
import { SCORE_PAIR, type CorpusName } from './config.ts';
import { ask } from './request.ts';
import { tokenLabel } from './Sampling.tsx';
import { Section } from './Section.tsx';

/** While the network trains, the scores are refreshed at most this often. */
const REFRESH_MS = 1000;

interface Row {
  /** what the student typed (or <EOS>), and whether it reads as <UNK> */
  token: string;
  unk: boolean;
  logP: number;
}
export interface Scored {
  sentence: string;
  rows: Row[];
  logP: number;
}

/** A probability readable at any size: 0.0123, 4.5e-9. */
export function formatP(p: number): string {
  if (!(p > 0)) return '0';
  return p >= 1e-3 ? p.toPrecision(3) : p.toExponential(2);
}

/** The sentence's ids as the network reads it: <EOS> (start), its tokens, <EOS> (end). */
export function sentenceIds(sentence: string, corpus: Corpus): { ids: number[]; tokens: string[] } {
  const tokens = tokenise(cleanText(sentence), corpus.level);
  return { ids: [EOS_ID, ...encodeTokens(tokens, corpus.vocab)], tokens };
}

export function ScoreSection({ client, buffer, corpus, corpusName, rtl }: { client: EngineClient | null; buffer: TelemetryBuffer; corpus: Corpus; corpusName: CorpusName; rtl: boolean }) {
  const t = useT(cat);
  const idA = useId();
  const idB = useId();
  const [a, setA] = useState<string>(SCORE_PAIR[corpusName][0]);
  const [b, setB] = useState<string>(SCORE_PAIR[corpusName][1]);
  const [scores, setScores] = useState<[Scored, Scored] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const max = TEXTLM_LONGEST[corpus.level];

  const score = useRef<() => void>(() => undefined);
  score.current = () => {
    if (client === null) return;
    const parts = [a, b].map((s) => ({ s, ...sentenceIds(s, corpus) }));
    if (parts.some((q) => q.tokens.length === 0)) return setError(t('score.empty'));
    if (parts.some((q) => q.ids.length > max)) return setError(t('score.tooLong', { max: max - 2 }));
    setError(null);
    Promise.all(parts.map((q) => ask(client, { type: 'evaluate', ids: q.ids })))
      .then((answers) => {
        const out = answers.map((e, k): Scored => {
          const q = parts[k];
          const rows = Array.from(e.stepLogProbs, (lp, i) => {
            const id = q?.ids[i + 1] ?? EOS_ID;
            return { token: i < (q?.tokens.length ?? 0) ? (q?.tokens[i] ?? '') : '<EOS>', unk: id === UNK_ID, logP: lp };
          });
          return { sentence: q?.s ?? '', rows, logP: e.logProb };
        });
        const [x, y] = out;
        if (x && y) setScores([x, y]);
      })
      .catch((e: unknown) => setError(t('lm.failed', { message: e instanceof Error ? e.message : String(e) })));
  };

  // Once scored, the numbers follow the training (throttled).
  const scored = scores !== null;
  useEffect(() => {
    if (!scored) return undefined;
    let last = 0;
    let version = buffer.version;
    return buffer.subscribe(() => {
      const now = performance.now();
      if (buffer.version === version || now - last < REFRESH_MS) return;
      version = buffer.version;
      last = now;
      score.current();
    });
  }, [buffer, scored]);

  const ratio = scores ? Math.exp(scores[0].logP - scores[1].logP) : null;
  const [hi, lo] = scores && scores[0].logP >= scores[1].logP ? scores : scores ? [scores[1], scores[0]] : [null, null];
  return (
    <Section id="lang-score" title={t('score.title')} look={t('score.look')} tryIt={t('score.try')} notice={t('score.notice')}>
      <div className="lang-row">
        <div className="field">
          <label htmlFor={idA}>{t('score.a')}</label>
          <input id={idA} type="text" dir="auto" maxLength={200} value={a} onChange={(e) => setA(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={idB}>{t('score.b')}</label>
          <input id={idB} type="text" dir="auto" maxLength={200} value={b} onChange={(e) => setB(e.target.value)} />
        </div>
        <button type="button" className="btn btn--primary" disabled={client === null} onClick={() => score.current()}>
          {t('score.run')}
        </button>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {scores && hi && lo && ratio !== null && (
        <>
          <p className="lang-verdict" data-testid="score-verdict" role="status">
            {t('score.better', { a: hi.sentence, b: lo.sentence, r: formatP(Math.max(ratio, 1 / ratio)) })}
          </p>
          <div className="lang-score-grid">
            {scores.map((s, k) => (
              <ScoreTable key={k} s={s} rtl={rtl} />
            ))}
          </div>
        </>
      )}
    </Section>
  );
}

function ScoreTable({ s, rtl }: { s: Scored; rtl: boolean }) {
  const t = useT(cat);
  return (
    <div className="lang-scroll" data-testid="score-table">
      <table className="lang-table lang-score">
        <caption dir={rtl ? 'rtl' : 'auto'}>{t('score.caption', { s: s.sentence })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('score.colToken')}</th>
            <th scope="col">{t('score.colP')}</th>
            <th scope="col">{t('score.colLog')}</th>
          </tr>
        </thead>
        <tbody>
          {s.rows.map((r, i) => {
            const p = Math.exp(r.logP);
            return (
              <tr key={i} className={r.unk ? 'lang-unk' : undefined}>
                <th scope="row" dir="auto">
                  {tokenLabel(r.token)}
                  {r.unk && <span className="lang-unk__tag"> → {'<UNK>'}</span>}
                </th>
                <td>
                  <span className="lang-bar" aria-hidden="true">
                    <span style={{ inlineSize: `${Math.max(1, p * 100).toFixed(1)}%` }} />
                  </span>
                  <span className="ltr num">{formatP(p)}</span>
                </td>
                <td className="ltr num">{r.logP.toFixed(2)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={3} className="num" data-testid="score-total">
              {t('score.total', { p: formatP(Math.exp(s.logP)), lp: s.logP.toFixed(2) })}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
