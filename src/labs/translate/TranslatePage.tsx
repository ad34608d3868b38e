import { useMemo } from 'react';
import { translateTask } from '../../engine/index.ts';
import { labTranslateCatalogue as cat } from '../../i18n/catalogues/lab-translate.ts';
import { labsCatalogue } from '../../i18n/catalogues/labs.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { FULL_SPEED, isSpeedLevel } from '../../state/speed.ts';
import { useStore } from '../../state/store.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { EngineTap } from '../bille/panels/EngineTap.tsx';
import { Formula } from '../shared/Formula.tsx';
import { LabFrame } from '../shared/LabFrame.tsx';
import { LossPanel } from '../shared/LossPanel.tsx';
import { SettingsPanel } from '../shared/SettingsPanel.tsx';
import { frameWeights, ShowCode } from '../shared/ShowCode.tsx';
import { TrainingControls } from '../shared/TrainingControls.tsx';
import { useLabParams, useSetParam } from '../shared/useLabParams.ts';
import { useLabRun } from '../shared/useLabRun.ts';
import { translateCode, translateRunConfig, translateTaskConfig } from './config.ts';
import { TRANSLATE_SCHEMA } from './params.ts';
import { ScoreSection } from './ScoreSection.tsx';
import { TranslateSettings } from './TranslateSettings.tsx';
import { TrySection } from './TrySection.tsx';
import './translate.css';

// #/lab/translate: an encoder-decoder learns the app's small English-French
// corpus; the student types a sentence and follows the decoder step by step,
// sees the one vector it starts from, and where that vector runs out of room.

const TEX = String.raw`\begin{aligned} h_t &= f_{\mathrm{enc}}(x_t, h_{t-1}), \quad h_0 = 0 \\ s_0 &= h_S, \quad s_t = f_{\mathrm{dec}}(y_{t-1}, s_{t-1}), \quad y_0 = \langle\mathrm{bos}\rangle \\ \hat y_t &= \operatorname{softmax}(W s_t + b) \end{aligned}`;

export default function TranslatePage() {
  return <EngineTap>{(client) => <TranslateLab client={client} />}</EngineTap>;
}

function TranslateLab({ client }: { client: EngineClient | null }) {
  const t = useT(cat);
  const tl = useT(labsCatalogue);
  const p = useLabParams(TRANSLATE_SCHEMA);
  const setParam = useSetParam();
  const hidden = useStore(selectHidden);
  const speed = isSpeedLevel(p.speed) ? p.speed : FULL_SPEED;
  const config = useMemo(() => translateRunConfig(p), [p]);
  const taskConfig = useMemo(() => translateTaskConfig(p), [p]);
  // the same task the worker builds: the page tokenises and labels with it
  const task = useMemo(() => translateTask(taskConfig), [taskConfig]);
  const { controller, buffer } = useLabRun(config, null, speed);
  const code = useMemo(() => translateCode(taskConfig, config, task.sourceVocab.length, task.targetVocab.length), [taskConfig, config, task]);
  const srcLang = task.direction === 'en-fr' ? 'en' : 'fr';
  const tgtLang = task.direction === 'en-fr' ? 'fr' : 'en';

  return (
    <LabFrame
      title={tl('translate.title')}
      intro={<p className="lab__lead">{t('page.intro')}</p>}
      formula={<Formula tex={TEX} label={t('page.formula')} />}
      onRestart={() => controller?.restart()}
      controls={<TrainingControls controller={controller} speed={speed} onSpeed={(s) => setParam('speed', s)} />}
      settings={
        <SettingsPanel
          seed={p.seed}
          maxSeed={TRANSLATE_SCHEMA.seed.max}
          onSeed={(s) => setParam('seed', s)}
          hasSettings={['dir', 'cell', 'hidden', 'lr'].some((k) => !hidden.includes(k))}
        >
          <TranslateSettings p={p} />
        </SettingsPanel>
      }
    >
      <ScoreSection buffer={buffer} direction={task.direction} />
      <LossPanel buffer={buffer} />
      <TrySection key={task.direction} client={client} buffer={buffer} task={task} />
      <section className="panel" aria-labelledby="translate-neck-h" data-testid="translate-bottleneck">
        <h2 id="translate-neck-h" className="panel__title">
          {t('neck.title')}
        </h2>
        <p>{t('neck.body1')}</p>
        <p>{t('neck.body2')}</p>
      </section>
      <section className="panel" aria-labelledby="translate-vocab-h">
        <h2 id="translate-vocab-h" className="panel__title">
          {t('vocab.title')}
        </h2>
        <p className="field__help">{t('corpus.note')}</p>
        <h3 className="translate-sub">{t('vocab.source', { n: task.sourceVocab.length })}</h3>
        <p className="translate-vocab" lang={srcLang} dir="ltr" data-testid="translate-vocab-source">
          {task.sourceVocab.join(' · ')}
        </p>
        <h3 className="translate-sub">{t('vocab.target', { n: task.targetVocab.length })}</h3>
        <p className="translate-vocab" lang={tgtLang} dir="ltr">
          {task.targetVocab.join(' · ')}
        </p>
      </section>
      <ShowCode
        code={code}
        fileName={`translate-${task.direction}-weights.json`}
        weights={() => frameWeights(buffer)}
        id="code"
      />
    </LabFrame>
  );
}
