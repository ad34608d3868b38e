// The in-thread client in real time: the same asynchronous message flow as
// with a worker (commands wait for the current training chunk to end), so
// frame rate, pause latency and stale-frame dropping are measured for real.

import { afterEach, describe, expect, it } from 'vitest';
import { createInThreadClient } from '../../src/worker/in-thread-client.ts';
import type { EngineClient } from '../../src/worker/client-base.ts';
import type { Event as EngineEvent } from '../../src/worker/protocol.ts';
import { FAKE_CONFIG, fakeBuild } from './fakes.ts';
import { BILLE } from './harness.ts';

/** Stands in for a model whose update costs about 0.2 ms of computation. */
function computeFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* computing */
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let client: EngineClient | null = null;
afterEach(() => {
  client?.terminate();
  client = null;
});

function start() {
  const c = createInThreadClient({ buildRun: fakeBuild({ onTrain: () => computeFor(0.2) }) });
  client = c;
  const seen: { at: number; event: EngineEvent }[] = [];
  c.subscribe((event) => seen.push({ at: performance.now(), event }));
  return { c, seen };
}

describe('in-thread client, real time', () => {
  it('posts at most ~30 frames a second while training continuously', async () => {
    const { c, seen } = start();
    c.send({ type: 'configure', config: FAKE_CONFIG });
    c.send({ type: 'train', train: { mode: 'continuous' } });
    await sleep(1000);
    c.send({ type: 'pause' });
    await sleep(50);
    const frames = seen.filter((s) => s.event.type === 'frame');
    const first = frames[1]?.at ?? 0;
    const inOneSecond = frames.filter((s) => s.at > first && s.at <= first + 1000);
    expect(inOneSecond.length).toBeGreaterThanOrEqual(10);
    expect(inOneSecond.length).toBeLessThanOrEqual(31);
  });

  it('pause takes effect within 100 ms and no frame follows it', async () => {
    const { c, seen } = start();
    c.send({ type: 'configure', config: FAKE_CONFIG });
    c.send({ type: 'train', train: { mode: 'continuous' } });
    await sleep(300);
    const sentAt = performance.now();
    c.send({ type: 'pause' });
    await sleep(300);
    const paused = seen.find((s) => s.event.type === 'status' && s.event.state === 'paused' && s.at >= sentAt);
    expect(paused).toBeDefined();
    expect((paused?.at ?? Infinity) - sentAt).toBeLessThan(100);
    // then only the resting frame, at the step the status named
    const after = seen.slice(seen.indexOf(paused ?? seen[0]!) + 1).map((s) => s.event);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ type: 'frame', step: paused?.event.type === 'status' ? paused.event.step : -1 });
  });

  it('pause takes effect within 100 ms on a real, heavier network too', async () => {
    const c = createInThreadClient();
    client = c;
    const seen: { at: number; event: EngineEvent }[] = [];
    c.subscribe((event) => seen.push({ at: performance.now(), event }));
    c.send({ type: 'configure', config: { ...BILLE, task: { ...BILLE.task, cell: 'lstm', hiddenSize: 128, numLayers: 2 } } });
    // the first frame pays for every extra once (Jacobians, spectrum: ~0.3 s at this size)
    while (!seen.some((s) => s.event.type === 'frame')) await sleep(20);
    const startedAt = seen.length;
    c.send({ type: 'train', train: { mode: 'continuous' } });
    await sleep(400);
    const sentAt = performance.now();
    c.send({ type: 'pause' });
    await sleep(800);
    // training streamed frames before the pause (their rate is measured by the benchmark, not here)
    const frames = seen.slice(startedAt).filter((s) => s.event.type === 'frame' && s.at < sentAt);
    expect(frames.length).toBeGreaterThanOrEqual(1);
    const paused = seen.find((s) => s.event.type === 'status' && s.event.state === 'paused' && s.at >= sentAt);
    expect((paused?.at ?? Infinity) - sentAt).toBeLessThan(100);
    // then the resting frame, and the costly extras (spectrum, Jacobians) in one more
    const after = seen.slice(seen.indexOf(paused ?? seen[0]!) + 1).map((s) => s.event);
    expect(after.map((e) => e.type)).toEqual(['frame', 'frame']);
    const [resting, complete] = after;
    if (resting?.type !== 'frame' || complete?.type !== 'frame') throw new Error('expected two frames');
    expect(complete.step).toBe(resting.step);
    // the resting frame still shows the spectrum of step 0; the complete one, the current weights'
    expect(complete.spectrum?.re).toHaveLength(128);
    expect(Array.from(complete.spectrum?.re ?? [])).not.toEqual(Array.from(resting.spectrum?.re ?? []));
  });

  it('never delivers a frame from before a reset once the reset is sent', async () => {
    const { c, seen } = start();
    c.send({ type: 'configure', config: FAKE_CONFIG });
    c.send({ type: 'train', train: { mode: 'continuous' } });
    await sleep(200);
    c.send({ type: 'reset' });
    const resetAt = seen.length;
    const resetRun = c.runId;
    await sleep(200);
    const after = seen.slice(resetAt).map((s) => s.event);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((e) => e.runId === resetRun)).toBe(true);
    expect(after.find((e) => e.type === 'frame')).toMatchObject({ step: 0 });
  });

  it('restart rebuilds the same run, paused at step 0', async () => {
    const { c, seen } = start();
    c.send({ type: 'configure', config: FAKE_CONFIG });
    c.send({ type: 'train', train: { mode: 'steps', steps: 20 } });
    await sleep(100);
    c.restart();
    const from = seen.length;
    const restartRun = c.runId;
    await sleep(50);
    expect(seen.slice(from).map((s) => s.event.type)).toEqual(['ready', 'status', 'frame']);
    expect(seen.slice(from).every((s) => s.event.runId === restartRun)).toBe(true);
  });
});
