import { useCallback, useEffect, useRef, useState } from 'react';
import { useClientFactory } from '../../../app/engine-context.ts';
import type { CellKind } from '../../../engine/index.ts';
import { FORECAST_DEFAULTS, FORECAST_TRAINING } from '../../../engine/index.ts';
import type { EngineClient } from '../../../worker/client-base.ts';
import type { ForecastReadout, RunConfig } from '../../../worker/protocol.ts';

// Cross-validation on one engine: fold after fold, configure fresh networks on
// that fold's training span, train the budget, keep the test errors of the
// final frame, go on. The last fold's networks stay for the drawings. The
// readout (a few hundred numbers) reaches React state at most every 250 ms.

export const FOLDS = FORECAST_DEFAULTS.folds;
const THROTTLE_MS = 250;

export interface FoldResult {
  recurrent: number;
  dense: number;
  recurrentNext: number;
  denseNext: number;
}

export interface ForecastCv {
  ready: boolean;
  /** the fold training now, or null */
  running: number | null;
  step: number;
  results: (FoldResult | null)[];
  readout: ForecastReadout | null;
  error: string | null;
  run(): void;
  stop(): void;
}

export function forecastRunConfig(seed: number, lr: number, cell: CellKind, fold: number): RunConfig {
  return {
    task: { kind: 'forecast', dataSeed: seed, cell, hiddenSize: FORECAST_TRAINING.hiddenSize, fold, denseLr: lr },
    seed,
    init: { kind: 'pytorch' },
    optimizer: { name: 'adam', lr },
    clip: { kind: 'norm', maxNorm: 5 },
  };
}

export function useForecastCv(seed: number, lr: number, cell: CellKind, updates: number): ForecastCv {
  const factory = useClientFactory();
  const [client, setClient] = useState<EngineClient | null>(null);
  const [ready, setReady] = useState(false);
  const [running, setRunning] = useState<number | null>(null);
  const [step, setStep] = useState(0);
  const [results, setResults] = useState<(FoldResult | null)[]>(() => Array.from({ length: FOLDS }, () => null));
  const [readout, setReadout] = useState<ForecastReadout | null>(null);
  const [error, setError] = useState<string | null>(null);
  // the cross-validation's progress, read by the event handler (not React state: it must be current at once)
  const cv = useRef<{ fold: number | null; latest: ForecastReadout | null }>({ fold: null, latest: null });
  const settings = useRef({ seed, lr, cell, updates });
  settings.current = { seed, lr, cell, updates };

  useEffect(() => {
    const c = factory();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    let latestStep = 0;
    const flush = () => {
      timer = null;
      last = performance.now();
      setReadout(cv.current.latest);
      setStep(latestStep);
    };
    const configure = (fold: number) => {
      const s = settings.current;
      c.send({ type: 'configure', config: forecastRunConfig(s.seed, s.lr, s.cell, fold) });
    };
    const off = c.subscribe((e) => {
      const fold = cv.current.fold;
      if (e.type === 'ready') {
        setReady(true);
        if (fold !== null) c.send({ type: 'train', train: { mode: 'steps', steps: settings.current.updates } });
      } else if (e.type === 'frame') {
        if (e.readout?.kind === 'forecast') cv.current.latest = e.readout;
        latestStep = e.step;
        if (timer === null) timer = setTimeout(flush, Math.max(0, last + THROTTLE_MS - performance.now()));
      } else if (e.type === 'status' && e.state === 'done' && fold !== null) {
        // the status comes before the final frame: take the errors from that frame, once it is here
        const once = c.subscribe((f) => {
          // a frame whose readout was computed at the final update (the dense net steps in lockstep)
          if (f.type !== 'frame' || f.readout?.kind !== 'forecast' || f.readout.denseStep !== f.step) return;
          once();
          const [recurrent = NaN, dense = NaN, recurrentNext = NaN, denseNext = NaN] = f.readout.errors;
          setResults((r) => r.map((x, i) => (i === fold ? { recurrent, dense, recurrentNext, denseNext } : x)));
          const next = fold + 1 < FOLDS ? fold + 1 : null;
          cv.current.fold = next;
          setRunning(next);
          if (next !== null) configure(next);
        });
      } else if (e.type === 'failed' || e.type === 'diverged') {
        cv.current.fold = null;
        setRunning(null);
        setError(e.type === 'failed' ? e.message : `diverged at update ${e.step}`);
      }
    });
    setClient(c);
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
      c.terminate();
    };
  }, [factory]);

  // new settings: untrained networks on the last fold, and no results
  useEffect(() => {
    if (client === null) return;
    cv.current = { fold: null, latest: null };
    setRunning(null);
    setError(null);
    setReadout(null);
    setResults(Array.from({ length: FOLDS }, () => null));
    client.send({ type: 'configure', config: forecastRunConfig(seed, lr, cell, FOLDS - 1) });
  }, [client, seed, lr, cell]);

  const run = useCallback(() => {
    if (client === null) return;
    const s = settings.current;
    cv.current = { fold: 0, latest: null };
    setResults(Array.from({ length: FOLDS }, () => null));
    setError(null);
    setRunning(0);
    client.send({ type: 'configure', config: forecastRunConfig(s.seed, s.lr, s.cell, 0) });
  }, [client]);

  const stop = useCallback(() => {
    cv.current.fold = null;
    setRunning(null);
    client?.send({ type: 'pause' });
  }, [client]);

  return { ready, running, step, results, readout, error, run, stop };
}
