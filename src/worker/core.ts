// The worker's brain: handles commands, trains in chunks, posts events. It is
// a plain object so tests (and the in-thread client) drive it directly; the
// *.worker.ts file only wires it to the worker's message port.
//
// Training runs synchronously for ~10 ms, then yields with a macrotask so that
// pause/reset/set messages queued meanwhile run before the next chunk (well
// under the 100 ms the page promises). Frames go out at most every ~33 ms with
// the latest telemetry; the costly extras (Jacobian norms, greedy sample,
// spectrum) are computed at most once per frame, never per update, and less
// often when they are expensive (see cost-gate.ts). State changes post their
// status before their frame, so the page hears of them first.

import type { Divergence, Sample } from '../engine/api.ts';
import { buildEngineRun } from './engine-run.ts';
import type { GateMode } from './cost-gate.ts';
import { createFrameBuilder } from './frames.ts';
import { assertNever } from './protocol.ts';
import type { Command, Event, LiveHyperParams, PostEvent, RunConfig, RunState, TrainMode } from './protocol.ts';
import type { BuildRun, Run } from './run.ts';
import { createMacrotaskScheduler } from './scheduler.ts';
import type { Scheduler } from './scheduler.ts';
import { copyTelemetry, transferList } from './snapshot.ts';

export interface WorkerCoreOptions {
  /** default: performance.now, yielding with a MessageChannel (setImmediate in Node) */
  scheduler?: Scheduler;
  /** default: the real engine */
  buildRun?: BuildRun;
  /** synchronous training per chunk; default 10 ms */
  chunkMs?: number;
  /** least time between frames while training; default 1000/30 ms */
  frameIntervalMs?: number;
}

export interface WorkerCore {
  handle(command: Command): void;
  /** stops training and releases the scheduler if the core created it */
  dispose(): void;
}

export const DEFAULT_CHUNK_MS = 10;
export const DEFAULT_FRAME_INTERVAL_MS = 1000 / 30;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

