import { describe, expect, it } from 'vitest';
import type { CellKind, InitSpec, ModelSpec, Param } from '../../src/engine/api.ts';
import { initialiseParams } from '../../src/engine/init.ts';
import { matmul, spectralRadius, transpose } from '../../src/engine/linalg.ts';
import { createRng } from '../../src/engine/random.ts';

function param(name: string, rows: number, cols: number): Param {
  return { name, rows, cols, w: new Float64Array(rows * cols), g: new Float64Array(rows * cols) };
}

const GATES: Record<CellKind, number> = { rnn: 1, lstm_simple: 1, lstm: 4, gru: 3 };

/** A spec with an embedding, `layers` layers, optional reverse direction, and the params PyTorch would have, in state_dict order. */
function build(cell: CellKind, h: number, opts: { layers?: number; bidirectional?: boolean } = {}) {
  const layers = opts.layers ?? 1;
  const bidirectional = opts.bidirectional ?? false;
  const v = 7;
  const e = 5;
  const k = 6;
  const d = bidirectional ? 2 : 1;
  const spec: ModelSpec = {
    input: { kind: 'embedding', vocabSize: v, embeddingDim: e },
    rnn: { cell, hiddenSize: h, numLayers: layers, bidirectional },
    head: 'per_step',
    outputSize: k,
    loss: 'cross_entropy',
  };
  const gh = GATES[cell] * h;
  const params: Param[] = [param('embedding.weight', v, e)];
  for (let l = 0; l < layers; l++) {
    for (const suffix of bidirectional ? ['', '_reverse'] : ['']) {
      const inW = l === 0 ? e : d * h;
      params.push(
        param(`rnn.weight_ih_l${l}${suffix}`, gh, inW),
        param(`rnn.weight_hh_l${l}${suffix}`, gh, h),
        param(`rnn.bias_ih_l${l}${suffix}`, gh, 1),
        param(`rnn.bias_hh_l${l}${suffix}`, gh, 1),
      );
    }
  }
  params.push(param('head.weight', k, d * h), param('head.bias', k, 1));
  const byName = (name: string): Param => {
    const p = params.find((q) => q.name === name);
    if (!p) throw new Error(`no ${name}`);
    return p;
  };
  return { spec, params, byName };
}

/** The h x h gate block b of a (G·H) x H matrix. */
function block(w: Float64Array, b: number, h: number): Float64Array {
  return w.slice(b * h * h, (b + 1) * h * h);
}

function maxAbs(w: Float64Array): number {
  return w.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
}

function meanAndVar(w: Float64Array): [number, number] {
  const mean = w.reduce((s, x) => s + x, 0) / w.length;
  return [mean, w.reduce((s, x) => s + (x - mean) ** 2, 0) / w.length];
}

/** Checks w looks like U(-b, b): inside the bounds, reaching near them, with variance b²/3. */
function expectUniform(w: Float64Array, b: number): void {
  expect(maxAbs(w)).toBeLessThanOrEqual(b);
  expect(maxAbs(w)).toBeGreaterThan(0.9 * b);
  const [mean, variance] = meanAndVar(w);
  // Standard errors for n ≥ 1000 draws: mean b/√(3n) ≤ 0.02 b, variance ≈ 0.03 b²/3.
  expect(Math.abs(mean)).toBeLessThan(0.06 * b);
  expect(Math.abs(variance / (b * b / 3) - 1)).toBeLessThan(0.12);
}

