import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { UnrolledGraphView } from '../../src/views/unrolled-graph/UnrolledGraphView.tsx';
import type { UnrolledConfig } from '../../src/views/unrolled-graph/types.ts';
import { billeUnrolled, longExample, shapeExample } from './fixtures/examples.ts';
import { formatValue } from '../../src/views/scales.ts';

const base: UnrolledConfig = { mode: 'forward', shape: 'many-to-many', cell: 'vanilla', rolled: false, steps: 5, currentStep: 4 };

/** jsdom has no matchMedia: install one answering the reduced-motion query. */
function setReducedMotion(reduce: boolean): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (q: string) => ({
      matches: reduce && q.includes('reduce'),
      media: q,
      addEventListener: () => {},
      removeEventListener: () => {},
    }),
  });
}

afterEach(() => {
  Reflect.deleteProperty(window, 'matchMedia');
});

const cells = (c: HTMLElement) => c.querySelectorAll('.ug-col .ug-cellbox');

describe('UnrolledGraphView', () => {
  it('draws one cell per step unrolled and a single cell rolled', () => {
    setReducedMotion(true);
    const frame = longExample(5, 'vanilla', 4);
    const { container, rerender } = render(<UnrolledGraphView config={base} frame={frame} />);
    expect(cells(container)).toHaveLength(5);
    rerender(<UnrolledGraphView config={{ ...base, rolled: true, currentStep: 2 }} frame={frame} />);
    expect(cells(container)).toHaveLength(1);
    expect(container.querySelector('.ug-col')?.getAttribute('data-t')).toBe('2');
    expect(container.querySelector('svg')?.classList.contains('is-rolled')).toBe(true);
  });

  it('animates the roll: the copies fold into the cell, then leave', async () => {
    setReducedMotion(false);
    const frame = longExample(5, 'vanilla', 4);
    const { container, rerender } = render(<UnrolledGraphView config={base} frame={frame} />);
    rerender(<UnrolledGraphView config={{ ...base, rolled: true }} frame={frame} />);
    // While the transition runs the folding copies are still in the DOM.
    expect(cells(container).length).toBeGreaterThan(1);
    await waitFor(() => expect(cells(container)).toHaveLength(1), { timeout: 3000 });
  });

  it('changes which output nodes exist with the task shape', () => {
    setReducedMotion(true);
    const m2m = shapeExample('many-to-many');
    const { container, rerender } = render(<UnrolledGraphView config={{ ...base, steps: m2m.steps }} frame={m2m} />);
    const outputs = () => Array.from(container.querySelectorAll('.ug-node-yhat')).map((n) => n.getAttribute('data-t'));
    expect(outputs()).toHaveLength(6);

    const m2o = shapeExample('many-to-one');
    rerender(<UnrolledGraphView config={{ ...base, shape: 'many-to-one', steps: m2o.steps, currentStep: 7 }} frame={m2o} />);
    expect(outputs()).toEqual(['7']);
    expect(container.querySelectorAll('.ug-node-loss')).toHaveLength(1);

    const ed = shapeExample('encoder-decoder');
    rerender(<UnrolledGraphView config={{ ...base, shape: 'encoder-decoder', steps: ed.steps, encoderSteps: 6, currentStep: 12 }} frame={ed} />);
    expect(outputs()).toEqual(['6', '7', '8', '9', '10', '11', '12']);
    expect(container.querySelectorAll('.ug-feedback')).toHaveLength(6);

    rerender(<UnrolledGraphView config={{ ...base, shape: 'one-to-one', steps: 1, currentStep: 0 }} frame={shapeExample('one-to-one')} />);
    expect(cells(container)).toHaveLength(1);
    expect(container.querySelectorAll('.ug-edge-rec')).toHaveLength(0);
  });

  it('hovering one W_hh copy lights every W_hh copy and nothing else', () => {
    setReducedMotion(true);
    const { container } = render(<UnrolledGraphView config={base} frame={longExample(5, 'vanilla', 4)} />);
    const whh = () => Array.from(container.querySelectorAll('.ug-wlabel[data-weight="Whh"]'));
    expect(whh().length).toBeGreaterThanOrEqual(5);
    fireEvent.pointerOver(whh()[2]!);
    expect(whh().every((el) => el.classList.contains('is-highlighted'))).toBe(true);
    expect(container.querySelector('.ug-wlabel[data-weight="Wxh"]')?.classList.contains('is-highlighted')).toBe(false);
    expect(container.querySelector('[data-weight-chip="Whh"]')?.classList.contains('is-highlighted')).toBe(true);
    fireEvent.pointerLeave(container.querySelector('svg')!);
    expect(whh().some((el) => el.classList.contains('is-highlighted'))).toBe(false);
  });

  it('focusing the W_hh chip lights every copy; pressing it keeps them lit', () => {
    setReducedMotion(true);
    const { container } = render(<UnrolledGraphView config={base} frame={longExample(5, 'vanilla', 4)} />);
    const chip = container.querySelector<HTMLButtonElement>('[data-weight-chip="Whh"]')!;
    const lit = () => Array.from(container.querySelectorAll('.ug-wlabel[data-weight="Whh"]')).map((el) => el.classList.contains('is-highlighted'));
    fireEvent.focus(chip);
    expect(lit().every(Boolean)).toBe(true);
    fireEvent.click(chip);
    fireEvent.blur(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect(lit().every(Boolean)).toBe(true);
  });

  it('names each node with its numbers and moves between nodes with the arrow keys', () => {
    setReducedMotion(true);
    const frame = billeUnrolled();
    const { container } = render(<UnrolledGraphView config={{ ...base, shape: 'one-to-many', steps: 4, currentStep: 1 }} frame={frame} />);
    const h1 = container.querySelector<SVGGElement>('.ug-col[data-t="1"] .ug-node-h')!;
    expect(h1.getAttribute('tabindex')).toBe('0');
    const label = h1.getAttribute('aria-label') ?? '';
    expect(label).toContain(formatValue(frame.h[3] ?? 0));
    h1.focus();
    fireEvent.keyDown(h1, { key: 'ArrowRight' });
    expect(document.activeElement?.closest('.ug-col')?.getAttribute('data-t')).toBe('2');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('data-row')).toBe('o');
  });

  it('leaves steps after the current one empty in the forward pass', () => {
    setReducedMotion(true);
    const frame = billeUnrolled();
    const { container } = render(<UnrolledGraphView config={{ ...base, shape: 'one-to-many', steps: 4, currentStep: 1 }} frame={frame} />);
    const loss = (t: number) => container.querySelector(`.ug-col[data-t="${t}"] .ug-loss-value`)?.textContent;
    expect(loss(1)).toBe(formatValue(frame.stepLoss[1] ?? 0));
    expect(loss(3)).toBe('–');
    expect(container.querySelector('.ug-col[data-t="3"]')?.classList.contains('is-future')).toBe(true);
    // The sum covers the computed steps only.
    expect(container.querySelector('.ug-sum-value')?.textContent).toBe(formatValue((frame.stepLoss[0] ?? 0) + (frame.stepLoss[1] ?? 0)));
  });

  it('draws the backward pass: wider arrows for larger gradients, and each step’s share of ∂L/∂W_hh', () => {
    setReducedMotion(true);
    const frame = billeUnrolled();
    const { container } = render(<UnrolledGraphView config={{ ...base, shape: 'one-to-many', steps: 4, mode: 'backward', currentStep: 0 }} frame={frame} />);
    const width = (t: number) => parseFloat((container.querySelector(`.ug-col[data-t="${t}"] .ug-grad-rec .ug-shaft`) as SVGElement).style.strokeWidth);
    const norms = Array.from(frame.dLdh ?? []);
    const big = norms.indexOf(Math.max(...norms));
    const small = norms.indexOf(Math.min(...norms));
    expect(width(big)).toBeGreaterThan(width(small));
    const bars = Array.from(container.querySelectorAll<SVGRectElement>('.ug-contrib-bar')).map((b) => Number(b.getAttribute('height')));
    expect(bars).toHaveLength(4);
    const contrib = Array.from(frame.whhContrib ?? []);
    expect(bars.indexOf(Math.max(...bars))).toBe(contrib.indexOf(Math.max(...contrib)));
    expect(container.querySelector('desc')?.textContent).toContain(formatValue(norms[big] ?? 0));
  });

  it('opens the cell into its gates for LSTM and GRU', () => {
    setReducedMotion(true);
    const { container, rerender } = render(<UnrolledGraphView config={{ ...base, cell: 'lstm', steps: 6 }} frame={shapeExample('many-to-many', 'lstm')} />);
    const rows = () => Array.from(container.querySelectorAll('.ug-col[data-t="0"] .ug-cellrow')).map((r) => r.getAttribute('data-key'));
    expect(rows()).toEqual(['c', 'f', 'i', 'g', 'o', 'h']);
    expect(container.querySelectorAll('.ug-edge-cline').length).toBe(6);
    rerender(<UnrolledGraphView config={{ ...base, cell: 'gru', steps: 6 }} frame={shapeExample('many-to-many', 'gru')} />);
    expect(rows()).toEqual(['r', 'z', 'n', 'h']);
    expect(container.querySelectorAll('.ug-edge-cline').length).toBe(0);
  });

  it('takes live frames through its handle without rebuilding the nodes', () => {
    setReducedMotion(true);
    const ref: { current: { update: (f: ReturnType<typeof longExample>) => void } | null } = { current: null };
    const a = longExample(5, 'vanilla', 4);
    const { container } = render(<UnrolledGraphView config={base} ref={ref} />);
    const node = container.querySelector('.ug-col[data-t="0"] .ug-node-h');
    ref.current?.update(a);
    const b = { ...a, stepLoss: a.stepLoss.map((v) => v + 1) };
    ref.current?.update(b);
    expect(container.querySelector('.ug-col[data-t="0"] .ug-node-h')).toBe(node);
    expect(container.querySelector('.ug-col[data-t="0"] .ug-loss-value')?.textContent).toBe(formatValue(b.stepLoss[0] ?? 0));
  });
});
