import { describe, expect, it } from 'vitest';
import { renderTex, texMatrix, texNumber, texVector } from '../../src/views/katex.ts';
import { billeEquations, unrolledEquations } from '../../src/views/equations/tex.ts';
import { billeFrame, billeUnrolled, shapeExample } from './fixtures/examples.ts';

describe('TeX builders', () => {
  it('writes numbers with fixed decimals and no negative zero', () => {
    expect(texNumber(-0.4049)).toBe('-0.40');
    expect(texNumber(-0.001)).toBe('0.00');
    expect(texNumber(1)).toBe('1');
  });

  it('writes vectors and truncates long ones around a ⋮', () => {
    expect(texVector([0.5, -0.25], 0, 2)).toBe('\\begin{bmatrix}0.50\\\\-0.25\\end{bmatrix}');
    const long = texVector(Array.from({ length: 20 }, (_, i) => i / 10), 0, 20, { max: 5 });
    expect(long).toContain('\\vdots');
    expect(long).toContain('1.90');
    expect(long).not.toContain('1.00');
  });

  it('draws the [W_hh | W_xh] block rule in a split matrix', () => {
    expect(texMatrix([1, 2, 3, 4], 1, 4, { split: 2 })).toContain('{cc|cc}');
  });

  it('renders HTML with MathML for screen readers', () => {
    const html = renderTex('h_3 = 0.42');
    expect(html).toContain('katex-html');
    expect(html).toContain('<math');
  });
});

describe('unrolled equations', () => {
  it('substitutes the frame’s numbers at the chosen step', () => {
    const f = billeUnrolled();
    const set = unrolledEquations(f, { shape: 'one-to-many', cell: 'vanilla', currentStep: 2 });
    expect(set.status).toBe('ok');
    const all = set.lines.map((l) => l.tex).join('\n');
    // h_3 entries and ŷ_3 entries of the fixture.
    for (let j = 0; j < 3; j++) expect(all).toContain(texNumber(f.h[2 * 3 + j] ?? Number.NaN));
    for (let k = 0; k < 4; k++) expect(all).toContain(texNumber(f.probs[2 * 4 + k] ?? Number.NaN));
    expect(all).toContain('a_{3}');
    expect(all).toContain('L = ');
  });

  it('reports steps without an output and frames not computed yet', () => {
    const f = shapeExample('many-to-one');
    expect(unrolledEquations(f, { shape: 'many-to-one', cell: 'vanilla', currentStep: 2 }).status).toBe('no-output');
    expect(unrolledEquations(null, { shape: 'many-to-one', cell: 'vanilla', currentStep: 0 }).status).toBe('waiting');
  });

  it('writes the gate equations for LSTM and GRU cells', () => {
    const lstm = unrolledEquations(shapeExample('many-to-many', 'lstm'), { shape: 'many-to-many', cell: 'lstm', currentStep: 1 });
    expect(lstm.lines.map((l) => l.id)).toEqual(expect.arrayContaining(['fi', 'go', 'c', 'h', 'y']));
    const gru = unrolledEquations(shapeExample('many-to-many', 'gru'), { shape: 'many-to-many', cell: 'gru', currentStep: 1 });
    expect(gru.lines.map((l) => l.id)).toEqual(expect.arrayContaining(['rz', 'n', 'h']));
  });
});

describe('bille equations', () => {
  it('shows the actual 3 x 7 and 4 x 3 matrices and the argmax fed back', () => {
    const f = billeFrame();
    const set = billeEquations(f, 3);
    const all = set.lines.map((l) => l.tex).join('\n');
    expect(all).toContain('{ccc|cccc}');
    expect(all).toContain(texNumber(f.weights?.Wh[0] ?? Number.NaN));
    expect(all).toContain('x_{5}');
    expect(all).toContain('\\text{“e”}');
  });
});
