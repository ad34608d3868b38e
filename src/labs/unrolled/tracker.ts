import type { TelemetryBuffer } from '../../state/telemetry.ts';
import type { FrameEvent, ParamSnapshot } from '../../worker/protocol.ts';

// Which weights computed a frame's numbers. A frame carries the telemetry of
// the latest update's pass, computed with the weights from before that
// update, and the weights after it. So the weights behind frame s are those
// of frame s − 1, when that frame was seen: always when stepping, often at
// slow training speeds, rarely flat out (frames are thinned to ~30 a second).

/** frames remembered: enough for a pause frame and a step frame after it */
const KEEP = 4;

export interface PassTracker {
  /** the parameters the frame's pass was computed with, or null when they were not seen */
  weightsFor(frame: FrameEvent): readonly ParamSnapshot[] | null;
  dispose(): void;
}

export function trackPasses(buffer: TelemetryBuffer): PassTracker {
  const seen = new Map<string, readonly ParamSnapshot[]>();
  const key = (runId: number, step: number): string => `${runId}:${step}`;

  function record(): void {
    const f = buffer.frame;
    if (f === null) return;
    const k = key(f.runId, f.step);
    if (seen.has(k)) return;
    seen.set(k, f.params);
    // Maps iterate in insertion order: the first key is the oldest.
    while (seen.size > KEEP) {
      const oldest = seen.keys().next().value;
      if (oldest === undefined) break;
      seen.delete(oldest);
    }
  }

  record();
  const unsubscribe = buffer.subscribe(record);
  return {
    weightsFor(frame) {
      // At step 0 the pass is the first look at the untrained network: its own weights.
      if (frame.step === 0) return frame.params;
      return seen.get(key(frame.runId, frame.step - 1)) ?? null;
    },
    dispose: unsubscribe,
  };
}

/** Resolves with the first frame (already there or pushed later) that passes `accept`, or null after `timeoutMs`. */
export function waitForFrame(buffer: TelemetryBuffer, accept: (f: FrameEvent) => boolean, timeoutMs: number): Promise<FrameEvent | null> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (f: FrameEvent | null): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsubscribe();
      resolve(f);
    };
    const check = (): void => {
      const f = buffer.frame;
      if (f !== null && accept(f)) finish(f);
    };
    const unsubscribe = buffer.subscribe(check);
    const timer = setTimeout(() => finish(null), timeoutMs);
    check();
  });
}
