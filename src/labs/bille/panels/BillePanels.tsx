import { useEffect, useRef, useState } from 'react';
import { labBilleCatalogue as cat } from '../../../i18n/catalogues/lab-bille.ts';
import { useT } from '../../../i18n/useT.ts';
import type { TelemetryBuffer } from '../../../state/telemetry.ts';
import { BigramComparison } from '../../../views/bigram/BigramComparison.tsx';
import type { BilleFrame } from '../../../views/bille/types.ts';
import { BilleEquations, type EquationsHandle } from '../../../views/equations/Equations.tsx';
import { GenerationStepper, type GenerationStepperHandle } from '../../../views/generation-stepper/GenerationStepper.tsx';
import { useSourceFrames } from '../../../views/gradients/common/useSource.ts';
import { HiddenTrajectory, type HiddenTrajectoryHandle } from '../../../views/trajectory/HiddenTrajectory.tsx';
import { trajectoryFromBille } from '../../../views/trajectory/trajectory.ts';
import type { EngineClient } from '../../../worker/client-base.ts';
import { teacherForcedPredictions } from './greedy.ts';
import { useGreedyGeneration } from './useGreedyGeneration.ts';
import './bille-panels.css';

// Inside the bille network: the greedy generation step by step with its
// equations, the bigram table that fails where memory is needed, and the
// hidden states the letters lead to. Every number is the worker's.

/**
 * KaTeX is the costly part of a frame: while the network trains (numbers
 * too quick to read anyway) the equations follow once a second.
 */
const EQUATION_INTERVAL_MS = 1000;

export interface BillePanelsProps {
  client: EngineClient | null;
  buffer: TelemetryBuffer;
  word: string;
  vocab: readonly string[] | null;
}

/** The RNN's teacher-forced predictions, kept in React state only when the letters change. */
function usePredictions(buffer: TelemetryBuffer, word: string, vocab: readonly string[] | null): (string | null)[] | null {
  const [predictions, setPredictions] = useState<(string | null)[] | null>(null);
  useEffect(() => {
    let shown = '';
    const read = (): void => {
      const f = buffer.frame;
      const next = f === null || vocab === null ? null : teacherForcedPredictions(f.telemetry, word, vocab);
      const key = next === null ? '' : next.map((l) => l ?? '·').join('');
      if (key === shown) return;
      shown = key;
      setPredictions(next);
    };
    read();
    return buffer.subscribe(read);
  }, [buffer, word, vocab]);
  return predictions;
}

export function BillePanels({ client, buffer, word, vocab }: BillePanelsProps) {
  const t = useT(cat);
  const letters = Array.from(word);
  const L = letters.length;
  const [step, setStep] = useState(0);
  const source = useGreedyGeneration(client, buffer, word, vocab);
  const predictions = usePredictions(buffer, word, vocab);
  const stepper = useRef<GenerationStepperHandle | null>(null);
  const equations = useRef<EquationsHandle<BilleFrame> | null>(null);
  const trajectory = useRef<HiddenTrajectoryHandle | null>(null);
  const eq = useRef<{ at: number; timer: ReturnType<typeof setTimeout> | null }>({ at: -Infinity, timer: null });
  const [ready, setReady] = useState(false);
  useEffect(() => () => {
    if (eq.current.timer !== null) clearTimeout(eq.current.timer);
  }, []);

  useSourceFrames(source, ({ frame }) => {
    stepper.current?.update(frame);
    trajectory.current?.update(frame === null ? null : trajectoryFromBille(frame));
    setReady(frame !== null);
    const e = eq.current;
    if (e.timer !== null) return;
    const fire = (): void => {
      e.timer = null;
      e.at = performance.now();
      equations.current?.update(source.read()?.frame ?? null);
    };
    const wait = e.at + EQUATION_INTERVAL_MS - performance.now();
    if (wait <= 0) fire();
    else e.timer = setTimeout(fire, wait);
  });

  const shownStep = Math.min(step, L - 1);
  return (
    <>
      <section className="panel bille-panel" aria-labelledby="bille-stepper-heading" data-testid="bille-stepper">
        <h2 id="bille-stepper-heading" className="panel__title">
          {t('stepper.heading')}
        </h2>
        <p className="panel__help">{t('stepper.intro', { first: letters[0] ?? '' })}</p>
        {!ready && <p className="bille-panel__waiting">{t('stepper.waiting')}</p>}
        <GenerationStepper steps={L} step={shownStep} onStepChange={setStep} ref={stepper} />
        <BilleEquations step={shownStep} ref={equations} />
      </section>
      <section className="panel bille-panel" aria-labelledby="bille-memory-heading" data-testid="bille-memory">
        <h2 id="bille-memory-heading" className="panel__title">
          {t('memory.heading')}
        </h2>
        {vocab !== null && <BigramComparison word={word} vocab={vocab} rnnPredictions={predictions} step={shownStep} />}
        <p className="panel__help">{t('memory.rnn')}</p>
      </section>
      <section className="panel bille-panel" aria-labelledby="bille-trajectory-heading" data-testid="bille-trajectory">
        <h2 id="bille-trajectory-heading" className="panel__title">
          {t('trajectory.heading')}
        </h2>
        <p className="panel__help">{t('trajectory.intro')}</p>
        <HiddenTrajectory ref={trajectory} />
      </section>
    </>
  );
}
