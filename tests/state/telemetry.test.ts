// The telemetry buffer outside React: versions, bounded history, run changes,
// throttled summaries and animation-frame drawing.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTelemetryBuffer, onAnimationFrame } from '../../src/state/telemetry.ts';
import type { TelemetrySummary } from '../../src/state/telemetry.ts';
import { frame } from '../worker/fakes.ts';

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('telemetry buffer', () => {
  it('keeps the latest frame and bumps the version on every change', () => {
    const buffer = createTelemetryBuffer();
    expect(buffer.version).toBe(0);
    expect(buffer.frame).toBeNull();
    const a = frame(1, 10);
    buffer.push(a);
    buffer.push(frame(1, 20));
    expect(buffer.version).toBe(2);
    expect(buffer.frame?.step).toBe(20);
    buffer.clear();
    expect(buffer.version).toBe(3);
    expect(buffer.frame).toBeNull();
    expect(buffer.history.length).toBe(0);
  });

  it('appends each frame’s curve chunk to the history', () => {
    const buffer = createTelemetryBuffer();
    buffer.push(frame(1, 3, { step: [1, 2, 3], loss: [3, 2, 1] }));
    buffer.push(frame(1, 5, { step: [4, 5], loss: [0.5, 0.25] }));
    const h = buffer.history;
    expect(Array.from(h.step.subarray(0, h.length))).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(h.loss.subarray(0, h.length))).toEqual([3, 2, 1, 0.5, 0.25]);
  });

  it('keeps memory flat over a long run while still spanning it from the first step', () => {
    const buffer = createTelemetryBuffer(1000);
    const storage = buffer.history.step;
    for (let f = 0; f < 2000; f++) {
      const steps = range(f * 100 + 1, f * 100 + 101);
      buffer.push(frame(1, steps.at(-1) ?? 0, { step: steps, loss: steps.map(() => 2) }));
    }
    const h = buffer.history;
    expect(h.length).toBeLessThanOrEqual(1000);
    expect(h.length).toBeGreaterThanOrEqual(250);
    expect(h.step).toBe(storage);
    expect(h.step[0]).toBeLessThan(2000);
    expect(h.step[h.length - 1]).toBe(200_000);
    // merged buckets average the loss: a constant curve stays constant
    expect(Array.from(h.loss.subarray(0, h.length)).every((l) => l === 2)).toBe(true);
    const steps = Array.from(h.step.subarray(0, h.length));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it('ignores frames from older runs and starts a fresh curve for a new run', () => {
    const buffer = createTelemetryBuffer();
    buffer.push(frame(2, 3, { step: [1, 2, 3], loss: [1, 1, 1] }));
    buffer.push(frame(1, 9, { step: [9], loss: [9] }));
    expect(buffer.frame?.runId).toBe(2);
    expect(buffer.version).toBe(1);
    buffer.push(frame(3, 1, { step: [1], loss: [5] }));
    expect(buffer.history.length).toBe(1);
    expect(buffer.history.loss[0]).toBe(5);
  });

  it('after clear, takes the next run whatever its id (a new engine may count from anywhere)', () => {
    const buffer = createTelemetryBuffer();
    buffer.push(frame(7, 3));
    buffer.clear();
    buffer.push(frame(2, 0));
    expect(buffer.frame?.runId).toBe(2);
    buffer.push(frame(1, 5));
    expect(buffer.frame?.runId).toBe(2);
  });

  it('notifies subscribers until they unsubscribe', () => {
    const buffer = createTelemetryBuffer();
    const calls: number[] = [];
    const off = buffer.subscribe(() => calls.push(buffer.version));
    buffer.push(frame(1, 1));
    buffer.push(frame(1, 2));
    off();
    buffer.push(frame(1, 3));
    expect(calls).toEqual([1, 2]);
  });

  it('summarises for React with null instead of NaN', () => {
    const buffer = createTelemetryBuffer();
    buffer.push({ ...frame(4, 0), loss: Number.NaN, sample: 'bil' });
    expect(buffer.summary).toEqual({ runId: 4, step: 0, loss: null, stepsPerSecond: 0, sample: 'bil' });
  });

  it('throttles summaries and always delivers the latest one last', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.advanceTimersByTime(1000);
    const buffer = createTelemetryBuffer();
    const got: (TelemetrySummary | null)[] = [];
    const off = buffer.onSummary((s) => got.push(s), 250);
    for (let step = 1; step <= 30; step++) {
      buffer.push(frame(1, step));
      vi.advanceTimersByTime(33);
    }
    vi.advanceTimersByTime(500);
    // 30 frames over ~1 s: a leading call, then about 4 a second
    expect(got.length).toBeGreaterThanOrEqual(4);
    expect(got.length).toBeLessThanOrEqual(6);
    expect(got.at(-1)?.step).toBe(30);
    off();
    buffer.push(frame(1, 31));
    vi.advanceTimersByTime(500);
    expect(got.at(-1)?.step).toBe(30);
  });
});

describe('onAnimationFrame', () => {
  it('without requestAnimationFrame, draws once per batch of pushes, with the latest frame', async () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const buffer = createTelemetryBuffer();
    const drawn: number[] = [];
    const stop = onAnimationFrame(buffer, (f) => drawn.push(f.step));
    buffer.push(frame(1, 1));
    buffer.push(frame(1, 2));
    await Promise.resolve();
    expect(drawn).toEqual([2]);
    stop();
    buffer.push(frame(1, 3));
    await Promise.resolve();
    expect(drawn).toEqual([2]);
  });

  it('with requestAnimationFrame, draws in the next animation frame only when the version moved', () => {
    const callbacks: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const paint = () => {
      for (const cb of callbacks.splice(0)) cb(0);
    };
    const buffer = createTelemetryBuffer();
    buffer.push(frame(1, 1));
    const drawn: number[] = [];
    const stop = onAnimationFrame(buffer, (f) => drawn.push(f.step));
    expect(drawn).toEqual([]);
    paint();
    expect(drawn).toEqual([1]); // a view mounted mid-run draws what is there
    paint();
    buffer.push(frame(1, 2));
    buffer.push(frame(1, 3));
    expect(callbacks).toHaveLength(1);
    paint();
    paint();
    expect(drawn).toEqual([1, 3]);
    stop();
    buffer.push(frame(1, 4));
    paint();
    expect(drawn).toEqual([1, 3]);
  });
});
