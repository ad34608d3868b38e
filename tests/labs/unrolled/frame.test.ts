import { describe, expect, it } from 'vitest';
import { oneHotInputs, unrolledFrame } from '../../../src/labs/unrolled/frame.ts';
import { buildEngineRun } from '../../../src/worker/engine-run.ts';
import type { RunConfig, SequenceShape } from '../../../src/worker/protocol.ts';
import { shapeExample } from '../../../src/worker/shape-tasks.ts';
import { copyParams, copyTelemetry } from '../../../src/worker/snapshot.ts';

function trained(shape: SequenceShape, steps: number, cell: 'rnn' | 'lstm' = 'rnn') {
  const config: RunConfig = {
    task: { kind: 'shape', shape, steps, hiddenSize: 3, cell },
    seed: 2,
    init: { kind: 'pytorch' },
    optimizer: { name: 'sgd', lr: 0.1 },
    clip: { kind: 'norm', maxNorm: 5 },
  };
  const run = buildEngineRun(config);
  const sample = run.nextSample();
  const before = copyParams(run.model);
  run.trainer.train(sample);
  return { tel: copyTelemetry(run.model.telemetry), before, ex: shapeExample(shape, steps) };
}

describe('the graph’s frame from a worker snapshot', () => {
  it('draws the decoder’s outputs of an encoder-decoder, with their targets', () => {
    const { tel, before, ex } = trained('encoder-decoder', 6);
    const f = unrolledFrame(tel, ex, before);
    expect(f).not.toBeNull();
    const K = ex.outputVocab.length;
    // Rows 3, 4, 5 of the engine's per-step outputs: the three decoder steps.
    expect(Array.from(f!.stepLoss)).toEqual(Array.from(tel.stepLoss.slice(3, 6)));
    expect(Array.from(f!.probs)).toEqual(Array.from(tel.probs.slice(3 * K, 6 * K)));
    expect(Array.from(f!.targets ?? [])).toEqual(ex.targets.slice(3));
    expect(f!.inputLabels).toEqual(['the', 'cat', 'sat', '<s>', 'le', 'chat']);
    expect(Array.from(f!.dLdh ?? [])).toEqual(Array.from(tel.dLdh.slice(0, 6)));
  });

  it('carries the weights the pass ran with, so the equations add up', () => {
    const { tel, before, ex } = trained('many-to-many', 4);
    const f = unrolledFrame(tel, ex, before)!;
    const w = f.weights!;
    const H = 3;
    const I = ex.inputVocab.length;
    const x = oneHotInputs(ex);
    // h_1 = tanh(W_xh x_1 + b) with h_0 = 0.
    for (let j = 0; j < H; j++) {
      let a = w.bh[j] ?? 0;
      for (let i = 0; i < I; i++) a += (w.Wxh[j * I + i] ?? 0) * (x[i] ?? 0);
      expect(f.h[j]).toBeCloseTo(Math.tanh(a), 12);
    }
    // Gated cells: no vanilla matrices to write out, but the gates are there.
    const lstm = trained('many-to-many', 4, 'lstm');
    const g = unrolledFrame(lstm.tel, lstm.ex, lstm.before)!;
    expect(g.weights).toBeNull();
    expect(Object.keys(g.gates ?? {}).sort()).toEqual(['f', 'g', 'i', 'o']);
  });

  it('refuses a snapshot of another network', () => {
    const { tel, before } = trained('many-to-many', 4);
    expect(unrolledFrame(tel, shapeExample('many-to-many', 5), before)).toBeNull();
    expect(unrolledFrame(tel, shapeExample('one-to-many', 4), before)).toBeNull();
  });
});
