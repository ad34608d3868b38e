// Drives one lab's run: turns the training controls into engine commands and
// the engine's events into store updates. Frames go to the telemetry buffer,
// which views read in their own animation frames; only the few numbers React
// shows are copied into the store, through the buffer's throttled summary.

import type { EngineClient } from '../worker/client-base.ts';
import type { Event as EngineEvent, LiveHyperParams, RunConfig } from '../worker/protocol.ts';
import { paceOf, type SpeedLevel } from './speed.ts';
import type { RunMessage } from './run-slice.ts';
import { useStore } from './store.ts';
import type { TelemetryBuffer, TelemetrySummary } from './telemetry.ts';

export interface RunControllerOptions {
  client: EngineClient;
  /** where frames go: the buffer the lab's views read */
  buffer: TelemetryBuffer;
  /** least time between two copies into the store; default 250 ms (4 a second) */
  publishMs?: number;
}

export interface RunController {
  /** builds a new run (a new network from the config's seed), paused at step 0; `target` is the word that counts as learned */
  configure(config: RunConfig, target?: string | null): void;
  train(): void;
  pause(): void;
  step(): void;
  /** the same run again from step 0: same seed, same losses */
  reset(): void;
  /** learning rate or clipping, applied from the next update without rebuilding */
  setLive(params: LiveHyperParams): void;
  setSpeed(level: SpeedLevel): void;
  /** a fresh engine with the same configuration, after a failure */
  restart(): void;
  dispose(): void;
}

type Pending = 'initial' | 'configure' | 'reset' | 'restart' | 'step' | null;

export function createRunController(options: RunControllerOptions): RunController {
  const { client, buffer } = options;
  const run = () => useStore.getState().run;

  let target: string | null = null;
  let speed: SpeedLevel = 5;
  let training = false;
  let ticker: ReturnType<typeof setInterval> | null = null;
  let pending: Pending = null;
  let learnedAnnounced = false;
  let seed = 0;
  let disposed = false;

  // Steps per second measured here, between two copies into the store: the
  // engine's own figure only covers continuous training, not paced speeds.
  let rateFrom: { step: number; time: number } | null = null;
  let rate = 0;

  function measureRate(step: number): number {
    if (!training) {
      rateFrom = null;
      return 0;
    }
    const time = performance.now();
    if (rateFrom !== null && time > rateFrom.time && step >= rateFrom.step) {
      rate = ((step - rateFrom.step) * 1000) / (time - rateFrom.time);
    }
    rateFrom = { step, time };
    return rate;
  }

  function publish(s: TelemetrySummary | null): void {
    if (s === null || disposed || s.runId !== client.runId) return;
    run().publish({ step: s.step, loss: s.loss, stepsPerSecond: measureRate(s.step), sample: s.sample });
    if (!learnedAnnounced && target !== null && s.sample === target && s.step > 0) {
      learnedAnnounced = true;
      run().setPhase(run().phase, { kind: 'learned', step: s.step, word: target });
    }
  }

  function stopTicker(): void {
    if (ticker !== null) clearInterval(ticker);
    ticker = null;
  }

  function startTraining(): void {
    stopTicker();
    const pace = paceOf(speed);
    if (pace === null) {
      client.send({ type: 'train', train: { mode: 'continuous' } });
      return;
    }
    const tick = () => client.send({ type: 'train', train: { mode: 'steps', steps: pace.steps } });
    tick();
    ticker = setInterval(tick, pace.intervalMs);
  }

  function stopTraining(): void {
    training = false;
    rate = 0;
    rateFrom = null;
    stopTicker();
  }

  function readyMessage(): RunMessage {
    switch (pending) {
      case 'reset':
        return { kind: 'reset', seed };
      case 'restart':
        return { kind: 'restarted' };
      case 'configure':
        return { kind: 'reconfigured' };
      default:
        return { kind: 'ready' };
    }
  }

  function onEvent(event: EngineEvent): void {
    if (disposed) return;
    switch (event.type) {
      case 'ready':
        run().setModel(event.model);
        run().clear('ready', readyMessage());
        pending = null;
        return;
      case 'frame':
        buffer.push(event);
        // Outside training frames are rare (ready, Step, Pause): show them at once
        // rather than up to publishMs later.
        if (!training) publish(buffer.summary);
        return;
      case 'status':
        if (event.state === 'running' && training) run().setPhase('training');
        else if (event.state === 'paused' && pending === 'step') {
          pending = null;
          run().setPhase('paused', { kind: 'stepped', step: event.step });
        } else if (event.state === 'paused' && !training && run().phase === 'paused') {
          // The engine finishes its current chunk before it pauses: this is the step it stopped at.
          run().setPhase('paused', { kind: 'paused', step: event.step });
        }
        // 'done' ends one paced batch: the run is still training as far as the student is concerned.
        return;
      case 'diverged':
        stopTraining();
        run().setPhase('diverged', { kind: 'diverged', step: event.step, reason: event.reason });
        return;
      case 'failed':
        // A failed generate/evaluate request leaves the run usable.
        if (event.requestId !== undefined) return;
        stopTraining();
        pending = null;
        run().fail(event.message);
        return;
      case 'generated':
      case 'evaluated':
      case 'pong':
        return;
      default: {
        const never: never = event;
        return never;
      }
    }
  }

  function beginRun(kind: Exclude<Pending, 'step' | null>): void {
    stopTraining();
    pending = kind;
    learnedAnnounced = false;
    buffer.clear();
    run().clear('starting', { kind: 'starting' });
  }

  const unsubscribe = client.subscribe(onEvent);
  const stopSummary = buffer.onSummary(publish, options.publishMs);
  let configured = false;

  return {
    configure(config, nextTarget) {
      if (nextTarget !== undefined) target = nextTarget;
      seed = config.seed;
      beginRun(configured ? 'configure' : 'initial');
      configured = true;
      client.send({ type: 'configure', config });
    },
    train() {
      const phase = run().phase;
      if (phase === 'failed' || phase === 'starting' || phase === 'diverged') return;
      training = true;
      run().setPhase('training', { kind: 'training' });
      startTraining();
    },
    pause() {
      if (!training) return;
      stopTraining();
      client.send({ type: 'pause' });
      // The buffer has the latest step; the store's copy may be up to publishMs old.
      run().setPhase('paused', { kind: 'paused', step: buffer.summary?.step ?? run().step });
    },
    step() {
      const phase = run().phase;
      if (phase === 'failed' || phase === 'starting' || phase === 'diverged') return;
      stopTraining();
      pending = 'step';
      client.send({ type: 'step' });
    },
    reset() {
      if (!configured) return;
      beginRun('reset');
      client.send({ type: 'reset' });
    },
    setLive(params) {
      client.send({ type: 'set', params });
    },
    setSpeed(level) {
      if (level === speed) return;
      speed = level;
      if (training) startTraining();
    },
    restart() {
      beginRun('restart');
      client.restart();
    },
    dispose() {
      disposed = true;
      stopTraining();
      stopSummary();
      unsubscribe();
    },
  };
}