describe('initialiseParams: pytorch defaults', () => {
  it('draws rnn weights and biases in ±1/√H, the head in ±1/√fan_in, the embedding N(0, 1)', () => {
    const h = 32;
    const { spec, params, byName } = build('lstm', h, { layers: 2 });
    initialiseParams(params, spec, { kind: 'pytorch' }, createRng(1));
    const b = 1 / Math.sqrt(h);
    for (const name of ['rnn.weight_ih_l0', 'rnn.weight_hh_l0', 'rnn.weight_ih_l1', 'rnn.weight_hh_l1']) {
      expectUniform(byName(name).w, b);
    }
    // Biases are short (4H = 128); pool them for the statistics.
    const biases = Float64Array.from(
      ['rnn.bias_ih_l0', 'rnn.bias_hh_l0', 'rnn.bias_ih_l1', 'rnn.bias_hh_l1'].flatMap((n) => Array.from(byName(n).w)),
    );
    expectUniform(biases, b);
    // nn.Linear(32, 6): both weight and bias within ±1/√32.
    expect(maxAbs(byName('head.weight').w)).toBeLessThanOrEqual(1 / Math.sqrt(h));
    expect(maxAbs(byName('head.bias').w)).toBeLessThanOrEqual(1 / Math.sqrt(h));
    expect(maxAbs(byName('head.weight').w)).toBeGreaterThan(0.5 / Math.sqrt(h));
    // N(0, 1): 35 draws, some beyond the ±1/√H uniform range, and none absurd.
    const emb = byName('embedding.weight').w;
    expect(maxAbs(emb)).toBeGreaterThan(1);
    expect(maxAbs(emb)).toBeLessThan(5);
  });

  it('uses the head fan_in D·H for a bidirectional model', () => {
    const h = 8;
    const { spec, params, byName } = build('gru', h, { bidirectional: true });
    initialiseParams(params, spec, { kind: 'pytorch' }, createRng(2));
    expect(maxAbs(byName('head.weight').w)).toBeLessThanOrEqual(1 / Math.sqrt(16));
    expect(maxAbs(byName('head.weight').w)).toBeGreaterThan(1 / Math.sqrt(8) - 0.2);
    expect(maxAbs(byName('rnn.weight_hh_l0_reverse').w)).toBeLessThanOrEqual(1 / Math.sqrt(8));
    // Not all zero: the reverse direction is drawn too.
    expect(maxAbs(byName('rnn.bias_hh_l0_reverse').w)).toBeGreaterThan(0);
  });
});

