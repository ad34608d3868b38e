import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createModel, createRng, createTrainer } from '../../src/engine/index.ts';
import { charLmTask, CHARLM_MAX_CHARS, CHARLM_MAX_VOCAB, prepareText, REPLACEMENT } from '../../src/engine/tasks/charlm.ts';
import {
  TEDDY_MAX_WORDS,
  TEDDY_TEST,
  TEDDY_TRAINING,
  teddyAccuracy,
  teddyPredictions,
  teddyTask,
} from '../../src/engine/tasks/teddy.ts';

function trainTeddy(bidirectional: boolean, seed: number) {
  const task = teddyTask({ bidirectional, hiddenSize: TEDDY_TRAINING.hiddenSize });
  const rng = createRng(seed);
  const model = createModel(task.spec, { kind: 'pytorch' }, rng, { maxSteps: TEDDY_MAX_WORDS });
  const trainer = createTrainer(model, {
    optimizer: { name: 'adam', lr: TEDDY_TRAINING.lr },
    clip: { kind: 'norm', maxNorm: 5 },
    bptt: { kind: 'full' },
  });
  let loss = Number.NaN;
  for (let k = 0; k < TEDDY_TRAINING.updates; k++) {
    const o = trainer.train(task.nextSample(rng));
    if (o.ok) loss = o.report.loss;
  }
  const p = teddyPredictions(model);
  return { loss, p, accuracy: teddyAccuracy(p) };
}

describe('the Teddy task', () => {
  it.each([1, 2, 3])('seed %i: the bidirectional net tags every "Teddy", the forward-only one is at chance', (seed) => {
    const f = trainTeddy(false, seed);
    const b = trainTeddy(true, seed);
    expect(b.accuracy).toBe(1);
    expect(f.accuracy).toBe(0.5);
    // the forward net cannot tell the two sentences of a pair apart: same prefix, same answer
    for (let k = 0; k < TEDDY_TEST.length; k += 2) expect(f.p[k]).toBeCloseTo(f.p[k + 1] ?? Number.NaN, 12);
  });

  it('pairs each prefix with a person and a thing', () => {
    expect(TEDDY_TEST.filter((s) => s.person)).toHaveLength(TEDDY_TEST.length / 2);
    for (const s of TEDDY_TEST) expect(s.words[s.teddyAt]).toBe('Teddy');
  });
});

describe('the character-level task', () => {
  it('refuses empty and whitespace-only texts, and too short ones', () => {
    expect(prepareText('')).toEqual({ ok: false, problem: 'empty' });
    expect(prepareText(' \n\t ')).toEqual({ ok: false, problem: 'empty' });
    expect(prepareText('abc')).toEqual({ ok: false, problem: 'too-short' });
    expect(() => charLmTask({ text: '   ', cell: 'lstm', hiddenSize: 4 })).toThrow(/empty/);
  });

  it('counts emoji and astral characters as one character each', () => {
    const r = prepareText('😀a😀b😀c😀d');
    if (!r.ok) throw new Error('expected ok');
    expect(r.text.chars).toHaveLength(8);
    expect(r.text.vocab[0]).toBe('😀');
  });

  it('caps the length and the vocabulary, folding the rarest characters', () => {
    const long = 'ab '.repeat(10_000);
    const r = prepareText(long);
    if (!r.ok) throw new Error('expected ok');
    expect(r.text.chars.length).toBe(CHARLM_MAX_CHARS);
    expect(r.text.truncated).toBe(long.trim().length - CHARLM_MAX_CHARS);
    const many = Array.from({ length: 200 }, (_, k) => String.fromCodePoint(0x4e00 + k)).join('') + 'a'.repeat(50);
    const v = prepareText(many);
    if (!v.ok) throw new Error('expected ok');
    expect(v.text.vocab.length).toBe(CHARLM_MAX_VOCAB);
    expect(v.text.vocab).toContain(REPLACEMENT);
    expect(v.text.vocab).toContain('a');
    expect(v.text.replacedKinds).toBe(201 - (CHARLM_MAX_VOCAB - 1));
  });

  it('learns a paragraph: the loss falls well below the uniform guess', () => {
    const text = readFileSync(new URL('../../public/texts/en.txt', import.meta.url), 'utf8');
    const task = charLmTask({ text, cell: 'lstm', hiddenSize: 16, window: 64 });
    const rng = createRng(1);
    const model = createModel(task.spec, { kind: 'pytorch' }, rng, { maxSteps: 256 });
    const trainer = createTrainer(model, { optimizer: { name: 'adam', lr: 0.01 }, clip: { kind: 'norm', maxNorm: 5 }, bptt: { kind: 'truncated', window: 16 } });
    let recent = 0;
    for (let k = 0; k < 600; k++) {
      const o = trainer.train(task.nextSample(rng));
      if (o.ok && k >= 550) recent += o.report.loss / 50;
    }
    const uniform = Math.log(task.spec.outputSize);
    expect(recent).toBeLessThan(0.75 * uniform);
    console.info(`char LM: mean loss over updates 551-600 ${recent.toFixed(3)} (uniform ${uniform.toFixed(3)})`);
  });
});

describe('the gradient path of the gates lab’s three cells (what its Jacobian plot shows)', () => {
  // Distance d from the passage's last step T: ‖∂s_T/∂s_{T−d}‖, c for the LSTMs, h for the plain cell.
  function curve(cell: 'lstm' | 'lstm_simple' | 'rnn'): number[] {
    const text = readFileSync(new URL('../../public/texts/en.txt', import.meta.url), 'utf8');
    const task = charLmTask({ text, cell, hiddenSize: 16, window: 64 });
    const model = createModel(task.spec, { kind: 'pytorch' }, createRng(1), { maxSteps: 200 });
    const ids = Array.from(task.ids.slice(0, 200));
    model.loss({ inputs: { kind: 'ids', ids: ids.slice(0, -1) }, targets: { kind: 'ids', ids: ids.slice(1) } });
    model.computeJacobianNorms();
    const tel = model.telemetry;
    const norms = cell === 'rnn' ? tel.dhTdh : (tel.dcTdc ?? new Float64Array());
    const T = tel.steps;
    return Array.from({ length: T }, (_, d) => norms[T - 1 - d] ?? Number.NaN);
  }

  it('the simple LSTM’s identity path keeps ‖∂c_T/∂c_t‖ from vanishing; the LSTM’s and the plain cell’s fall', () => {
    const simple = curve('lstm_simple');
    const lstm = curve('lstm');
    const rnn = curve('rnn');
    expect(simple[0]).toBeCloseTo(4, 12); // √H: the identity at distance 0
    console.info(`at d = 10, 50, 150: simple ${[10, 50, 150].map((d) => simple[d]?.toExponential(2))}, lstm ${[10, 50, 150].map((d) => lstm[d]?.toExponential(2))}, rnn ${[10, 50, 150].map((d) => rnn[d]?.toExponential(2))}`);
    expect(simple[150]).toBeGreaterThan(1);
    expect(lstm[150]).toBeLessThan(1e-6);
    expect(rnn[150]).toBeLessThan(1e-6);
  });
});
