// The worker core on the real engine: the "bille" lab's run end to end.

import { afterEach, describe, expect, it } from 'vitest';
import type { Event } from '../../src/worker/protocol.ts';
import { manualScheduler } from './fakes.ts';
import { BILLE, harness, isStatus, isType } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness | null = null;
function start(): Harness {
  h = harness();
  return h;
}
afterEach(() => {
  h?.core.dispose();
  h = null;
});

describe('worker core on the engine', () => {
  it('learns to spell "bille": frames while training, a done status at exactly N steps', async () => {
    const { core, events, frames, next } = start();
    core.handle({ type: 'configure', runId: 1, config: BILLE });
    const ready = await next(isType('ready'));
    expect(ready.model.vocab).toEqual(['i', 'b', 'e', 'l']);
    expect(ready.model.params.map((p) => p.name)).toContain('rnn.weight_hh_l0');
    core.handle({ type: 'train', train: { mode: 'steps', steps: 400 } });
    await next(isStatus('done'));
    const last = frames().at(-1);
    expect(last?.step).toBe(400);
    expect(last?.sample).toBe('bille');
    expect(last?.loss).toBeLessThan((frames()[0]?.loss ?? 0) / 10);
    expect(last?.telemetry.steps).toBe(4);
    expect(last?.spectrum?.re).toHaveLength(3);
    expect(events.filter((e) => e.type === 'status').map((e) => e.type === 'status' && e.state)).toEqual([
      'paused',
      'running',
      'done',
    ]);
  });

  it('reset replays exactly the same losses and weights', async () => {
    const { core, frames, next, events } = start();
    const losses = (runId: number) => frames(runId).flatMap((f) => Array.from(f.history.loss));
    core.handle({ type: 'configure', runId: 1, config: BILLE });
    for (let k = 0; k < 30; k++) core.handle({ type: 'step' });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 200 } });
    await next(isStatus('done'));
    const from = events.length;
    core.handle({ type: 'reset', runId: 2 });
    for (let k = 0; k < 30; k++) core.handle({ type: 'step' });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 200 } });
    await next(isStatus('done'), from);
    // one point per 'step' frame: the first 30 losses compare one to one
    expect(losses(1).slice(0, 30)).toHaveLength(30);
    expect(losses(2).slice(0, 30)).toEqual(losses(1).slice(0, 30));
    const a = frames(1).at(-1);
    const b = frames(2).at(-1);
    expect(b?.step).toBe(230);
    expect(b?.loss).toBe(a?.loss);
    expect(b?.params.map((p) => Array.from(p.w))).toEqual(a?.params.map((p) => Array.from(p.w)));
  });

  it('a live learning-rate change applies from the next update', () => {
    const { core, frames } = start();
    const weights = () => Array.from(frames().at(-1)?.params[1]?.w ?? []);
    core.handle({ type: 'configure', runId: 1, config: { ...BILLE, optimizer: { name: 'sgd', lr: 0.5 } } });
    for (let k = 0; k < 5; k++) core.handle({ type: 'step' });
    const before = weights();
    core.handle({ type: 'step' });
    const fullMove = weights().map((w, i) => w - (before[i] ?? 0));

    core.handle({ type: 'reset', runId: 2 });
    for (let k = 0; k < 5; k++) core.handle({ type: 'step' });
    expect(weights()).toEqual(before);
    core.handle({ type: 'set', params: { lr: 0.05 } });
    core.handle({ type: 'step' });
    const smallMove = weights().map((w, i) => w - (before[i] ?? 0));
    // plain SGD: a tenth of the learning rate moves the weights a tenth as far
    smallMove.forEach((d, i) => expect(d).toBeCloseTo((fullMove[i] ?? 0) / 10, 12));
    expect(fullMove.some((d) => Math.abs(d) > 1e-6)).toBe(true);
  });

  it('a diverging run posts diverged with its step, reason and gradient norm, then a status', async () => {
    const { core, events, next } = start();
    const config = {
      ...BILLE,
      task: { ...BILLE.task, activation: 'identity' as const },
      optimizer: { name: 'sgd' as const, lr: 1e4 },
      clip: { kind: 'none' as const },
    };
    core.handle({ type: 'configure', runId: 1, config });
    core.handle({ type: 'train', train: { mode: 'continuous' } });
    const diverged = await next(isType('diverged'));
    expect(diverged).toMatchObject({ runId: 1, step: 4, reason: 'gradient', maxGradNorm: Infinity });
    const after = events.slice(events.indexOf(diverged)).map((e) => e.type);
    expect(after.slice(0, 3)).toEqual(['diverged', 'status', 'frame']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events.at(-1)?.type).toBe('frame');
  });

  it('trains the recall task too, with no greedy sample to show', async () => {
    const { core, frames, next } = start();
    const task = { kind: 'recall' as const, distractors: 5, hiddenSize: 8, cell: 'gru' as const };
    core.handle({ type: 'configure', runId: 1, config: { ...BILLE, task } });
    const ready = await next(isType('ready'));
    expect(ready.model.vocab).toContain('?');
    core.handle({ type: 'train', train: { mode: 'steps', steps: 20 } });
    await next(isStatus('done'));
    const last = frames().at(-1);
    expect(last?.step).toBe(20);
    expect(last?.sample).toBeNull();
    expect(last?.telemetry.steps).toBe(7);
    expect(last?.spectrum?.gate).toBe('r');
  });

  it('a bad config posts failed with the engine’s own message', () => {
    const { core, events } = start();
    core.handle({ type: 'configure', runId: 5, config: { ...BILLE, task: { ...BILLE.task, word: 'b' } } });
    core.handle({ type: 'configure', runId: 6, config: { ...BILLE, optimizer: { name: 'adam', lr: -1 } } });
    const failures = events.filter((e): e is Extract<Event, { type: 'failed' }> => e.type === 'failed');
    expect(failures.map((f) => [f.runId, f.message])).toEqual([
      [5, 'word: expected 2 to 20 letters, got 1 letter'],
      [6, expect.stringMatching(/^optimizer\.lr: expected .*got -1$/)],
    ]);
  });

  it('answers generate and evaluate with their request ids', () => {
    const { core, events } = start();
    core.handle({ type: 'configure', runId: 1, config: BILLE });
    core.handle({ type: 'generate', requestId: 11, prefix: 'bi', length: 6, temperature: 1, seed: 3 });
    core.handle({ type: 'evaluate', requestId: 12, input: { kind: 'text', text: 'bille' } });
    core.handle({ type: 'evaluate', requestId: 13, input: { kind: 'text', text: 'bxl' } });
    const generated = events.find((e) => e.type === 'generated');
    expect(generated).toMatchObject({ runId: 1, requestId: 11 });
    if (generated?.type !== 'generated') throw new Error('no generated event');
    expect(generated.text).toMatch(/^bi[ible]{6}$/);
    expect(generated.probs).toHaveLength(6 * 4);
    const evaluated = events.find((e) => e.type === 'evaluated');
    if (evaluated?.type !== 'evaluated') throw new Error('no evaluated event');
    expect(evaluated.requestId).toBe(12);
    expect(evaluated.stepLogProbs).toHaveLength(4);
    expect(evaluated.logProb).toBeCloseTo(evaluated.stepLogProbs.reduce((a, b) => a + b, 0), 12);
    expect(evaluated.logProb).toBeLessThan(0);
    expect(evaluated.telemetry.steps).toBe(4);
    expect(events.at(-1)).toMatchObject({ type: 'failed', runId: 1, requestId: 13, message: expect.stringContaining('x') });
  });

  it('requests between updates never leak into the training frames', () => {
    // a clock that moves a little at every reading: a chunk of real updates, no frame yet
    const scheduler = manualScheduler(0.01);
    const { core, frames, events } = (h = harness({ scheduler }));
    core.handle({ type: 'configure', runId: 1, config: BILLE });
    core.handle({ type: 'train', train: { mode: 'continuous' } });
    scheduler.runUntil(scheduler.now() + 1e-6);
    expect(frames()).toHaveLength(1);
    core.handle({ type: 'evaluate', requestId: 1, input: { kind: 'text', text: 'bil' } });
    core.handle({ type: 'generate', requestId: 2, prefix: 'b', length: 12, temperature: 0 });
    core.handle({ type: 'pause' });
    const paused = frames().at(-1);
    expect(paused?.step).toBeGreaterThan(10);
    // the training sample has 4 steps; the evaluated text 2 and the generation 12
    expect(paused?.telemetry.steps).toBe(4);
    expect(paused?.telemetry.stepLoss.slice(0, 4).every((l) => l > 0)).toBe(true);
    expect(events.at(-2)).toMatchObject({ type: 'status', state: 'paused' });
  });
});
