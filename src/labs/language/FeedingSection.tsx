import { useEffect, useMemo, useState } from 'react';
import type { Values } from '../../app/url-state.ts';
import { decodeIds, EOS_ID, UNK_ID } from '../../engine/index.ts';
import type { Corpus } from '../../engine/index.ts';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';
import { selectTheme } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { LossChart } from '../../views/loss-chart/LossChart.tsx';
import { languageRunConfig } from './config.ts';
import type { LANGUAGE_SCHEMA } from './params.ts';
import { ask } from './request.ts';
import { Section } from './Section.tsx';
import { FEEDINGS, useFeedingRuns, type Feeding } from './useFeedingRuns.ts';

const BATCH = 300;
const PROMPT = { char: 12, word: 3 } as const;
const TRUTH = { char: 40, word: 12 } as const;

/** A prompt from the corpus and its true continuation: a sentence start whose prompt has no <UNK>. */
export function promptFromCorpus(corpus: Corpus): { prompt: number[]; truth: number[] } | null {
  const ids = corpus.ids;
  const k = PROMPT[corpus.level];
  let start = 0;
  let found = 0;
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] !== EOS_ID) continue;
    const sentence = Array.from(ids.subarray(start, i));
    start = i + 1;
    // The third suitable sentence: the first ones are often the shortest.
    if (sentence.length > k + 4 && !sentence.slice(0, k).includes(UNK_ID) && ++found === 3) {
      return { prompt: sentence.slice(0, k), truth: [...sentence.slice(k, k + TRUTH[corpus.level]), EOS_ID].slice(0, TRUTH[corpus.level]) };
    }
  }
  return null;
}

type Written = Record<Feeding, number[] | null>;

export function FeedingSection({ factory, p, text, corpus, rtl }: { factory: () => EngineClient; p: Values<typeof LANGUAGE_SCHEMA>; text: string; corpus: Corpus; rtl: boolean }) {
  const t = useT(cat);
  const configs = useMemo(() => ({ teacher: languageRunConfig(p, text, 'teacher'), free: languageRunConfig(p, text, 'free') }), [p, text]);
  const runs = useFeedingRuns(factory, configs);
  const pick = useMemo(() => promptFromCorpus(corpus), [corpus]);
  const [written, setWritten] = useState<Written>({ teacher: null, free: null });
  const busy = runs.state.teacher === 'running' || runs.state.free === 'running';
  const ready = runs.clients !== null && runs.state.teacher !== 'idle' && runs.state.free !== 'idle';
  const tokens = corpus.vocab.tokens;
  const promptText = pick ? decodeIds(pick.prompt, tokens, corpus.level) : '';

  // After each batch (and on a new run), both networks continue the prompt greedily.
  const { clients, settled } = runs;
  useEffect(() => {
    if (clients === null || pick === null) return;
    let live = true;
    for (const which of FEEDINGS) {
      ask(clients[which], { type: 'generate', prefix: promptText, length: pick.truth.length, temperature: 0 })
        .then((g) => live && setWritten((w) => ({ ...w, [which]: g.ids })))
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [clients, settled, pick, promptText]);

  return (
    <Section id="lang-feeding" title={t('feed.title')} look={t('feed.look')} tryIt={t('feed.try')} notice={t('feed.notice')}>
      <div className="run-buttons">
        <button type="button" className="btn btn--primary" disabled={!ready} onClick={() => (busy ? runs.pause() : runs.train(BATCH))}>
          {busy ? t('feed.pause') : t('feed.train', { n: BATCH })}
        </button>
        <button type="button" className="btn" disabled={!ready} onClick={() => runs.reset()}>
          {t('feed.reset')}
        </button>
      </div>
      <div className="lang-twins">
        {FEEDINGS.map((which) => (
          <Twin key={which} which={which} runs={runs} pick={pick} written={written[which]} corpus={corpus} promptText={promptText} rtl={rtl} />
        ))}
      </div>
    </Section>
  );
}

function Twin(p: { which: Feeding; runs: ReturnType<typeof useFeedingRuns>; pick: ReturnType<typeof promptFromCorpus>; written: number[] | null; corpus: Corpus; promptText: string; rtl: boolean }) {
  const t = useT(cat);
  const tc = useT(controlsCatalogue);
  const theme = useStore(selectTheme);
  const name = p.which === 'teacher' ? t('feed.teacher') : t('feed.free');
  const tokens = p.corpus.vocab.tokens;
  const dir = p.rtl ? 'rtl' : 'auto';
  const miss = p.written && p.pick ? p.written.findIndex((id, i) => id !== p.pick?.truth[i]) : -1;
  const sep = p.corpus.level === 'word' ? ' ' : '';
  return (
    <div className="lang-twin" data-testid={`twin-${p.which}`}>
      <h3 className="lang-sub">{name}</h3>
      <LossChart buffer={p.runs.buffers[p.which]} logScale={false} theme={theme} label={t('feed.lossDesc', { which: name })} labels={{ x: tc('axisStep'), y: tc('axisLoss'), empty: tc('lossChartEmpty') }} />
      {p.pick && (
        <dl className="lang-cont" dir={dir}>
          <dt>{t('feed.prompt')}</dt>
          <dd className="lang-text">{p.promptText}</dd>
          <dt>{t('feed.truth')}</dt>
          <dd className="lang-text">{p.pick.truth.map((id) => (id === EOS_ID ? '¶' : (tokens[id] ?? ''))).join(sep)}</dd>
          <dt>{t('feed.writes')}</dt>
          <dd className="lang-text" data-testid={`written-${p.which}`}>
            {p.written === null
              ? t('feed.waiting')
              : p.written.map((id, i) => (
                  <span key={i} className={i >= miss && miss >= 0 ? (i === miss ? 'lang-miss lang-miss--first' : 'lang-miss') : undefined}>
                    {(id === EOS_ID ? '¶' : (tokens[id] ?? '')) + (i < (p.written?.length ?? 0) - 1 ? sep : '')}
                  </span>
                ))}
          </dd>
        </dl>
      )}
      {p.written && <p className="field__help">{miss >= 0 ? t('feed.firstMistake', { n: miss + 1 }) : t('feed.noMistake', { n: p.written.length })}</p>}
    </div>
  );
}
