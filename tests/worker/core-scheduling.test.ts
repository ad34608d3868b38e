// The core's command handling and pacing, on a fake model and a hand-driven
// clock: what it posts and when, independent of the engine's numerics.

import { describe, expect, it } from 'vitest';
import { createWorkerCore } from '../../src/worker/core.ts';
import type { Event, FrameEvent } from '../../src/worker/protocol.ts';
import { FAKE_CONFIG, fakeBuild, manualScheduler } from './fakes.ts';

function setup(stepMs = 0.05) {
  const scheduler = manualScheduler();
  const events: Event[] = [];
  let jacobians = 0;
  const core = createWorkerCore((event) => events.push(event), {
    scheduler,
    buildRun: fakeBuild({ onTrain: () => scheduler.advance(stepMs), onJacobian: () => jacobians++ }),
  });
  const frames = () => events.filter((e): e is FrameEvent => e.type === 'frame');
  const statuses = () => events.flatMap((e) => (e.type === 'status' ? [e.state] : []));
  return { scheduler, events, core, frames, statuses, jacobians: () => jacobians };
}

describe('worker core: commands', () => {
  it('configure posts ready, a paused status and an initial frame at step 0', () => {
    const { core, events } = setup();
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    expect(events.map((e) => e.type)).toEqual(['ready', 'status', 'frame']);
    expect(events.every((e) => e.runId === 1)).toBe(true);
    expect(events[1]).toMatchObject({ type: 'status', state: 'paused', step: 0 });
    const frame = events[2] as FrameEvent;
    expect(frame.step).toBe(0);
    expect(Number.isFinite(frame.loss)).toBe(true);
    expect(frame.history.step.length).toBe(0);
  });

  it('train for N steps stops at exactly N with a final frame and a done status', () => {
    const { core, scheduler, frames, statuses } = setup();
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 500 } });
    scheduler.runUntil(10_000);
    const last = frames().at(-1);
    expect(last?.step).toBe(500);
    expect(statuses()).toEqual(['paused', 'running', 'done']);
    // every update reached the curve exactly once, in order
    const steps = frames().flatMap((f) => Array.from(f.history.step));
    expect(steps.at(-1)).toBe(500);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(scheduler.pending).toBe(0);
  });

  it('posts at most 30 frames per second while training continuously, with Jacobians once per frame', () => {
    const { core, scheduler, frames, jacobians } = setup();
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    const before = frames().length;
    core.handle({ type: 'train', train: { mode: 'continuous' } });
    scheduler.runUntil(1000);
    const n = frames().length - before;
    expect(n).toBeGreaterThanOrEqual(25);
    expect(n).toBeLessThanOrEqual(30);
    expect(jacobians()).toBe(frames().length);
    const last = frames().at(-1);
    // 0.05 ms per update: about 20 000 updates a second, minus nothing (the clock only moves when training)
    expect(last?.stepsPerSecond).toBeGreaterThan(15_000);
    expect(last?.stepsPerSecond).toBeLessThan(25_000);
  });

  it('keeps training chunks short so queued messages wait at most ~10 ms', () => {
    const { core, scheduler } = setup(0.5);
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    core.handle({ type: 'train', train: { mode: 'continuous' } });
    let longest = 0;
    for (let k = 0; k < 50; k++) {
      const t0 = scheduler.now();
      scheduler.runUntil(t0 + 1e-9); // exactly one chunk
      longest = Math.max(longest, scheduler.now() - t0);
    }
    expect(longest).toBeLessThanOrEqual(10.5);
  });

  it('pause stops frames at once and reports paused', () => {
    const { core, scheduler, frames, statuses } = setup();
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    core.handle({ type: 'train', train: { mode: 'continuous' } });
    scheduler.runUntil(200);
    core.handle({ type: 'pause' });
    const count = frames().length;
    const step = frames().at(-1)?.step;
    scheduler.runUntil(1000);
    expect(frames().length).toBe(count);
    expect(scheduler.pending).toBe(0);
    expect(statuses().at(-1)).toBe('paused');
    expect(frames().at(-1)?.stepsPerSecond).toBe(0);
    expect(step).toBeGreaterThan(0);
  });

  it('step does one update and posts its frame', () => {
    const { core, frames, statuses } = setup();
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    core.handle({ type: 'step' });
    core.handle({ type: 'step' });
    expect(frames().map((f) => f.step)).toEqual([0, 1, 2]);
    expect(Array.from(frames()[2]?.history.step ?? [])).toEqual([2]);
    expect(statuses().at(-1)).toBe('paused');
  });

  it('reports divergence, keeps the model, and resumes after a gentler learning rate', () => {
    const { core, scheduler, events, frames, statuses } = setup();
    core.handle({ type: 'configure', runId: 1, config: { ...FAKE_CONFIG, optimizer: { name: 'sgd', lr: 50 } } });
    core.handle({ type: 'train', train: { mode: 'continuous' } });
    scheduler.runUntil(1000);
    const diverged = events.find((e) => e.type === 'diverged');
    expect(diverged).toMatchObject({ type: 'diverged', runId: 1, reason: 'gradient' });
    expect(diverged?.type === 'diverged' && diverged.step).toBeGreaterThan(1);
    expect(diverged?.type === 'diverged' && diverged.maxGradNorm).toBeGreaterThan(0);
    expect(statuses().at(-1)).toBe('diverged');
    expect(scheduler.pending).toBe(0);
    const w = frames().at(-1)?.params[0]?.w[0];
    expect(Number.isFinite(w)).toBe(true);

    core.handle({ type: 'set', params: { lr: 0.01 } });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 10 } });
    scheduler.runUntil(2000);
    expect(statuses().at(-1)).toBe('done');
  });

  it('a bad config posts failed with the engine message and an idle status', () => {
    const { core, events } = setup();
    core.handle({ type: 'configure', runId: 3, config: { ...FAKE_CONFIG, task: { ...FAKE_CONFIG.task, word: '' } } });
    expect(events).toEqual([
      { type: 'failed', runId: 3, message: 'task.word: expected a non-empty word, got ""' },
      { type: 'status', runId: 3, state: 'idle', step: 0 },
    ]);
    core.handle({ type: 'train', train: { mode: 'continuous' } });
    expect(events.at(-1)).toMatchObject({ type: 'failed', message: expect.stringMatching(/configure/) });
  });

  it('answers generate, evaluate and ping with the request id, and failures too', () => {
    const { core, events } = setup();
    core.handle({ type: 'generate', requestId: 4, prefix: 'b', length: 3, temperature: 0 });
    expect(events.at(-1)).toMatchObject({ type: 'failed', requestId: 4 });
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    core.handle({ type: 'generate', requestId: 5, prefix: 'b', length: 3, temperature: 0 });
    expect(events.at(-1)).toMatchObject({ type: 'generated', runId: 1, requestId: 5, text: 'bxxx' });
    core.handle({ type: 'evaluate', requestId: 6, input: { kind: 'text', text: 'bille' } });
    expect(events.at(-1)).toMatchObject({ type: 'evaluated', runId: 1, requestId: 6, logProb: -3 });
    core.handle({ type: 'ping', nonce: 9 });
    expect(events.at(-1)).toEqual({ type: 'pong', runId: 1, nonce: 9 });
  });

  it('reset replays the same losses under the new run id', () => {
    const { core, scheduler, frames } = setup();
    const losses = (runId: number) =>
      frames()
        .filter((f) => f.runId === runId)
        .flatMap((f) => Array.from(f.history.loss));
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 40 } });
    scheduler.runUntil(1000);
    core.handle({ type: 'reset', runId: 2 });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 40 } });
    scheduler.runUntil(2000);
    expect(losses(1)).toHaveLength(40);
    expect(losses(2)).toEqual(losses(1));
  });

  it('a reset while training takes effect before the next chunk', () => {
    const { core, scheduler, frames } = setup();
    core.handle({ type: 'configure', runId: 1, config: FAKE_CONFIG });
    core.handle({ type: 'train', train: { mode: 'continuous' } });
    scheduler.runUntil(100);
    core.handle({ type: 'reset', runId: 2 });
    const after = frames().length;
    scheduler.runUntil(1000);
    expect(frames().slice(after).every((f) => f.runId === 2)).toBe(true);
    expect(scheduler.pending).toBe(0);
    expect(frames().at(-1)?.step).toBe(0);
  });
});
