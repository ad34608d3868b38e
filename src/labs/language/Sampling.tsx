import { useEffect, useId, useRef, useState } from 'react';
import type { Corpus } from '../../engine/index.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';
import { SoftmaxChart } from '../../views/language-softmax/SoftmaxChart.tsx';
import type { SoftmaxData } from '../../views/language-softmax/softmaxChart.ts';
import { atTemperature, topK } from '../../views/language-softmax/temperature.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { RangeField } from '../shared/fields.tsx';
import { ask } from './request.ts';

const LENGTH = { char: 120, word: 30 } as const;
const TEMPS = [0.5, 1, 2];
const TOP = 8;

export function tokenLabel(tok: string): string {
  return tok === ' ' ? '␣' : tok;
}

/**
 * Sampling after a prompt at the chosen temperature. The random stream is
 * fixed per press of Sample, so moving the slider re-draws with the same
 * random numbers: what changes is the temperature alone.
 */
export function Sampling(p: { client: EngineClient | null; corpus: Corpus; prompt: string; temperature: number; onTemperature: (v: number) => void; rtl: boolean }) {
  const t = useT(cat);
  const id = useId();
  const [prompt, setPrompt] = useState(p.prompt);
  const [seed, setSeed] = useState<number | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [dist, setDist] = useState<SoftmaxData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const level = p.corpus.level;
  const showTemp = !useStore(selectHidden).includes('temp');
  const tokens = p.corpus.vocab.tokens;
  const latest = useRef({ prompt, temperature: p.temperature });
  latest.current = { prompt, temperature: p.temperature };

  const draw = (s: number) => {
    const c = p.client;
    if (c === null) return;
    const { prompt: pr, temperature } = latest.current;
    setError(null);
    ask(c, { type: 'generate', prefix: pr, length: LENGTH[level], temperature, seed: s })
      .then((g) => setText(g.text))
      .catch((e: unknown) => setError(t('lm.failed', { message: e instanceof Error ? e.message : String(e) })));
    // The next-token distribution after the prompt at T = 1; the other temperatures follow in closed form.
    ask(c, { type: 'generate', prefix: pr, length: 1, temperature: 0 })
      .then((g) => {
        const pk = g.probs;
        const top = topK(pk, TOP);
        const at = TEMPS.map((T) => atTemperature(pk, T));
        setDist({ tokens: top.map((k) => tokenLabel(tokens[k] ?? '?')), temperatures: TEMPS, probs: at.map((row) => top.map((k) => row[k] ?? 0)) });
      })
      .catch(() => undefined);
  };

  // A new temperature re-draws the last sample with the same random numbers.
  useEffect(() => {
    if (seed !== null) draw(seed);
  }, [p.temperature]);

  return (
    <div className="lang-sampling">
      <h3 className="lang-sub">{t('lm.sampling')}</h3>
      <div className="lang-row">
        <div className="field">
          <label htmlFor={id}>{t('lm.prompt')}</label>
          <input id={id} type="text" dir="auto" maxLength={40} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
        </div>
        {showTemp && (
          <RangeField
            label={t('lm.temperature')}
            min={0.1}
            max={3}
            step={0.1}
            value={p.temperature}
            display={p.temperature.toFixed(1)}
            numeric
            help={t('lm.tempHelp')}
            onChange={(v) => p.onTemperature(Number(v.toFixed(1)))}
          />
        )}
        <button
          type="button"
          className="btn btn--primary"
          disabled={p.client === null}
          onClick={() => {
            const s = Math.floor(Math.random() * 1e9);
            setSeed(s);
            draw(s);
          }}
        >
          {t('lm.sample')}
        </button>
      </div>
      <p className="lang-label">{t('lm.sampled')}</p>
      <p className="lang-text" data-testid="sampled" dir={p.rtl ? 'rtl' : 'auto'}>
        {text ?? t('lm.sampleEmpty')}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <h3 className="lang-sub">{t('lm.softmax')}</h3>
      <p className="field__help">{t('lm.softmaxHelp', { n: TOP })}</p>
      {dist ? (
        <SoftmaxChart data={dist} label={t('lm.softmaxDesc', { n: dist.tokens.length })} caption={t('lm.tableCaption', { n: dist.tokens.length })} />
      ) : (
        <p className="field__help">{t('lm.softmaxEmpty')}</p>
      )}
    </div>
  );
}
