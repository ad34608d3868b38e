import { useMemo } from 'react';
import { labsCatalogue } from '../../i18n/catalogues/labs.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { DEFAULT_SPEED, isSpeedLevel } from '../../state/speed.ts';
import { useStore } from '../../state/store.ts';
import { Formula } from '../shared/Formula.tsx';
import { LossPanel } from '../shared/LossPanel.tsx';
import { LabFrame } from '../shared/LabFrame.tsx';
import { SettingsPanel } from '../shared/SettingsPanel.tsx';
import { RunShowCode } from '../shared/ShowCode.tsx';
import { TrainingControls } from '../shared/TrainingControls.tsx';
import { useLabParams, useSetParam } from '../shared/useLabParams.ts';
import { useLabRun } from '../shared/useLabRun.ts';
import { billeRunConfig, lettersOf } from './config.ts';
import { BilleSettings } from './BilleSettings.tsx';
import { GeneratedWord } from './GeneratedWord.tsx';
import { BILLE_SCHEMA } from './params.ts';
import { BillePanels } from './panels/BillePanels.tsx';
import { CapacityNote } from './panels/CapacityNote.tsx';
import { EngineTap } from './panels/EngineTap.tsx';
import type { EngineClient } from '../../worker/client-base.ts';

const TEX = String.raw`\begin{aligned} h_t &= \tanh\left(W_{xh}\,x_t + W_{hh}\,h_{t-1} + b_h\right) \\ \hat y_t &= \operatorname{softmax}\left(W_{hy}\,h_t + b_y\right) \end{aligned}`;

/** The lab, under a tap on the engine client: its panels ask the training network for forward passes. */
export default function BillePage() {
  return <EngineTap>{(client) => <BilleLab client={client} />}</EngineTap>;
}

function BilleLab({ client }: { client: EngineClient | null }) {
  const t = useT(labsCatalogue);
  const p = useLabParams(BILLE_SCHEMA);
  const setParam = useSetParam();
  const hidden = useStore(selectHidden);
  const vocab = useStore((s) => s.run.vocab);
  const speed = isSpeedLevel(p.speed) ? p.speed : DEFAULT_SPEED;
  const config = useMemo(() => billeRunConfig(p), [p]);
  const { controller, buffer } = useLabRun(config, p.word, speed);
  // Isolated left-to-right, or an Arabic sentence reorders the comma-separated letters.
  const letters = `\u2066${(vocab ?? lettersOf(p.word)).join(', ')}\u2069`;

  return (
    <LabFrame
      title={t('bille.title')}
      intro={<p className="lab__lead">{t('bille.intro', { word: p.word, vocab: letters })}</p>}
      formula={<Formula tex={TEX} label={t('bille.formula')} />}
      onRestart={() => controller?.restart()}
      controls={<TrainingControls controller={controller} speed={speed} onSpeed={(s) => setParam('speed', s)} />}
      settings={
        <SettingsPanel
          seed={p.seed}
          maxSeed={BILLE_SCHEMA.seed.max}
          onSeed={(s) => setParam('seed', s)}
          hasSettings={['lr', 'clip', 'hidden', 'word'].some((k) => !hidden.includes(k))}
        >
          <BilleSettings lr={p.lr} clip={p.clip} hiddenSize={p.hidden} word={p.word} />
        </SettingsPanel>
      }
    >
      <GeneratedWord target={p.word} />
      <CapacityNote word={p.word} hiddenSize={p.hidden} />
      <LossPanel buffer={buffer} />
      <BillePanels client={client} buffer={buffer} word={p.word} vocab={vocab} />
      <RunShowCode config={config} buffer={buffer} fileName="bille-weights.json" />
    </LabFrame>
  );
}
