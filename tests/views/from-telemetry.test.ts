import { describe, expect, it } from 'vitest';
import type { Param, Telemetry } from '../../src/engine/api.ts';
import { unrolledFrameFromTelemetry, unrolledWeightsFromParams } from '../../src/views/unrolled-graph/fromTelemetry.ts';

function telemetry(): Telemetry {
  const maxSteps = 4;
  const H = 2;
  const layers = 2;
  const h = new Float64Array(layers * maxSteps * H).map((_, i) => i);
  return {
    steps: 3,
    maxSteps,
    layers,
    directions: 1,
    hiddenSize: H,
    outputSize: 3,
    h,
    c: null,
    gates: { r: h.map((v) => v + 100) },
    logits: new Float64Array(maxSteps * 3).map((_, i) => i / 10),
    probs: new Float64Array(maxSteps * 3).fill(1 / 3),
    stepLoss: Float64Array.from([0.5, 0.25, 0.125, 9]),
    dLdh: Float64Array.from([1, 2, 3, 9]),
    whhContrib: Float64Array.from([0.5, 0.25, 0.125, 7]),
    dhTdh: new Float64Array(maxSteps),
    dcTdc: null,
    paramGradNorms: new Float64Array(0),
    gradNormBefore: 0,
    gradNormAfter: 0,
  };
}

describe('frames from the engine telemetry', () => {
  it('views the top layer’s steps without copying', () => {
    const tel = telemetry();
    const f = unrolledFrameFromTelemetry(tel, { inputLabels: ['a', 'b', 'c'], outputLabels: null, x: null, inputSize: 0, scoredSteps: 3 });
    // Layer 1 starts after layer 0's maxSteps * H = 8 entries.
    expect(Array.from(f.h)).toEqual([8, 9, 10, 11, 12, 13]);
    expect(f.h.buffer).toBe(tel.h.buffer);
    expect(Array.from(f.gates?.r ?? [])).toEqual([108, 109, 110, 111, 112, 113]);
    expect(Array.from(f.stepLoss)).toEqual([0.5, 0.25, 0.125]);
    expect(f.logits).toHaveLength(9);
    expect(Array.from(f.dLdh ?? [])).toEqual([1, 2, 3]);
  });

  it('sums the two biases and refuses stacked gate matrices', () => {
    const p = (name: string, rows: number, cols: number, w: number[]): Param => ({ name, rows, cols, w: Float64Array.from(w), g: new Float64Array(w.length) });
    const vanilla = [
      p('rnn.weight_ih_l0', 2, 1, [1, 2]),
      p('rnn.weight_hh_l0', 2, 2, [1, 0, 0, 1]),
      p('rnn.bias_ih_l0', 2, 1, [0.5, 0.5]),
      p('rnn.bias_hh_l0', 2, 1, [0.25, -0.5]),
      p('head.weight', 1, 2, [3, 4]),
      p('head.bias', 1, 1, [0]),
    ];
    expect(Array.from(unrolledWeightsFromParams(vanilla)?.bh ?? [])).toEqual([0.75, 0]);
    const lstm = vanilla.map((q) => (q.name === 'rnn.weight_hh_l0' ? p(q.name, 8, 2, new Array(16).fill(0)) : q));
    expect(unrolledWeightsFromParams(lstm)).toBeNull();
  });
});
