import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { unrolledFrame } from '../../../src/labs/unrolled/frame.ts';
import { GraphPanel } from '../../../src/labs/unrolled/GraphPanel.tsx';
import type { PassSnapshot } from '../../../src/labs/unrolled/usePassPlayer.ts';
import { createTelemetryBuffer } from '../../../src/state/telemetry.ts';
import type { UnrolledConfig } from '../../../src/views/unrolled-graph/types.ts';
import { buildEngineRun } from '../../../src/worker/engine-run.ts';
import type { FrameEvent } from '../../../src/worker/protocol.ts';
import { shapeExample } from '../../../src/worker/shape-tasks.ts';
import { copyParams, copyTelemetry } from '../../../src/worker/snapshot.ts';

const ex = shapeExample('many-to-many', 3);
const config: UnrolledConfig = { mode: 'backward', shape: 'many-to-many', cell: 'vanilla', rolled: false, steps: 3, currentStep: 1 };

function frames(): { looked: FrameEvent; snapshot: PassSnapshot } {
  const run = buildEngineRun({
    task: { kind: 'shape', shape: 'many-to-many', steps: 3, hiddenSize: 3, cell: 'rnn' },
    seed: 4,
    init: { kind: 'pytorch' },
    optimizer: { name: 'sgd', lr: 0.1 },
    clip: { kind: 'none' },
  });
  const sample = run.nextSample();
  run.model.loss(sample);
  const empty = new Float64Array(0);
  // The first look at the network: a forward pass only, so every gradient norm is 0.
  const looked: FrameEvent = {
    type: 'frame',
    runId: 1,
    step: 0,
    loss: 1,
    stepsPerSecond: 0,
    history: { step: empty, loss: empty, gradNorm: empty },
    sample: null,
    telemetry: copyTelemetry(run.model.telemetry),
    params: copyParams(run.model),
    spectrum: null,
  };
  const before = copyParams(run.model);
  run.trainer.train(sample);
  const frame = unrolledFrame(copyTelemetry(run.model.telemetry), ex, before);
  if (frame === null) throw new Error('no frame');
  return { looked, snapshot: { runId: 1, step: 1, frame } };
}

const norm = () => Number(/= ([\d.]+)$/.exec(document.querySelector('[data-eq=dh] annotation')?.textContent ?? '')?.[1]);

describe('the graph panel', () => {
  it('never lets a live frame held back by the equations’ throttle replace the pass being animated', async () => {
    const { looked, snapshot } = frames();
    const buffer = createTelemetryBuffer();
    const panel = (s: PassSnapshot | null, step: number) => (
      <GraphPanel buffer={buffer} tracker={null} example={ex} config={{ ...config, currentStep: step }} snapshot={s} controls={null} />
    );
    const { rerender } = render(panel(null, 1));
    // Two live frames in quick succession (after the throttle's quiet time): the first is
    // shown at once, the second one's equations wait for the throttle.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 1100));
      buffer.push(looked);
      await new Promise((r) => setTimeout(r, 20));
      buffer.push({ ...looked, telemetry: copyTelemetry(looked.telemetry) });
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(norm()).toBe(0);
    rerender(panel(snapshot, 1));
    const expected = snapshot.frame.dLdh?.[1] ?? 0;
    expect(expected).toBeGreaterThan(0.0005);
    expect(norm()).toBeCloseTo(expected, 3);
    // After the throttle's delay, and a step of the animation, the pass is still the snapshot's.
    await act(() => new Promise((r) => setTimeout(r, 1100)));
    rerender(panel(snapshot, 2));
    rerender(panel(snapshot, 1));
    expect(norm()).toBeCloseTo(expected, 3);
  });
});
