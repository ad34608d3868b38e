// High-rate telemetry, outside React. Frames arrive up to 30 times a second;
// pushing them through React state would re-render the page as often. They
// land here instead: views poll `version` in their own animation frame and
// redraw only when it moved, and the shell copies the few numbers React shows
// (step, loss, speed) into the store through a throttled summary callback.

import { useEffect, useRef } from 'react';
import type { EngineClient } from '../worker/client-base.ts';
import { createBucketSeries } from '../worker/history.ts';
import type { BucketSeries } from '../worker/history.ts';
import type { FrameEvent } from '../worker/protocol.ts';

/** What React displays; loss is null rather than NaN before the first finite value. */
export interface TelemetrySummary {
  runId: number;
  step: number;
  loss: number | null;
  stepsPerSecond: number;
  sample: string | null;
}

/** The run's whole loss curve in bounded memory (see BucketSeries); read-only for views. */
export type LossHistory = Omit<BucketSeries, 'push' | 'clear'>;

export interface TelemetryBuffer {
  /** bumps on every change; a view redraws when it differs from the one it drew */
  readonly version: number;
  /** the latest frame of the current run, or null after clear() */
  readonly frame: FrameEvent | null;
  readonly history: LossHistory;
  readonly summary: TelemetrySummary | null;
  /** frames of an older run than the latest seen are ignored; a newer run starts a fresh history */
  push(frame: FrameEvent): void;
  /** forgets the frame, the history and the run (call when a new run or engine starts) */
  clear(): void;
  /** called after every change (at frame rate): keep it cheap */
  subscribe(listener: () => void): () => void;
  /** the latest summary at most every `intervalMs`, and once more after the last change */
  onSummary(listener: (summary: TelemetrySummary | null) => void, intervalMs?: number): () => void;
}

export const DEFAULT_HISTORY_CAPACITY = 5000;
export const DEFAULT_SUMMARY_INTERVAL_MS = 250;

export function createTelemetryBuffer(historyCapacity = DEFAULT_HISTORY_CAPACITY): TelemetryBuffer {
  const series = createBucketSeries(historyCapacity);
  const listeners = new Set<() => void>();
  let version = 0;
  let frame: FrameEvent | null = null;
  let runId = -1;

  function changed(): void {
    version++;
    for (const listener of [...listeners]) listener();
  }

  function summarise(f: FrameEvent | null): TelemetrySummary | null {
    if (f === null) return null;
    return {
      runId: f.runId,
      step: f.step,
      loss: Number.isFinite(f.loss) ? f.loss : null,
      stepsPerSecond: f.stepsPerSecond,
      sample: f.sample,
    };
  }

  const buffer: TelemetryBuffer = {
    get version() {
      return version;
    },
    get frame() {
      return frame;
    },
    history: series,
    get summary() {
      return summarise(frame);
    },
    push(f) {
      if (f.runId < runId) return;
      if (f.runId !== runId) series.clear();
      runId = f.runId;
      const h = f.history;
      for (let k = 0; k < h.step.length; k++) series.push(h.step[k] ?? 0, h.loss[k] ?? 0, h.gradNorm[k] ?? 0);
      frame = f;
      changed();
    },
    clear() {
      // The next frame may come from a new client whose run ids start again.
      series.clear();
      frame = null;
      runId = -1;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    onSummary(listener, intervalMs = DEFAULT_SUMMARY_INTERVAL_MS) {
      let last = Number.NEGATIVE_INFINITY;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const fire = () => {
        timer = null;
        last = performance.now();
        listener(buffer.summary);
      };
      const unsubscribe = buffer.subscribe(() => {
        if (timer !== null) return;
        const wait = last + intervalMs - performance.now();
        // Leading call when idle long enough; otherwise one trailing call
        // carries the latest numbers, so the final step is never lost.
        if (wait <= 0) fire();
        else timer = setTimeout(fire, wait);
      });
      return () => {
        unsubscribe();
        if (timer !== null) clearTimeout(timer);
      };
    },
  };
  return buffer;
}

/** The page's buffer. */
export const telemetry: TelemetryBuffer = createTelemetryBuffer();

/** Feeds a client's frames into a buffer; returns the disconnect function. */
export function connectTelemetry(client: EngineClient, buffer: TelemetryBuffer = telemetry): () => void {
  return client.subscribe((event) => {
    if (event.type === 'frame') buffer.push(event);
  });
}

export type DrawFrame = (frame: FrameEvent, buffer: TelemetryBuffer) => void;

/**
 * Calls `draw` in an animation frame whenever the buffer changed, with the
 * latest frame (several pushes between two paints give one draw). Where there
 * is no requestAnimationFrame (Node tests), draws in a microtask instead.
 * Returns the stop function.
 */
export function onAnimationFrame(buffer: TelemetryBuffer, draw: DrawFrame): () => void {
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : null;
  let drawn = -1;
  let pending = false;
  let handle = 0;
  let stopped = false;

  function paint(): void {
    pending = false;
    if (stopped || buffer.version === drawn) return;
    drawn = buffer.version;
    if (buffer.frame !== null) draw(buffer.frame, buffer);
  }

  function schedule(): void {
    if (pending || stopped) return;
    pending = true;
    if (raf !== null) handle = raf(paint);
    else queueMicrotask(paint);
  }

  const unsubscribe = buffer.subscribe(schedule);
  // A view mounted mid-run draws the frame already there.
  if (buffer.frame !== null) schedule();
  return () => {
    stopped = true;
    unsubscribe();
    if (raf !== null && pending) cancelAnimationFrame(handle);
  };
}

/** onAnimationFrame for a component's lifetime; `draw` may change between renders without restarting. */
export function useFrameLoop(draw: DrawFrame, buffer: TelemetryBuffer = telemetry): void {
  const latest = useRef(draw);
  useEffect(() => {
    latest.current = draw;
  });
  useEffect(() => onAnimationFrame(buffer, (frame, b) => latest.current(frame, b)), [buffer]);
}
