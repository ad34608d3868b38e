import { describe, expect, it } from 'vitest';
import { createModel, createRng } from '../../../src/engine/index.ts';
import type { Model, ModelSpec, Sample } from '../../../src/engine/index.ts';
import { gruStep, gruWeights, maxGap, plainCheck, plainStep } from '../../../src/views/gates/cell/plainCheck.ts';
import type { ParamSnapshot } from '../../../src/worker/protocol.ts';

// The page's GRU check against the engine itself: its step, with the learnt
// gates, must reproduce the engine's h_t; and a GRU whose gates are pinned at
// r = 1, z = 0 must run exactly like the engine's plain tanh cell built from
// its n-block weights, in both reset conventions.

const V = 5;
const H = 4;
const IDS = [0, 3, 1, 4, 2, 2, 0, 1];

function spec(cell: 'gru' | 'rnn', resetAfter: boolean): ModelSpec {
  return {
    input: { kind: 'onehot', vocabSize: V },
    rnn: { cell, hiddenSize: H, numLayers: 1, bidirectional: false, ...(cell === 'gru' && { resetAfter }) },
    head: 'per_step',
    outputSize: V,
    loss: 'cross_entropy',
  };
}

const sample: Sample = { inputs: { kind: 'ids', ids: IDS }, targets: { kind: 'ids', ids: [...IDS.slice(1), 0] } };

function snapshot(m: Model): ParamSnapshot[] {
  return m.params.map((p) => ({ name: p.name, rows: p.rows, cols: p.cols, w: p.w.slice() }));
}

function hAt(m: Model, t: number): Float64Array {
  return m.telemetry.h.slice(t * H, (t + 1) * H);
}

describe.each([true, false])('the GRU check, reset after W_hn: %s', (resetAfter) => {
  it('recomputes the engine’s h_t from its weights and h_{t−1}', () => {
    const gru = createModel(spec('gru', resetAfter), { kind: 'pytorch' }, createRng(3), { maxSteps: 16 });
    gru.loss(sample);
    const w = gruWeights(snapshot(gru));
    if (w === null) throw new Error('no GRU weights');
    for (let t = 0; t < IDS.length; t++) {
      const prev = t === 0 ? new Float64Array(H) : hAt(gru, t - 1);
      const step = gruStep(w, IDS[t] ?? 0, prev, resetAfter);
      expect(maxGap(step.h, hAt(gru, t))).toBeLessThan(1e-12);
      expect(maxGap(step.z, gru.telemetry.gates.z?.slice(t * H, (t + 1) * H) ?? [])).toBeLessThan(1e-12);
    }
    // With the learnt gates the GRU is not the plain cell: the check has something to show.
    const c = plainCheck(w, IDS[3] ?? 0, hAt(gru, 2), resetAfter);
    expect(maxGap(c.learnt.h, c.plain)).toBeGreaterThan(1e-3);
    expect(maxGap(c.after, c.plain)).toBeLessThan(1e-14);
    expect(maxGap(c.before, c.plain)).toBeLessThan(1e-14);
  });

  it('with r pinned at 1 and z at 0, the engine’s GRU is the engine’s plain tanh cell', () => {
    const gru = createModel(spec('gru', resetAfter), { kind: 'pytorch' }, createRng(5), { maxSteps: 16 });
    // Zero weights into r and z and huge biases: σ(+1000) = 1 and σ(−1000) = 0 exactly in floating point.
    const wih = gru.param('rnn.weight_ih_l0').w;
    const whh = gru.param('rnn.weight_hh_l0').w;
    const bih = gru.param('rnn.bias_ih_l0').w;
    const bhh = gru.param('rnn.bias_hh_l0').w;
    wih.fill(0, 0, 2 * H * V);
    whh.fill(0, 0, 2 * H * H);
    bih.fill(1000, 0, H);
    bih.fill(-1000, H, 2 * H);
    bhh.fill(0, 0, 2 * H);
    const rnn = createModel(spec('rnn', resetAfter), { kind: 'pytorch' }, createRng(7), { maxSteps: 16 });
    rnn.param('rnn.weight_ih_l0').w.set(wih.subarray(2 * H * V));
    rnn.param('rnn.weight_hh_l0').w.set(whh.subarray(2 * H * H));
    rnn.param('rnn.bias_ih_l0').w.set(bih.subarray(2 * H));
    rnn.param('rnn.bias_hh_l0').w.set(bhh.subarray(2 * H));
    gru.loss(sample);
    rnn.loss(sample);
    expect(gru.telemetry.gates.r?.slice(0, IDS.length * H).every((r) => r === 1)).toBe(true);
    expect(gru.telemetry.gates.z?.slice(0, IDS.length * H).every((z) => z === 0)).toBe(true);
    expect(maxGap(gru.telemetry.h.slice(0, IDS.length * H), rnn.telemetry.h.slice(0, IDS.length * H))).toBeLessThan(1e-14);
    // and the page's plain cell agrees with the engine's
    const w = gruWeights(snapshot(gru));
    if (w === null) throw new Error('no GRU weights');
    expect(maxGap(plainStep(w, IDS[4] ?? 0, hAt(rnn, 3)), hAt(rnn, 4))).toBeLessThan(1e-14);
  });
});
