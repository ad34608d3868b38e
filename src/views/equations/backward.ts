// The backward pass's equations for one step of the unrolled lab: where
// ∂L/∂h_t comes from (its own output, and the step after it through W_hh),
// its norm as the engine computed it, and how the step adds to the gradient
// of the shared W_hh. Symbols follow the notes; the numbers are the frame's.
import { texNumber } from '../katex.ts';
import type { StepSpec } from '../unrolled-graph/layout.ts';
import type { CellType, UnrolledFrame } from '../unrolled-graph/types.ts';
import type { EquationLine } from './tex.ts';

const d = (num: string, den: string): string => `\\frac{\\partial ${num}}{\\partial ${den}}`;

/** Lines for step t0 (0-based): ∂L/∂h_t, δ_t, and the step's share of ∂L/∂W_hh. */
export function backwardLines(frame: UnrolledFrame, specs: readonly StepSpec[], t0: number, cell: CellType): EquationLine[] {
  const n = t0 + 1;
  const spec = specs[t0];
  const next = specs[t0 + 1];
  const P = spec?.segment === 'decoder' ? "'" : '';
  const terms: string[] = [];
  if (spec && spec.outputRow >= 0) terms.push(`W_{hy}^{\\top}(\\hat y_{${n}} - y_{${n}})`);
  if (next) {
    // Vanilla: a_{t+1} = W_hh h_t + …, so the step after passes back W_hhᵀ δ_{t+1}; gated cells through their gates.
    const PN = next.segment === 'decoder' ? "'" : '';
    terms.push(cell === 'vanilla' ? `W${PN}_{hh}^{\\top}\\,\\delta_{${n + 1}}` : `\\Big(${d(`h_{${n + 1}}`, `h_{${n}}`)}\\Big)^{\\!\\top} ${d('L', `h_{${n + 1}}`)}`);
  }
  const norm = frame.dLdh ? texNumber(frame.dLdh[t0] ?? Number.NaN, 3) : '\\cdots';
  const lines: EquationLine[] = [
    {
      id: 'dh',
      tex: `${d('L', `h_{${n}}`)} = ${terms.length > 0 ? terms.join(' + ') : '0'}, \\qquad \\Big\\|${d('L', `h_{${n}}`)}\\Big\\| = ${norm}`,
    },
  ];
  const contrib = frame.whhContrib ? ` \\qquad \\big\\|\\delta_{${n}}\\, h_{${n - 1}}^{\\top}\\big\\| = ${texNumber(frame.whhContrib[t0] ?? Number.NaN, 3)}` : '';
  // δ_t: the gradient of the pre-activations W_hh multiplies (for gated cells, all their gates' stacked).
  const delta = cell === 'vanilla' ? `(1 - h_{${n}}^{2}) \\odot ${d('L', `h_{${n}}`)}` : `\\Big[${d('L', `a^{g}_{${n}}`)}\\Big]_{g \\in ${cell === 'lstm' ? 'ifgo' : 'rzn'}}`;
  lines.push({ id: 'delta', tex: `\\delta_{${n}} = ${d('L', `a_{${n}}`)} = ${delta}` });
  lines.push({
    id: 'dW',
    // The shared matrix collects one term per step; this step's is the one written out.
    tex: `${d('L', `W${P}_{hh}`)} = \\textstyle\\sum_{t=1}^{${specs.length}} \\delta_{t}\\, h_{t-1}^{\\top} = \\cdots + \\delta_{${n}}\\, h_{${n - 1}}^{\\top} + \\cdots${t0 === 0 ? ', \\quad h_0 = 0' : ''}${contrib}`,
  });
  return lines;
}