export function createWorkerCore(post: PostEvent, options: WorkerCoreOptions = {}): WorkerCore {
  const scheduler = options.scheduler ?? createMacrotaskScheduler();
  const ownsScheduler = options.scheduler === undefined;
  const buildRun = options.buildRun ?? buildEngineRun;
  const chunkMs = options.chunkMs ?? DEFAULT_CHUNK_MS;
  const frameIntervalMs = options.frameIntervalMs ?? DEFAULT_FRAME_INTERVAL_MS;

  let runId = 0;
  let config: RunConfig | null = null;
  let run: Run | null = null;
  let state: RunState = 'idle';
  /** training stops when trainer.step reaches this ('steps' mode) */
  let target: number | null = null;
  let cancelLoop: (() => void) | null = null;
  /** drawn but not trained on yet: the first sample, or one whose update diverged */
  let pending: Sample | null = null;
  let lastLoss = Number.NaN;
  const frames = createFrameBuilder(() => scheduler.now());
  /** a frame with the extras skipped by the previous one, queued behind waiting commands */
  let cancelCompletion: (() => void) | null = null;
  let lastFrameAt = Number.NEGATIVE_INFINITY;
  let rateFrom = { step: 0, time: 0 };

  function emit(event: Event): void {
    post(event, transferList(event));
  }

  function emitStatus(): void {
    emit({ type: 'status', runId, state, step: run === null ? 0 : run.trainer.step });
  }

  function requireRun(): Run {
    if (run === null) throw new Error('No model is configured yet: send configure first.');
    return run;
  }

  function stopLoop(): void {
    if (cancelLoop !== null) cancelLoop();
    cancelLoop = null;
  }

  function gateMode(): GateMode {
    return state === 'running' ? 'training' : 'resting';
  }

  function dropCompletion(): void {
    if (cancelCompletion !== null) cancelCompletion();
    cancelCompletion = null;
  }

  function emitFrame(mode: GateMode = gateMode()): void {
    dropCompletion();
    const r = requireRun();
    const step = r.trainer.step;
    const time = scheduler.now();
    let stepsPerSecond = 0;
    if (state === 'running' && time > rateFrom.time) {
      stepsPerSecond = ((step - rateFrom.step) * 1000) / (time - rateFrom.time);
    }
    rateFrom = { step, time };
    lastFrameAt = time;
    const { frame, complete } = frames.build(r, { runId, loss: lastLoss, stepsPerSecond }, mode);
    emit(frame);
    // At rest, the skipped extras follow in a frame of their own, after any
    // command already waiting (a reset need not wait for eigenvalues).
    if (!complete && mode === 'resting') {
      cancelCompletion = scheduler.later(() => guarded(() => emitFrame('complete')));
    }
  }

  /** one update; false when it diverged (already reported) */
  function trainOnce(r: Run): boolean {
    const sample = pending ?? r.nextSample();
    pending = null;
    dropCompletion();
    const outcome = r.trainer.train(sample);
    if (outcome.ok) {
      const { step, loss, gradNorm } = outcome.report;
      lastLoss = loss;
      frames.trained(sample, step, loss, gradNorm);
      return true;
    }
    // The weights are kept from before the update, but its pass filled the
    // telemetry (the diverged event explains any non-finite value in it).
    frames.looked(sample);
    // Retry the same sample on resume, as if the update had never been tried.
    pending = sample;
    onDiverged(outcome.diverged);
    return false;
  }

  function onDiverged(d: Divergence): void {
    stopLoop();
    state = 'diverged';
    target = null;
    emit({ type: 'diverged', runId, step: d.step, reason: d.reason, maxGradNorm: d.maxGradNorm });
    emitStatus();
    emitFrame();
  }

  function finish(): void {
    target = null;
    state = 'done';
    emitStatus();
    emitFrame();
  }

  function chunk(): void {
    cancelLoop = null;
    const r = run;
    if (state !== 'running' || r === null) return;
    const start = scheduler.now();
    // A chunk also ends as soon as a frame is due, so frames keep their ~30/s
    // pace instead of slipping to the next chunk boundary.
    let now: number;
    do {
      if (target !== null && r.trainer.step >= target) return finish();
      if (!trainOnce(r)) return;
      now = scheduler.now();
    } while (now - start < chunkMs && now - lastFrameAt < frameIntervalMs);
    if (target !== null && r.trainer.step >= target) return finish();
    if (scheduler.now() - lastFrameAt >= frameIntervalMs) emitFrame();
    cancelLoop = scheduler.later(guardedChunk);
  }

  /** runs deferred work; an error there leaves the run unusable */
  function guarded(work: () => void): void {
    try {
      work();
    } catch (error) {
      fatal(error);
    }
  }

  function guardedChunk(): void {
    guarded(chunk);
  }

  /** an error that leaves the run unusable: report it and drop the run */
  function fatal(error: unknown): void {
    stopLoop();
    dropCompletion();
    run = null;
    state = 'idle';
    target = null;
    emit({ type: 'failed', runId, message: messageOf(error) });
    emitStatus();
  }

  function start(id: number, cfg: RunConfig): void {
    stopLoop();
    dropCompletion();
    runId = id;
    run = null;
    state = 'idle';
    target = null;
    pending = null;
    lastLoss = Number.NaN;
    frames.reset();
    lastFrameAt = Number.NEGATIVE_INFINITY;
    config = structuredClone(cfg);
    const r = buildRun(config);
    // The first sample is drawn now and trained on first, so the initial
    // frame shows the untrained network on real data without shifting the
    // seeded sample order.
    pending = r.nextSample();
    lastLoss = r.model.loss(pending);
    frames.looked(pending);
    run = r;
    state = 'paused';
    emit({ type: 'ready', runId, model: r.info });
    emitStatus();
    emitFrame();
  }

  function train(mode: TrainMode): void {
    const r = requireRun();
    if (mode.mode === 'steps') {
      if (!Number.isInteger(mode.steps) || mode.steps < 1) {
        throw new Error(`train: steps must be a positive integer, got ${String(mode.steps)}`);
      }
      target = r.trainer.step + mode.steps;
    } else {
      target = null;
    }
    if (state !== 'running') rateFrom = { step: r.trainer.step, time: scheduler.now() };
    dropCompletion();
    state = 'running';
    emitStatus();
    if (cancelLoop === null) cancelLoop = scheduler.later(guardedChunk);
  }

  function pause(): void {
    stopLoop();
    target = null;
    const wasRunning = state === 'running';
    if (wasRunning) state = 'paused';
    emitStatus();
    if (wasRunning) emitFrame();
  }

  function stepOnce(): void {
    const r = requireRun();
    stopLoop();
    target = null;
    if (!trainOnce(r)) return;
    state = 'paused';
    emitStatus();
    emitFrame();
  }

  function set(params: LiveHyperParams): void {
    if (config === null) throw new Error('No model is configured yet: send configure first.');
    if (params.lr !== undefined) {
      run?.trainer.setLearningRate(params.lr);
      config.optimizer = { ...config.optimizer, lr: params.lr };
    }
    if (params.clip !== undefined) {
      run?.trainer.setClip(params.clip);
      config.clip = params.clip;
    }
  }

  function dispatch(command: Command): void {
    switch (command.type) {
      case 'configure':
        return start(command.runId, command.config);
      case 'reset':
        if (config === null) throw new Error('Nothing to reset: send configure first.');
        return start(command.runId, config);
      case 'train':
        return train(command.train);
      case 'pause':
        return pause();
      case 'step':
        return stepOnce();
      case 'set':
        return set(command.params);
      case 'generate': {
        const r = requireRun();
        frames.protect(r, gateMode());
        const seed = command.seed ?? config?.seed ?? 0;
        const g = r.generate(command.prefix, command.length, command.temperature, seed);
        return emit({ type: 'generated', runId, requestId: command.requestId, ...g });
      }
      case 'evaluate': {
        const r = requireRun();
        frames.protect(r, gateMode());
        const e = r.evaluate(command.input);
        r.model.computeJacobianNorms();
        const telemetry = copyTelemetry(r.model.telemetry);
        return emit({ type: 'evaluated', runId, requestId: command.requestId, ...e, telemetry });
      }
      case 'ping':
        return emit({ type: 'pong', runId, nonce: command.nonce });
      default:
        return assertNever(command, 'command');
    }
  }

  return {
    handle(command) {
      try {
        dispatch(command);
      } catch (error) {
        if (command.type === 'generate' || command.type === 'evaluate') {
          // A bad request (say, a letter outside the vocabulary) leaves the run as it is.
          emit({ type: 'failed', runId, message: messageOf(error), requestId: command.requestId });
        } else if (command.type === 'configure' || command.type === 'reset' || command.type === 'step') {
          // Half-built or half-updated: the run cannot be trusted any more.
          fatal(error);
        } else {
          emit({ type: 'failed', runId, message: messageOf(error) });
        }
      }
    },
    dispose() {
      stopLoop();
      dropCompletion();
      if (ownsScheduler) scheduler.dispose();
    },
  };
}
