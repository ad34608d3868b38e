import { useId, useMemo, useState } from 'react';
import { batchOf, cleanText, encodeTokens, splitSentences, tokenise, UNK_ID } from '../../engine/index.ts';
import type { Corpus } from '../../engine/index.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import { EmbeddingMap } from '../../views/language-embedding/EmbeddingMap.tsx';
import { EmbeddingStrips } from '../../views/language-embedding/EmbeddingStrips.tsx';
import { TEXTLM_DEFAULTS } from '../../engine/index.ts';
import { RangeField } from '../shared/fields.tsx';
import { EXAMPLE_SENTENCE, type CorpusName } from './config.ts';
import { OneHot } from './OneHot.tsx';
import { tokenLabel } from './Sampling.tsx';
import { Section } from './Section.tsx';

/** Tokens drawn on the embedding map: the most frequent ones. */
const MAP_TOKENS = 40;
/** Vocabulary rows listed besides the specials and the sentence's own tokens. */
const VOCAB_ROWS = 12;

export interface PipelineProps {
  buffer: TelemetryBuffer;
  corpus: Corpus;
  corpusName: CorpusName;
  text: string;
  rtl: boolean;
}

/** A typed sentence through every stage of the pipeline, down to the embeddings the network is learning. */
export function PipelineSection({ buffer, corpus, corpusName, text, rtl }: PipelineProps) {
  const t = useT(cat);
  const inputId = useId();
  const level = corpus.level;
  const { vocab } = corpus;
  const [sentence, setSentence] = useState(EXAMPLE_SENTENCE[corpusName]);
  const [T, setT] = useState(level === 'char' ? 24 : 10);
  const cleaned = useMemo(() => cleanText(sentence), [sentence]);
  const tokens = useMemo(() => tokenise(cleaned, level), [cleaned, level]);
  const ids = useMemo(() => encodeTokens(tokens, vocab), [tokens, vocab]);
  const others = useMemo(() => splitSentences(text).slice(0, 2).map((s) => encodeTokens(tokenise(cleanText(s), level), vocab)), [text, level, vocab]);
  const batch = useMemo(() => batchOf([ids, ...others], T), [ids, others, T]);
  const shown = batch[0] ?? [];
  const shownTokens = shown.map((id) => tokenLabel(vocab.tokens[id] ?? '?'));
  const vocabRows = useMemo(() => {
    const set = new Set<number>([0, 1, 2, ...ids]);
    for (let k = 3; k < Math.min(vocab.tokens.length, 3 + VOCAB_ROWS); k++) set.add(k);
    return [...set].sort((a, b) => a - b);
  }, [ids, vocab]);
  const mapRows = useMemo(() => Array.from({ length: Math.min(MAP_TOKENS, vocab.tokens.length - 3) }, (_, k) => k + 3), [vocab]);
  const mapLabels = useMemo(() => mapRows.map((r) => tokenLabel(vocab.tokens[r] ?? '')), [mapRows, vocab]);
  const highlight = useMemo(() => new Set(ids), [ids]);
  const D = TEXTLM_DEFAULTS[level].embeddingDim;
  const N = batch.length;
  const dir = rtl ? 'rtl' : 'auto';

  return (
    <Section id="lang-pipeline" title={t('pipe.title')} look={t('pipe.look')} tryIt={t('pipe.try')} notice={t('pipe.notice')}>
      <div className="field">
        <label htmlFor={inputId}>{t('pipe.input')}</label>
        <input id={inputId} type="text" dir="auto" maxLength={200} value={sentence} onChange={(e) => setSentence(e.target.value)} aria-describedby={`${inputId}-help`} />
        <p id={`${inputId}-help`} className="field__help">
          {t('pipe.inputHelp')}
        </p>
      </div>
      <ol className="lang-stages">
        <li>
          <h3 className="lang-sub">{t('pipe.step1')}</h3>
          <p className="field__help">{t('pipe.step1Help')}</p>
          <p className="lang-text" dir={dir} data-testid="cleaned">
            {cleaned}
          </p>
        </li>
        <li>
          <h3 className="lang-sub">{t('pipe.step2')}</h3>
          <p className="field__help">{t('pipe.step2Help', { n: tokens.length })}</p>
          <ul className="lang-chips" dir={dir} data-testid="tokens">
            {tokens.map((tok, i) => (
              <li key={i} className={ids[i] === UNK_ID ? 'lang-chip lang-chip--unk' : 'lang-chip'} title={ids[i] === UNK_ID ? t('pipe.unk') : undefined}>
                {tokenLabel(tok)}
              </li>
            ))}
          </ul>
        </li>
        <li>
          <h3 className="lang-sub">{t('pipe.step3')}</h3>
          <p className="field__help">{t('pipe.step3Help', { size: vocab.tokens.length, min: vocab.minCount, dropped: vocab.dropped })}</p>
          <div className="lang-scroll">
            <table className="lang-table" data-testid="vocab">
              <thead>
                <tr>
                  <th scope="col">{t('pipe.colId')}</th>
                  <th scope="col">{t('pipe.colToken')}</th>
                  <th scope="col">{t('pipe.colCount')}</th>
                </tr>
              </thead>
              <tbody>
                {vocabRows.map((id) => (
                  <tr key={id} className={highlight.has(id) ? 'lang-row--hot' : undefined}>
                    <td className="ltr num">{id}</td>
                    <td dir="auto">{tokenLabel(vocab.tokens[id] ?? '')}</td>
                    <td className="ltr num">{id < 3 ? '—' : vocab.counts[id]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </li>
        <li>
          <h3 className="lang-sub">{t('pipe.step4')}</h3>
          <p className="field__help">{t('pipe.step4Help')}</p>
          <ol className="lang-chips" dir={dir} data-testid="ids">
            {ids.map((id, i) => (
              <li key={i} className={id === UNK_ID ? 'lang-chip lang-chip--unk' : 'lang-chip'}>
                <span className="lang-chip__tok">{i < tokens.length ? tokenLabel(tokens[i] ?? '') : '<EOS>'}</span>
                <span className="num">{id}</span>
                {id === UNK_ID && <span className="visually-hidden">{t('pipe.unk')}</span>}
              </li>
            ))}
          </ol>
          {tokens.some((_, i) => ids[i] === UNK_ID) && <p className="field__help">{'<UNK>'}: {t('pipe.unk')}</p>}
        </li>
        <li>
          <h3 className="lang-sub">{t('pipe.step5', { N, T })}</h3>
          <p className="field__help">{t('pipe.step5Help')}</p>
          <RangeField label={t('pipe.length')} min={2} max={level === 'char' ? 64 : 24} step={1} value={T} display={String(T)} numeric onChange={setT} />
          <div className="lang-scroll">
            <table className="lang-table lang-batch" dir="ltr" data-testid="batch">
              <caption>{t('pipe.batchCaption', { N, T })}</caption>
              <tbody>
                {batch.map((row, r) => (
                  <tr key={r}>
                    <th scope="row">{r === 0 ? t('pipe.rowYours') : t('pipe.rowCorpus', { n: r })}</th>
                    {row.map((id, c) => (
                      <td key={c} className={id === 0 ? 'num lang-pad' : id === UNK_ID ? 'num lang-unk' : 'num'} title={tokenLabel(vocab.tokens[id] ?? '')}>
                        {id}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {ids.length > T && <p className="field__help">{t('pipe.cut', { T })}</p>}
        </li>
        <li>
          <h3 className="lang-sub">{t('pipe.step6')}</h3>
          <OneHot ids={shown} labels={shownTokens} V={vocab.tokens.length} />
        </li>
        <li>
          <h3 className="lang-sub">{t('pipe.step7', { N, T, D })}</h3>
          <p className="field__help">{t('pipe.step7Help', { D })}</p>
          <EmbeddingStrips buffer={buffer} ids={shown} tokens={shownTokens} label={t('pipe.step7', { N: 1, T, D })} />
          <h3 className="lang-sub">{t('pipe.map')}</h3>
          <p className="field__help">{t('pipe.mapHelp', { n: mapRows.length })}</p>
          <EmbeddingMap buffer={buffer} rows={mapRows} labels={mapLabels} highlight={highlight} label={t('pipe.mapDesc', { n: mapRows.length })} />
        </li>
      </ol>
    </Section>
  );
}
