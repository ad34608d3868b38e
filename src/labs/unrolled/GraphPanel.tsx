import { useEffect, useRef, type ReactNode } from 'react';
import { labUnrolledCatalogue as cat } from '../../i18n/catalogues/lab-unrolled.ts';
import { useT } from '../../i18n/useT.ts';
import { useFrameLoop, type TelemetryBuffer } from '../../state/telemetry.ts';
import { UnrolledEquations, type EquationsHandle } from '../../views/equations/Equations.tsx';
import type { UnrolledGraphHandle } from '../../views/unrolled-graph/UnrolledGraphView.tsx';
import { UnrolledGraphView } from '../../views/unrolled-graph/UnrolledGraphView.tsx';
import type { UnrolledConfig, UnrolledFrame } from '../../views/unrolled-graph/types.ts';
import type { FrameEvent } from '../../worker/protocol.ts';
import type { ShapeExample } from '../../worker/shape-tasks.ts';
import { unrolledEquations } from '../../views/equations/tex.ts';
import { prerenderLines } from '../../views/equations/texCache.ts';
import { lastPosition, passPosition } from './pass.ts';
import { ExampleNote } from './ExampleNote.tsx';
import { oneHotInputs, unrolledFrame } from './frame.ts';
import type { PassTracker } from './tracker.ts';
import type { PassSnapshot } from './usePassPlayer.ts';

// The graph and its equations. Live, they follow the engine's latest frame
// in animation frames (never through React state); during the pass
// animation they show the snapshot, and only the step moves.

/**
 * KaTeX is the costly part of a frame: while the network trains (numbers
 * too quick to read anyway) the equations follow once a second.
 */
const EQUATION_INTERVAL_MS = 1000;

export interface GraphPanelProps {
  buffer: TelemetryBuffer;
  tracker: PassTracker | null;
  example: ShapeExample;
  config: UnrolledConfig;
  snapshot: PassSnapshot | null;
  /** the pass controls, above the graph */
  controls: ReactNode;
}

export function GraphPanel({ buffer, tracker, example, config, snapshot, controls }: GraphPanelProps) {
  const t = useT(cat);
  const graph = useRef<UnrolledGraphHandle | null>(null);
  const equations = useRef<EquationsHandle<UnrolledFrame> | null>(null);
  const source = useRef<HTMLParagraphElement | null>(null);
  const live = useRef({ example, x: oneHotInputs(example), snapshot, t, tracker });
  useEffect(() => {
    const x = live.current.example === example ? live.current.x : oneHotInputs(example);
    live.current = { example, x, snapshot, t, tracker };
  });

  // Equations: at most every EQUATION_INTERVAL_MS, and once more after the last frame.
  const eqTimer = useRef<{ at: number; timer: ReturnType<typeof setTimeout> | null; frame: UnrolledFrame | null }>({ at: -Infinity, timer: null, frame: null });
  useEffect(() => () => {
    const timer = eqTimer.current.timer;
    if (timer !== null) clearTimeout(timer);
  }, []);
  function showEquations(frame: UnrolledFrame | null): void {
    const e = eqTimer.current;
    e.frame = frame;
    if (e.timer !== null) return;
    const wait = e.at + EQUATION_INTERVAL_MS - performance.now();
    const fire = (): void => {
      e.timer = null;
      e.at = performance.now();
      // A live frame held back by the throttle must not replace the pass being animated.
      if (live.current.snapshot === null) equations.current?.update(e.frame);
    };
    if (wait <= 0) fire();
    else e.timer = setTimeout(fire, wait);
  }

  function drawLive(f: FrameEvent | null): void {
    const { example: ex, x, t: tr, tracker: tk } = live.current;
    const frame = f === null ? null : unrolledFrame(f.telemetry, ex, tk?.weightsFor(f) ?? null, x);
    graph.current?.update(frame);
    showEquations(frame);
    if (source.current) {
      source.current.textContent = frame === null || f === null ? tr('pass.liveEmpty') : tr('pass.live', { step: f.step });
      source.current.dataset['update'] = f === null ? '' : String(f.step);
      source.current.dataset['source'] = 'live';
    }
  }

  useFrameLoop((f) => {
    if (live.current.snapshot === null) drawLive(f);
  }, buffer);

  // While the animation waits on its first step, the equations of every other step are typeset in idle time.
  const { shape, cell, encoderSteps } = config;
  useEffect(() => {
    if (snapshot === null) return;
    const f = snapshot.frame;
    const T = f.steps;
    const batches = Array.from({ length: lastPosition(T) + 1 }, (_, p) => () => {
      const { mode, currentStep } = passPosition(p, T);
      return unrolledEquations(f, { shape, cell, mode, currentStep, ...(encoderSteps !== undefined && { encoderSteps }) }).lines.map((l) => l.tex);
    });
    return prerenderLines(batches);
  }, [snapshot, shape, cell, encoderSteps]);

  useEffect(() => {
    if (snapshot === null) {
      drawLive(buffer.frame);
      return;
    }
    const held = eqTimer.current.timer;
    if (held !== null) clearTimeout(held);
    eqTimer.current.timer = null;
    graph.current?.update(snapshot.frame);
    equations.current?.update(snapshot.frame);
    if (source.current) {
      source.current.textContent = t('pass.snapshot', { step: snapshot.step });
      source.current.dataset['update'] = String(snapshot.step);
      source.current.dataset['source'] = 'snapshot';
    }
    // drawLive reads only refs: the snapshot, the buffer and the language decide what is shown.
  }, [snapshot, buffer, t]);

  return (
    <>
      <section className="panel ur-graph" aria-labelledby="ur-graph-heading">
        <h2 id="ur-graph-heading" className="panel__title">
          {t('graph.heading')}
        </h2>
        {controls}
        <p ref={source} className="ur-source" data-testid="pass-source" />
        <UnrolledGraphView config={config} ref={graph} />
        <ExampleNote example={example} />
      </section>
      <section className="panel ur-equations" aria-labelledby="ur-eq-heading">
        <h2 id="ur-eq-heading" className="panel__title">
          {t('eq.heading')}
        </h2>
        <UnrolledEquations
          config={{
            shape: config.shape,
            cell: config.cell,
            mode: config.mode,
            currentStep: config.currentStep,
            ...(config.encoderSteps !== undefined && { encoderSteps: config.encoderSteps }),
          }}
          ref={equations}
        />
      </section>
    </>
  );
}