describe('initialiseParams: recurrent schemes', () => {
  it('identity: every gate block of W_hh is scale·I and the recurrent biases are zero', () => {
    const h = 5;
    const { spec, params, byName } = build('gru', h);
    initialiseParams(params, spec, { kind: 'identity', scale: 0.5 }, createRng(3));
    const whh = byName('rnn.weight_hh_l0').w;
    for (let g = 0; g < 3; g++) {
      for (let i = 0; i < h; i++) {
        for (let j = 0; j < h; j++) expect(whh[g * h * h + i * h + j]).toBe(i === j ? 0.5 : 0);
      }
    }
    expect(Array.from(byName('rnn.bias_ih_l0').w).every((x) => x === 0)).toBe(true);
    expect(Array.from(byName('rnn.bias_hh_l0').w).every((x) => x === 0)).toBe(true);
    // The input weights keep the default.
    expect(maxAbs(byName('rnn.weight_ih_l0').w)).toBeGreaterThan(0);
    expect(maxAbs(byName('rnn.weight_ih_l0').w)).toBeLessThanOrEqual(1 / Math.sqrt(h));
  });

  it('identity defaults to scale 1', () => {
    const { spec, params, byName } = build('rnn', 3);
    initialiseParams(params, spec, { kind: 'identity' }, createRng(3));
    expect(Array.from(byName('rnn.weight_hh_l0').w)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('orthogonal: every gate block times gain has BᵀB = gain²·I', () => {
    const h = 12;
    const gain = 1.3;
    const { spec, params, byName } = build('lstm', h);
    initialiseParams(params, spec, { kind: 'orthogonal', gain }, createRng(4));
    const whh = byName('rnn.weight_hh_l0').w;
    for (let g = 0; g < 4; g++) {
      const bl = block(whh, g, h);
      const btb = matmul(transpose(bl, h, h), bl, h, h, h);
      for (let i = 0; i < h; i++) {
        for (let j = 0; j < h; j++) {
          expect(Math.abs(btb[i * h + j]! - (i === j ? gain * gain : 0))).toBeLessThan(1e-12);
        }
      }
    }
    // Blocks differ (each gate its own draw).
    expect(block(whh, 0, h)).not.toEqual(block(whh, 1, h));
    // Biases keep the default.
    expect(maxAbs(byName('rnn.bias_hh_l0').w)).toBeGreaterThan(0);
  });

  it('orthogonal defaults to gain 1', () => {
    const h = 6;
    const { spec, params, byName } = build('rnn', h);
    initialiseParams(params, spec, { kind: 'orthogonal' }, createRng(4));
    const w = byName('rnn.weight_hh_l0').w;
    const wtw = matmul(transpose(w, h, h), w, h, h, h);
    for (let i = 0; i < h; i++) expect(wtw[i * h + i]).toBeCloseTo(1, 12);
  });

  it('echo_state: the spectral radius of every block equals the target', () => {
    const h = 20;
    const { spec, params, byName } = build('gru', h, { layers: 2 });
    initialiseParams(params, spec, { kind: 'echo_state', spectralRadius: 0.9 }, createRng(5));
    for (const name of ['rnn.weight_hh_l0', 'rnn.weight_hh_l1']) {
      for (let g = 0; g < 3; g++) {
        expect(Math.abs(spectralRadius(block(byName(name).w, g, h), h) - 0.9)).toBeLessThan(1e-9);
      }
    }
  });

  it('echo_state: the radius is right by power iteration too, not only by the eigenvalue routine', () => {
    // ‖Wᵏv‖^{1/k} → ρ(W), independent of the QR iteration.
    const h = 16;
    const { spec, params, byName } = build('rnn', h);
    initialiseParams(params, spec, { kind: 'echo_state', spectralRadius: 1.5 }, createRng(6));
    const w = byName('rnn.weight_hh_l0').w;
    let v: Float64Array = new Float64Array(h).fill(1);
    let logNorm = 0;
    const k = 3000;
    for (let s = 0; s < k; s++) {
      v = matmul(w, v, h, h, 1);
      const norm = Math.hypot(...v);
      logNorm += Math.log(norm);
      for (let i = 0; i < h; i++) v[i]! /= norm;
    }
    expect(Math.abs(Math.exp(logNorm / k) / 1.5 - 1)).toBeLessThan(0.03);
  });

  it('gaussian: W_hh entries have mean 0 and std scale/√H', () => {
    const h = 64;
    const scale = 1.2;
    const { spec, params, byName } = build('rnn', h);
    initialiseParams(params, spec, { kind: 'gaussian', scale }, createRng(7));
    const w = byName('rnn.weight_hh_l0').w;
    const [mean, variance] = meanAndVar(w);
    // 4096 draws: standard error of the variance ≈ 2%.
    expect(Math.abs(mean)).toBeLessThan(0.05 * (scale / 8));
    expect(Math.abs(variance / (scale * scale / h) - 1)).toBeLessThan(0.08);
    // Other weights keep the default.
    expect(maxAbs(byName('rnn.weight_ih_l0').w)).toBeLessThanOrEqual(1 / 8);
  });

  it('gaussian: the spectral radius averages close to scale for H = 64 (circular law)', () => {
    // At H = 64 a single draw's radius spreads over about ±10% (with a small upward
    // bias that vanishes as H grows), so the check is on the mean of 10 draws.
    const h = 64;
    const scale = 1.2;
    const { spec, params, byName } = build('rnn', h);
    const rng = createRng(7);
    let sum = 0;
    for (let draw = 0; draw < 10; draw++) {
      initialiseParams(params, spec, { kind: 'gaussian', scale }, rng);
      const rho = spectralRadius(byName('rnn.weight_hh_l0').w, h);
      expect(Math.abs(rho / scale - 1)).toBeLessThan(0.3);
      sum += rho;
    }
    expect(Math.abs(sum / 10 / scale - 1)).toBeLessThan(0.1);
  });

  it('gaussian on an LSTM: each of the four blocks has radius near scale', () => {
    const h = 64;
    const { spec, params, byName } = build('lstm', h);
    initialiseParams(params, spec, { kind: 'gaussian', scale: 0.8 }, createRng(8));
    const w = byName('rnn.weight_hh_l0').w;
    for (let g = 0; g < 4; g++) {
      expect(Math.abs(spectralRadius(block(w, g, h), h) / 0.8 - 1)).toBeLessThan(0.25);
    }
  });
});

describe('initialiseParams: glorot', () => {
  it('draws every weight matrix in ±√(6 / (fan_in + fan_out)) per gate block and zeroes all biases', () => {
    const h = 32;
    const { spec, params, byName } = build('lstm', h, { layers: 2 });
    initialiseParams(params, spec, { kind: 'glorot' }, createRng(9));
    // Layer 0: each gate block maps E = 5 inputs to H = 32 units.
    expectUniform(byName('rnn.weight_ih_l0').w, Math.sqrt(6 / (5 + h)));
    expectUniform(byName('rnn.weight_ih_l1').w, Math.sqrt(6 / (h + h)));
    expectUniform(byName('rnn.weight_hh_l0').w, Math.sqrt(6 / (h + h)));
    const head = byName('head.weight').w;
    expect(maxAbs(head)).toBeLessThanOrEqual(Math.sqrt(6 / (h + 6)));
    expect(maxAbs(head)).toBeGreaterThan(0.8 * Math.sqrt(6 / (h + 6)));
    const emb = byName('embedding.weight').w;
    expect(maxAbs(emb)).toBeLessThanOrEqual(Math.sqrt(6 / (7 + 5)));
    for (const p of params.filter((q) => q.cols === 1)) {
      expect(Array.from(p.w).every((x) => x === 0), p.name).toBe(true);
    }
  });
});

describe('initialiseParams: determinism and order', () => {
  it('gives the same weights for the same rng state and different ones for another seed', () => {
    for (const init of [
      { kind: 'pytorch' },
      { kind: 'orthogonal' },
      { kind: 'echo_state', spectralRadius: 1.1 },
      { kind: 'gaussian', scale: 1 },
    ] as InitSpec[]) {
      const a = build('lstm', 6);
      const b = build('lstm', 6);
      const c = build('lstm', 6);
      initialiseParams(a.params, a.spec, init, createRng(10));
      initialiseParams(b.params, b.spec, init, createRng(10));
      initialiseParams(c.params, c.spec, init, createRng(11));
      a.params.forEach((p, k) => {
        expect(p.w).toEqual(b.params[k]!.w);
        expect(p.w).not.toEqual(c.params[k]!.w);
      });
    }
  });

  it('draws in params order: the first parameter takes the first draws', () => {
    // embedding.weight comes first and is N(0, 1): its values are the rng's first normals.
    const { spec, params, byName } = build('rnn', 4);
    initialiseParams(params, spec, { kind: 'pytorch' }, createRng(12));
    const rng = createRng(12);
    const expected = Array.from({ length: 35 }, () => rng.normal());
    expect(Array.from(byName('embedding.weight').w)).toEqual(expected);
    // ... and the next parameter, weight_ih_l0, continues the same stream as uniforms in ±1/√4.
    expect(byName('rnn.weight_ih_l0').w[0]).toBe(0.5 * (2 * rng.next() - 1));
  });
});

describe('initialiseParams: bad input', () => {
  const { spec, params } = build('rnn', 4);
  const rng = createRng(0);

  it('names the field, what was expected and what was given', () => {
    expect(() => initialiseParams(params, spec, { kind: 'gaussian', scale: -1 }, rng)).toThrow(
      'init.scale: expected a finite number > 0, got -1',
    );
    expect(() => initialiseParams(params, spec, { kind: 'gaussian', scale: NaN }, rng)).toThrow(
      'init.scale: expected a finite number > 0, got NaN',
    );
    expect(() => initialiseParams(params, spec, { kind: 'identity', scale: Infinity }, rng)).toThrow(
      'init.scale: expected a finite number > 0, got Infinity',
    );
    expect(() => initialiseParams(params, spec, { kind: 'orthogonal', gain: -2 }, rng)).toThrow(
      'init.gain: expected a finite number > 0, got -2',
    );
    expect(() => initialiseParams(params, spec, { kind: 'echo_state', spectralRadius: 0 }, rng)).toThrow(
      'init.spectralRadius: expected a finite number > 0, got 0',
    );
    const unknown = JSON.parse('{"kind":"xavier"}') as InitSpec;
    expect(() => initialiseParams(params, spec, unknown, rng)).toThrow(
      'init.kind: expected one of pytorch, gaussian, glorot, orthogonal, identity, echo_state, got "xavier"',
    );
  });

  it('rejects unknown parameter names and wrong shapes', () => {
    expect(() => initialiseParams([param('rnn.weight_xx_l0', 4, 4)], spec, { kind: 'pytorch' }, rng)).toThrow(
      'got "rnn.weight_xx_l0"',
    );
    expect(() => initialiseParams([param('rnn.weight_hh_l0', 4, 5)], spec, { kind: 'pytorch' }, rng)).toThrow(
      'rnn.weight_hh_l0: expected shape 4x4 (16 values), got 4x5 (20 values)',
    );
  });
});
