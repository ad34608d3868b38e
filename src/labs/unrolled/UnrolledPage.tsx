import { useCallback, useEffect, useMemo, useState } from 'react';
import { labUnrolledCatalogue as cat } from '../../i18n/catalogues/lab-unrolled.ts';
import { labsCatalogue } from '../../i18n/catalogues/labs.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { isSpeedLevel } from '../../state/speed.ts';
import { useStore } from '../../state/store.ts';
import type { PassMode, UnrolledConfig } from '../../views/unrolled-graph/types.ts';
import { shapeExample } from '../../worker/shape-tasks.ts';
import { Formula } from '../shared/Formula.tsx';
import { LabFrame } from '../shared/LabFrame.tsx';
import { SettingsPanel } from '../shared/SettingsPanel.tsx';
import { TrainingControls } from '../shared/TrainingControls.tsx';
import { useLabParams, useSetParam } from '../shared/useLabParams.ts';
import { useLabRun } from '../shared/useLabRun.ts';
import { asCell, asShape, unrolledRunConfig } from './config.ts';
import { GraphPanel } from './GraphPanel.tsx';
import { LossPanel } from '../shared/LossPanel.tsx';
import { LearningRate, NetworkSettings } from './NetworkSettings.tsx';
import { UNROLLED_SCHEMA } from './params.ts';
import { PassControls } from './PassControls.tsx';
import { trackPasses, type PassTracker } from './tracker.ts';
import { usePassPlayer } from './usePassPlayer.ts';
import './unrolled.css';

// #/lab/unrolled: one recurrent network drawn rolled and unrolled, trained
// live in the worker on one example of the chosen task shape, with one of
// its updates played forward and backward, step by step.

// Three short rows, so that the formula fits a phone without scrolling.
const TEX = String.raw`\begin{aligned} a_t &= W_{xh}\,x_t + W_{hh}\,h_{t-1} + b, & h_t &= \tanh(a_t) \\ o_t &= W_{hy}\,h_t + c, & \hat y_t &= \operatorname{softmax}(o_t) \\ L &= \textstyle\sum_t L_t \end{aligned}`;

export default function UnrolledPage() {
  const t = useT(cat);
  const tl = useT(labsCatalogue);
  const p = useLabParams(UNROLLED_SCHEMA);
  const setParam = useSetParam();
  const hidden = useStore(selectHidden);
  const speed = isSpeedLevel(p.speed) ? p.speed : UNROLLED_SCHEMA.speed.default;
  const config = useMemo(() => unrolledRunConfig(p), [p]);
  const { controller, buffer } = useLabRun(config, null, speed);
  const [tracker, setTracker] = useState<PassTracker | null>(null);
  useEffect(() => {
    const tr = trackPasses(buffer);
    setTracker(tr);
    return tr.dispose;
  }, [buffer]);

  const shape = asShape(p.shape);
  const cell = asCell(p.cell);
  const example = useMemo(() => shapeExample(shape, p.steps), [shape, p.steps]);
  const mode: PassMode = p.mode === 'backward' ? 'backward' : 'forward';
  const onMode = useCallback((m: PassMode) => setParam('mode', m), [setParam]);
  const onSpeed = useCallback((v: number) => setParam('speed', v), [setParam]);
  const player = usePassPlayer({ controller, buffer, tracker, example, mode, pace: p.pace, onMode });
  const rolled = p.view === 'rolled';
  const { mode: shownMode, currentStep } = player.position;
  // One object per change: the graph repaints whenever it receives a new one.
  const viewConfig = useMemo<UnrolledConfig>(
    () => ({
      mode: shownMode,
      shape,
      cell,
      rolled,
      steps: example.steps,
      currentStep,
      ...(shape === 'encoder-decoder' && { encoderSteps: example.encoderSteps }),
    }),
    [shownMode, shape, cell, rolled, example, currentStep],
  );

  return (
    <LabFrame
      title={tl('unrolled.title')}
      intro={<p className="lab__lead">{t('intro')}</p>}
      formula={<Formula tex={TEX} label={t('formula')} />}
      onRestart={() => controller?.restart()}
      controls={
        <>
          <TrainingControls controller={controller} speed={speed} onSpeed={onSpeed} />
          <NetworkSettings p={p} />
        </>
      }
      settings={
        <SettingsPanel seed={p.seed} maxSeed={UNROLLED_SCHEMA.seed.max} onSeed={(s) => setParam('seed', s)} hasSettings={!hidden.includes('lr')}>
          {!hidden.includes('lr') && <LearningRate lr={p.lr} />}
        </SettingsPanel>
      }
    >
      <GraphPanel
        buffer={buffer}
        tracker={tracker}
        example={example}
        config={viewConfig}
        snapshot={player.snapshot}
        controls={
          !hidden.includes('pass') && (
            <PassControls
              player={player}
              steps={example.steps}
              pace={p.pace}
              onPace={(v) => setParam('pace', v)}
              rolled={rolled}
              onRolled={(r) => setParam('view', r ? 'rolled' : 'unrolled')}
            />
          )
        }
      />
      <LossPanel buffer={buffer} className="ur-loss" />
    </LabFrame>
  );
}

