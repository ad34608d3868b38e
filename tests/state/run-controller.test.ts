import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunController, type RunController } from '../../src/state/run-controller.ts';
import { resetStore, useStore } from '../../src/state/store.ts';
import { createTelemetryBuffer, type TelemetryBuffer } from '../../src/state/telemetry.ts';
import { CONFIG, createFakeClient, frame, type FakeClient } from './fake-client.ts';

const MODEL = { taskId: 'word:bille', spec: {} as never, vocab: ['b', 'i', 'l', 'e'], params: [], maxSteps: 5 };

let client: FakeClient;
let buffer: TelemetryBuffer;
let rc: RunController;
const run = () => useStore.getState().run;

function ready(): void {
  client.emit({ type: 'ready', runId: client.runId, model: MODEL });
}

beforeEach(() => {
  vi.useFakeTimers();
  resetStore();
  client = createFakeClient();
  buffer = createTelemetryBuffer(64);
  rc = createRunController({ client, buffer, publishMs: 250 });
  rc.configure(CONFIG, 'bille');
  ready();
});

afterEach(() => {
  rc.dispose();
  vi.useRealTimers();
});

describe('run controller', () => {
  it('configures the engine and is ready with the vocabulary, showing no loss yet', () => {
    expect(client.sent[0]).toEqual({ type: 'configure', config: CONFIG });
    expect(run().phase).toBe('ready');
    expect(run().message).toEqual({ kind: 'ready' });
    expect(run().vocab).toEqual(['b', 'i', 'l', 'e']);
    client.emit(frame(client.runId, 0, Number.NaN));
    expect(run().loss).toBeNull();
  });

  it('copies frames into the store at most every publishMs, the latest one last', () => {
    vi.advanceTimersByTime(1000);
    rc.train();
    expect(client.sent.at(-1)).toEqual({ type: 'train', train: { mode: 'continuous' } });
    expect(run().phase).toBe('training');
    client.emit(frame(client.runId, 10, 1.5));
    expect(run().step).toBe(10);
    for (let s = 20; s <= 90; s += 10) client.emit(frame(client.runId, s, 1));
    expect(run().step).toBe(10);
    expect(buffer.history.length).toBe(9);
    vi.advanceTimersByTime(250);
    expect(run().step).toBe(90);
    // measured between the two copies: 80 steps in 250 ms
    expect(run().stepsPerSecond).toBeCloseTo(320, 5);
  });

  it('pauses and says where', () => {
    rc.train();
    client.emit(frame(client.runId, 40, 1));
    rc.pause();
    expect(client.sent.at(-1)).toEqual({ type: 'pause' });
    expect(run().phase).toBe('paused');
    expect(run().message).toEqual({ kind: 'paused', step: 40 });
    // the engine finished its chunk before pausing: the message follows it
    client.emit({ type: 'status', runId: client.runId, state: 'paused', step: 57 });
    expect(run().message).toEqual({ kind: 'paused', step: 57 });
  });

  it('paces slow speeds from the page, a few updates per tick, and stops pacing on pause', () => {
    rc.setSpeed(2);
    rc.train();
    expect(client.sent.at(-1)).toEqual({ type: 'train', train: { mode: 'steps', steps: 1 } });
    vi.advanceTimersByTime(300);
    expect(client.sent.filter((c) => c.type === 'train')).toHaveLength(4);
    // a finished batch does not end training as far as the page is concerned
    client.emit({ type: 'status', runId: client.runId, state: 'done', step: 4 });
    expect(run().phase).toBe('training');
    rc.pause();
    const n = client.sent.length;
    vi.advanceTimersByTime(1000);
    expect(client.sent).toHaveLength(n);
  });

  it('reports one step', () => {
    rc.step();
    expect(client.sent.at(-1)).toEqual({ type: 'step' });
    client.emit(frame(client.runId, 1, 1.3));
    client.emit({ type: 'status', runId: client.runId, state: 'paused', step: 1 });
    expect(run().message).toEqual({ kind: 'stepped', step: 1 });
    // not training: shown at once, not after the publishing interval
    expect(run().loss).toBe(1.3);
  });

  it('resets to step 0 and says the same seed will replay', () => {
    rc.step();
    client.emit(frame(client.runId, 1, 1.3));
    rc.reset();
    expect(client.sent.at(-1)).toEqual({ type: 'reset' });
    expect(run()).toMatchObject({ phase: 'starting', step: 0, loss: null });
    expect(buffer.frame).toBeNull();
    ready();
    expect(run().message).toEqual({ kind: 'reset', seed: 1 });
  });

  it('rebuilds on a new configuration and changes the learning rate live', () => {
    rc.configure({ ...CONFIG, seed: 5 }, 'bille');
    ready();
    expect(run().message).toEqual({ kind: 'reconfigured' });
    rc.setLive({ lr: 0.1, clip: { kind: 'none' } });
    expect(client.sent.at(-1)).toEqual({ type: 'set', params: { lr: 0.1, clip: { kind: 'none' } } });
  });

  it('explains a divergence and stops training', () => {
    rc.train();
    client.emit({ type: 'diverged', runId: client.runId, step: 212, reason: 'loss', maxGradNorm: Infinity });
    expect(run().phase).toBe('diverged');
    expect(run().message).toEqual({ kind: 'diverged', step: 212, reason: 'loss' });
    rc.train();
    expect(client.sent.filter((c) => c.type === 'train')).toHaveLength(1);
  });

  it('announces when the generated word reaches the target, once', () => {
    rc.train();
    client.emit(frame(client.runId, 100, 0.5, 'billl'));
    expect(run().message.kind).toBe('training');
    vi.advanceTimersByTime(250);
    client.emit(frame(client.runId, 300, 0.1, 'bille'));
    vi.advanceTimersByTime(250);
    expect(run().message).toEqual({ kind: 'learned', step: 300, word: 'bille' });
  });

  it('turns a failure into an error and restarts the engine with the same configuration', () => {
    rc.train();
    client.emit({ type: 'failed', runId: client.runId, message: 'The engine crashed: boom' });
    expect(run()).toMatchObject({ phase: 'failed', error: 'The engine crashed: boom' });
    rc.restart();
    expect(client.restarts).toBe(1);
    ready();
    expect(run()).toMatchObject({ phase: 'ready', error: null, message: { kind: 'restarted' } });
  });

  it('ignores a failed request (generate, evaluate): the run is still usable', () => {
    client.emit({ type: 'failed', runId: client.runId, message: 'bad prefix', requestId: 3 });
    expect(run().phase).toBe('ready');
  });

  it('drops summaries from an older run', () => {
    const old = client.runId;
    rc.reset();
    client.emit(frame(old, 50, 0.2));
    expect(run().step).toBe(0);
  });
});
