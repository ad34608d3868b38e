import { useMemo, useState } from 'react';
import { useClientFactory } from '../../app/engine-context.ts';
import { prepareCorpus } from '../../engine/index.ts';
import { labLanguageCatalogue as cat } from '../../i18n/catalogues/lab-language.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { DEFAULT_SPEED, isSpeedLevel } from '../../state/speed.ts';
import { useStore } from '../../state/store.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { EngineTap } from '../bille/panels/EngineTap.tsx';
import { Formula } from '../shared/Formula.tsx';
import { LabFrame } from '../shared/LabFrame.tsx';
import { SettingsPanel } from '../shared/SettingsPanel.tsx';
import { RunShowCode } from '../shared/ShowCode.tsx';
import { TrainingControls } from '../shared/TrainingControls.tsx';
import { useLabParams, useSetParam } from '../shared/useLabParams.ts';
import { useLabRun } from '../shared/useLabRun.ts';
import { languageRunConfig, type CorpusName, type Level } from './config.ts';
import { FeedingSection } from './FeedingSection.tsx';
import { LanguageSettings } from './LanguageSettings.tsx';
import { ModelSection } from './ModelSection.tsx';
import { LANGUAGE_SCHEMA } from './params.ts';
import { PipelineSection } from './PipelineSection.tsx';
import { ScoreSection } from './ScoreSection.tsx';
import { useCorpus } from './useCorpus.ts';
import './language.css';

// #/lab/language: the text pipeline, a live language model by words or
// characters, temperature, scoring a sentence, and teacher forcing against
// free running, all on the real engine in the worker.

const TEX = String.raw`\begin{aligned} P(y_1 \dots y_T) &= \prod_{t=1}^{T} P(y_t \mid y_{<t}) \\ \hat y_t &= \mathrm{softmax}(W_{hy} h_t + b_y) = P(\,\cdot \mid y_{<t}) \\ L &= -\frac{1}{T}\sum_{t=1}^{T} \log \hat y_t[y_t] \\ \mathrm{perplexity} &= e^{L} \end{aligned}`;

export default function LanguagePage() {
  const p = useLabParams(LANGUAGE_SCHEMA);
  const [own, setOwn] = useState<string | null>(null);
  const shippedName: CorpusName = p.corpus === 'own' ? 'en' : (p.corpus as CorpusName);
  const shipped = useCorpus(shippedName);
  const text = p.corpus === 'own' && own !== null ? own : shipped.status === 'ok' ? shipped.text : null;
  const t = useT(cat);
  // The twins of the feeding section need engines of their own, not the tapped one.
  const factory = useClientFactory();
  if (text === null) {
    return (
      <p className="lang-waiting" role="status">
        {shipped.status === 'failed' ? t('corpus.failed') : t('corpus.loading')}
      </p>
    );
  }
  const lang: CorpusName = p.corpus === 'own' && own !== null ? 'en' : shippedName;
  return (
    <EngineTap>
      {(client) => <LanguageLab client={client} text={text} corpusName={lang} onOwnText={setOwn} factory={factory} own={p.corpus === 'own' && own !== null} />}
    </EngineTap>
  );
}

interface LabProps {
  client: EngineClient | null;
  text: string;
  corpusName: CorpusName;
  own: boolean;
  onOwnText: (s: string) => void;
  factory: () => EngineClient;
}

function LanguageLab({ client, text, corpusName, own, onOwnText, factory }: LabProps) {
  const t = useT(cat);
  const p = useLabParams(LANGUAGE_SCHEMA);
  const setParam = useSetParam();
  const hidden = useStore(selectHidden);
  const speed = isSpeedLevel(p.speed) ? p.speed : DEFAULT_SPEED;
  const level = p.level as Level;
  const config = useMemo(() => languageRunConfig(p, text), [p, text]);
  const { controller, buffer } = useLabRun(config, null, speed);
  // The same pure pipeline the worker runs, so the page knows the ids it will send.
  const check = useMemo(() => prepareCorpus(text, { level, ...(level === 'word' && { minCount: p.mincount }) }), [text, level, p.mincount]);
  const rtl = corpusName === 'ar' && !own;

  return (
    <LabFrame
      title={t('page.title')}
      intro={<p className="lab__lead">{t('page.intro')}</p>}
      formula={<Formula tex={TEX} label={t('page.formula')} />}
      onRestart={() => controller?.restart()}
      controls={
        <>
          <TrainingControls controller={controller} speed={speed} onSpeed={(s) => setParam('speed', s)} />
          <LanguageSettings p={p} onOwnText={onOwnText} corpus={check.ok ? check.corpus : null} />
        </>
      }
      settings={<SettingsPanel seed={p.seed} maxSeed={LANGUAGE_SCHEMA.seed.max} onSeed={(s) => setParam('seed', s)} hasSettings={false} />}
    >
      {check.ok && (
        <>
          <ModelSection client={client} buffer={buffer} corpus={check.corpus} corpusName={corpusName} rtl={rtl} temperature={p.temp} onTemperature={(v) => setParam('temp', v)} />
          {!hidden.includes('pipeline') && <PipelineSection key={corpusName} buffer={buffer} corpus={check.corpus} corpusName={corpusName} text={text} rtl={rtl} />}
          {!hidden.includes('scoring') && <ScoreSection key={`${corpusName}-score`} client={client} buffer={buffer} corpus={check.corpus} corpusName={corpusName} rtl={rtl} />}
          {!hidden.includes('feeding') && <FeedingSection factory={factory} p={p} text={text} corpus={check.corpus} rtl={rtl} />}
        </>
      )}
      {/* The "show the code" panel is mounted here. */}
      <RunShowCode config={config} buffer={buffer} fileName="language-weights.json" id="code" />
    </LabFrame>
  );
}
