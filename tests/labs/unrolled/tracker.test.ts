import { describe, expect, it } from 'vitest';
import { trackPasses, waitForFrame } from '../../../src/labs/unrolled/tracker.ts';
import { createTelemetryBuffer } from '../../../src/state/telemetry.ts';
import type { FrameEvent, ParamSnapshot } from '../../../src/worker/protocol.ts';
import { emptyTelemetry } from '../../worker/fakes.ts';

function frame(runId: number, step: number): FrameEvent {
  const params: ParamSnapshot[] = [{ name: 'w', rows: 1, cols: 1, w: new Float64Array([step]) }];
  const empty = new Float64Array(0);
  return {
    type: 'frame',
    runId,
    step,
    loss: 1,
    stepsPerSecond: 0,
    history: { step: empty, loss: empty, gradNorm: empty },
    sample: null,
    telemetry: emptyTelemetry(),
    params,
    spectrum: null,
  };
}

const weight = (p: readonly ParamSnapshot[] | null) => p?.[0]?.w[0] ?? null;

describe('which weights computed a frame', () => {
  it('are the previous update’s, when that frame was seen in the same run', () => {
    const buffer = createTelemetryBuffer();
    const tracker = trackPasses(buffer);
    buffer.push(frame(1, 0));
    expect(weight(tracker.weightsFor(frame(1, 0)))).toBe(0);
    buffer.push(frame(1, 4));
    buffer.push(frame(1, 5));
    expect(weight(tracker.weightsFor(frame(1, 5)))).toBe(4);
    // Frames thinned out while training: update 9's weights were never seen.
    buffer.push(frame(1, 10));
    expect(tracker.weightsFor(frame(1, 10))).toBeNull();
    // A new run never borrows the old one's weights.
    buffer.push(frame(2, 6));
    expect(tracker.weightsFor(frame(2, 6))).toBeNull();
    buffer.push(frame(2, 7));
    expect(weight(tracker.weightsFor(frame(2, 7)))).toBe(6);
    // Disposed, it records nothing more.
    tracker.dispose();
    buffer.push(frame(2, 8));
    expect(tracker.weightsFor(frame(2, 9))).toBeNull();
  });

  it('waits for a frame that passes, or gives up', async () => {
    const buffer = createTelemetryBuffer();
    const later = waitForFrame(buffer, (f) => f.step >= 3, 1000);
    buffer.push(frame(1, 2));
    buffer.push(frame(1, 3));
    expect((await later)?.step).toBe(3);
    expect(await waitForFrame(buffer, (f) => f.step > 50, 20)).toBeNull();
  });
});
