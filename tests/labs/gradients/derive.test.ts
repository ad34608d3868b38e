import { describe, expect, it } from 'vitest';
import { chainFrom, eigenFrom, profileFrom, sliceFrom } from '../../../src/labs/gradients/derive.ts';
import type { FrameEvent } from '../../../src/worker/protocol.ts';

// Hand-made frames: only the fields the lab reads, with numbers whose results are known.
function frame(parts: {
  steps: number;
  hiddenSize: number;
  h?: number[];
  gates?: Record<string, number[]>;
  dLdh?: number[];
  dhTdh?: number[];
  dcTdc?: number[] | null;
  params?: { name: string; rows: number; cols: number; w?: number[] }[];
  norms?: number[];
  rho?: number;
  step?: number;
}): FrameEvent {
  const f = (v: number[] | undefined) => Float64Array.from(v ?? []);
  return {
    type: 'frame',
    runId: 1,
    step: parts.step ?? 1,
    loss: 1,
    stepsPerSecond: 0,
    history: { step: f([]), loss: f([]), gradNorm: f([]) },
    sample: null,
    telemetry: {
      steps: parts.steps,
      maxSteps: parts.steps,
      layers: 1,
      directions: 1,
      hiddenSize: parts.hiddenSize,
      outputSize: 4,
      h: f(parts.h),
      c: null,
      gates: Object.fromEntries(Object.entries(parts.gates ?? {}).map(([k, v]) => [k, f(v)])),
      logits: f([]),
      probs: f([]),
      stepLoss: f([]),
      dLdh: f(parts.dLdh),
      whhContrib: new Float64Array(0),
      dhTdh: f(parts.dhTdh),
      dcTdc: parts.dcTdc ? f(parts.dcTdc) : null,
      paramGradNorms: f(parts.norms),
      gradNormBefore: 0,
      gradNormAfter: 0,
    },
    params: (parts.params ?? []).map((p) => ({ ...p, w: f(p.w ?? new Array<number>(p.rows * p.cols).fill(0)) })),
    spectrum: parts.rho === undefined ? null : { spectralRadius: parts.rho, gate: null, re: f([parts.rho]), im: f([0]) },
  };
}

describe('from engine frames to the views', () => {
  it('turns per-step norms into per-distance profiles, the last step first', () => {
    const p = profileFrom(frame({ steps: 3, hiddenSize: 2, dLdh: [0.1, 0.2, 0.4], dhTdh: [0.5, 1, 2], dcTdc: [7, 8, 9], rho: 0.9 }));
    expect(Array.from(p.dhTdh)).toEqual([2, 1, 0.5]);
    expect(Array.from(p.dLdh)).toEqual([0.4, 0.2, 0.1]);
    expect(Array.from(p.dcTdc!)).toEqual([9, 8, 7]);
    expect(p.rho).toBe(0.9);
    expect(profileFrom(frame({ steps: 1, hiddenSize: 1 })).rho).toBeNaN();
  });

  it('measures the vanilla slope with the vanilla activation, and tanh at the gated candidates', () => {
    // tanh′ = 1 − h²: 0.75, 0.75, 1, 0.36 → mean 0.715
    const h = [0.5, -0.5, 0, 0.8];
    expect(chainFrom(frame({ steps: 2, hiddenSize: 2, h }), 'rnn', 'tanh').slope).toBeCloseTo(0.715, 12);
    // σ′ = y(1 − y): 0.25, 0.25 (y = ½ twice), 0.16 (y = 0.8), 0 (y = 0) → mean 0.165
    const y = [0.5, 0.5, 0.8, 0];
    expect(chainFrom(frame({ steps: 2, hiddenSize: 2, h: y }), 'rnn', 'sigmoid').slope).toBeCloseTo(0.165, 12);
    expect(chainFrom(frame({ steps: 2, hiddenSize: 2, h: [1, -1, 2, 0] }), 'rnn', 'relu').slope).toBe(0.5);
    // the LSTM's g and the GRU's n gates, not h
    const lstm = chainFrom(frame({ steps: 1, hiddenSize: 2, h: [0.9, 0.9], gates: { g: [0, 0.6] } }), 'lstm', 'relu');
    expect(lstm.slope).toBeCloseTo((1 + 0.64) / 2, 12);
    expect(lstm.slopeName).toBe('tanh');
    expect(chainFrom(frame({ steps: 1, hiddenSize: 1, gates: { n: [0.5] } }), 'gru', 'tanh').slope).toBeCloseTo(0.75, 12);
  });

  it('cuts the first H × H block of W_hh for the eigenvalue view', () => {
    const w = Array.from({ length: 8 * 2 }, (_, k) => k);
    const e = eigenFrom(frame({ steps: 1, hiddenSize: 2, params: [{ name: 'rnn.weight_hh_l0', rows: 8, cols: 2, w }], rho: 3 }))!;
    expect(Array.from(e.w)).toEqual([0, 1, 2, 3]);
    expect(e.hiddenSize).toBe(2);
    expect(eigenFrom(frame({ steps: 1, hiddenSize: 2 }))).toBeNull();
  });

  it('splits the gradient into ‖∇W_hh‖ and the rest, whose lengths make the global norm', () => {
    const params = [
      { name: 'rnn.weight_ih_l0', rows: 1, cols: 1 },
      { name: 'rnn.weight_hh_l0', rows: 1, cols: 1 },
      { name: 'rnn.bias_ih_l0', rows: 1, cols: 1 },
      { name: 'head.weight', rows: 1, cols: 1 },
    ];
    const v = sliceFrom(frame({ steps: 1, hiddenSize: 1, params, norms: [3, 4, 0, 12] }))!;
    expect(v.x).toBe(4);
    expect(v.y).toBeCloseTo(Math.sqrt(9 + 144), 12);
    expect(Math.hypot(v.x, v.y)).toBeCloseTo(13, 12);
    // before the first update there is no gradient to show
    expect(sliceFrom(frame({ steps: 1, hiddenSize: 1, params, norms: [3, 4, 0, 12], step: 0 }))).toBeNull();
  });
});
