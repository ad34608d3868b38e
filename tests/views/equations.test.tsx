import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { BilleEquations, UnrolledEquations } from '../../src/views/equations/Equations.tsx';
import { texNumber } from '../../src/views/katex.ts';
import { billeFrame, billeUnrolled, shapeExample } from './fixtures/examples.ts';

/** The visible (HTML) part of KaTeX's output, with KaTeX's minus sign made ASCII. */
function visibleMath(container: HTMLElement): string {
  return Array.from(container.querySelectorAll('.katex-html'))
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\u2212/g, '-');
}

describe('UnrolledEquations', () => {
  it('substitutes the numbers of the current step', () => {
    const f = billeUnrolled();
    const { container } = render(<UnrolledEquations config={{ shape: 'one-to-many', cell: 'vanilla', currentStep: 2 }} frame={f} />);
    const text = visibleMath(container);
    for (let j = 0; j < 3; j++) expect(text).toContain(texNumber(f.h[2 * 3 + j] ?? 0));
    expect(text).toContain(texNumber(f.stepLoss[2] ?? 0));
    // MathML is there for screen readers.
    expect(container.querySelector('math')).not.toBeNull();
  });

  it('follows the step and keeps unchanged lines as they were', () => {
    const f = billeUnrolled();
    const { container, rerender } = render(<UnrolledEquations config={{ shape: 'one-to-many', cell: 'vanilla', currentStep: 0 }} frame={f} />);
    const before = visibleMath(container);
    rerender(<UnrolledEquations config={{ shape: 'one-to-many', cell: 'vanilla', currentStep: 3 }} frame={f} />);
    const after = visibleMath(container);
    expect(after).not.toBe(before);
    expect(after).toContain(texNumber(f.h[3 * 3] ?? 0));
    expect(container.querySelector('h3')?.textContent).toContain('4');
  });

  it('says so when the network has not run, or the step has no output', () => {
    const { container, rerender } = render(<UnrolledEquations config={{ shape: 'many-to-one', cell: 'vanilla', currentStep: 0 }} frame={null} />);
    expect(container.textContent).toContain('once the network has run');
    rerender(<UnrolledEquations config={{ shape: 'many-to-one', cell: 'vanilla', currentStep: 2 }} frame={shapeExample('many-to-one')} />);
    expect(container.textContent).toContain('no output');
  });
});

describe('BilleEquations', () => {
  it('writes out W_h, the stacked [h; x] and the resulting h_t', () => {
    const f = billeFrame();
    const { container } = render(<BilleEquations step={1} frame={f} />);
    const text = visibleMath(container);
    expect(text).toContain(texNumber(f.weights?.Wh[6] ?? 0));
    expect(text).toContain(texNumber(f.weights?.Wo[11] ?? 0));
    for (let j = 0; j < 3; j++) expect(text).toContain(texNumber(f.h[3 + j] ?? 0));
    expect(text).toContain(texNumber(f.probs[1 * 4 + 3] ?? 0));
  });
});
