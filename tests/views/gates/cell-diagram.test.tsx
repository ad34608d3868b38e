import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CellDiagram } from '../../../src/views/gates/cell/CellDiagram.tsx';
import { partEquation } from '../../../src/views/gates/cell/cellEquations.ts';
import { cellValues } from '../../../src/views/gates/cell/cellValues.ts';
import type { Reading } from '../../../src/views/gates/common/reading.ts';
import type { TelemetrySnapshot } from '../../../src/worker/protocol.ts';

// A two-step, two-unit LSTM pass with known numbers (c and h consistent with the gates).
function reading(): Reading {
  const f = (xs: number[]) => Float64Array.from(xs);
  const i = [0.5, 0.2, 0.9, 0.1];
  const fg = [0.8, 0.3, 0.7, 0.6];
  const g = [0.4, -0.5, -0.2, 0.9];
  const o = [0.6, 0.5, 0.25, 0.75];
  const c = [0, 0, 0, 0];
  const h = [0, 0, 0, 0];
  for (let t = 0; t < 2; t++)
    for (let j = 0; j < 2; j++) {
      const k = t * 2 + j;
      c[k] = (fg[k] ?? 0) * (t > 0 ? (c[k - 2] ?? 0) : 0) + (i[k] ?? 0) * (g[k] ?? 0);
      h[k] = (o[k] ?? 0) * Math.tanh(c[k] ?? 0);
    }
  const telemetry = {
    steps: 2, maxSteps: 2, layers: 1, directions: 1, hiddenSize: 2, outputSize: 3,
    h: f(h), c: f(c), gates: { i: f(i), f: f(fg), g: f(g), o: f(o) },
    logits: f([]), probs: f([]), stepLoss: f([]), dLdh: f([]), dhTdh: f([]), dcTdc: null,
    paramGradNorms: f([]), gradNormBefore: 0, gradNormAfter: 0,
  } as TelemetrySnapshot;
  return { cell: 'lstm', resetAfter: true, chars: ['a', 'b'], telemetry, step: 0, params: null, vocab: ['a', 'b'] };
}

describe('the cell diagram', () => {
  it('prints the selected step and unit’s values and names each part', () => {
    const r = reading();
    render(
      <CellDiagram cell="lstm" reading={r} sel={{ t: 1, unit: 0 }} part="c" onPart={() => {}}
        describe={(p, v) => `${p} = ${v}`} inputsLabel={(v) => `x = ${v.x}`} label="cell" equationLabel="eq" />,
    );
    const f = screen.getByRole('button', { name: 'f = 0.70' });
    expect(f.getAttribute('data-value')).toBe('0.7000');
    expect(screen.getByRole('button', { name: 'o = 0.25' })).toBeTruthy();
    const c = r.telemetry.c?.[2] ?? 0;
    expect(screen.getByTestId('cell-diagram').querySelector('[data-part=c]')?.getAttribute('data-value')).toBe(c.toFixed(4));
    // c_t = f c_{t-1} + i g with the worker's numbers: 0.7 × 0.2 + 0.9 × (−0.2) = −0.04
    expect(screen.getByTestId('cell-equation').textContent).toContain('-0.040');
  });

  it('writes the GRU update with (1 − z) on the candidate, and the simple LSTM’s identity path', () => {
    const v = cellValues(reading(), 1, 0);
    expect(partEquation('h', { ...v, gates: { z: 0.25, n: 0.5 } }, { cell: 'gru', resetAfter: true })).toMatch(/\(1 - z_t\) \\odot n_t/);
    expect(partEquation('n', v, { cell: 'gru', resetAfter: false })).toContain('W_{hn}(r_t \\odot h_{t-1})');
    expect(partEquation('c', v, { cell: 'lstm_simple', resetAfter: true })).toContain('= I');
  });
});
