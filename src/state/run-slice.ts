import type { StateCreator } from 'zustand';
import type { ModelSpec } from '../engine/api.ts';
import type { AppState } from './store.ts';

/**
 * Where the run is. 'starting' until the engine says it is ready; 'done' when
 * a fixed number of steps finished; 'failed' when the engine threw or died.
 */
export type RunPhase = 'starting' | 'ready' | 'training' | 'paused' | 'diverged' | 'failed';

/** What the status line says, as data: the line words it in the page's language. */
export type RunMessage =
  | { kind: 'starting' }
  | { kind: 'ready' }
  | { kind: 'training' }
  | { kind: 'paused'; step: number }
  | { kind: 'stepped'; step: number }
  | { kind: 'reset'; seed: number }
  | { kind: 'reconfigured' }
  | { kind: 'diverged'; step: number; reason: 'loss' | 'gradient' }
  | { kind: 'learned'; step: number; word: string }
  | { kind: 'failed' }
  | { kind: 'restarted' };

/** The numbers React shows; copied from the engine's frames a few times a second, never per frame. */
export interface RunReadout {
  step: number;
  /** null before the first update: never shown as NaN */
  loss: number | null;
  stepsPerSecond: number;
  /** what the network generates now, if the task has a start */
  sample: string | null;
}

export interface RunSlice {
  run: RunReadout & {
    phase: RunPhase;
    message: RunMessage;
    /** the engine's own words when it failed (shown in the error banner's details) */
    error: string | null;
    /** the task's vocabulary once the engine is ready */
    vocab: readonly string[] | null;
    /** the network the engine built, once it is ready (what "Show the code" writes out) */
    spec: ModelSpec | null;
    setPhase(phase: RunPhase, message?: RunMessage): void;
    publish(readout: RunReadout): void;
    /** what the engine announced when it became ready */
    setModel(model: { vocab: readonly string[] | null; spec: ModelSpec }): void;
    fail(error: string): void;
    /** back to step 0 (configure, reset, restart) */
    clear(phase: RunPhase, message: RunMessage): void;
  };
}

const EMPTY: RunReadout = { step: 0, loss: null, stepsPerSecond: 0, sample: null };

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set) => {
  const patch = (p: Partial<RunSlice['run']>) => set((s) => ({ run: { ...s.run, ...p } }));
  return {
    run: {
      ...EMPTY,
      phase: 'starting',
      message: { kind: 'starting' },
      error: null,
      vocab: null,
      spec: null,
      setPhase: (phase, message) => patch(message ? { phase, message } : { phase }),
      publish: (r) =>
        set((s) =>
          s.run.step === r.step &&
          s.run.loss === r.loss &&
          s.run.stepsPerSecond === r.stepsPerSecond &&
          s.run.sample === r.sample
            ? s
            : { run: { ...s.run, ...r } },
        ),
      setModel: ({ vocab, spec }) => patch({ vocab, spec }),
      fail: (error) => patch({ phase: 'failed', error, message: { kind: 'failed' } }),
      clear: (phase, message) => patch({ ...EMPTY, phase, message, error: null }),
    },
  };
};
