import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { HiddenTrajectory } from '../../src/views/trajectory/HiddenTrajectory.tsx';
import { trajectoryFromBille } from '../../src/views/trajectory/trajectory.ts';
import { billeFrame, shapeExample } from './fixtures/examples.ts';

describe('HiddenTrajectory', () => {
  const data = trajectoryFromBille(billeFrame());

  it('renders the five hidden states of "bille", labelled with their letters', () => {
    const { container } = render(<HiddenTrajectory data={data} />);
    const points = container.querySelectorAll('.tj-point');
    expect(points).toHaveLength(5);
    const letters = Array.from(points)
      .sort((a, b) => Number(a.getAttribute('data-t')) - Number(b.getAttribute('data-t')))
      .map((p) => p.querySelector('.tj-letter')?.textContent)
      .join('');
    expect(letters).toBe('bille');
    expect(container.querySelectorAll('.tj-seg')).toHaveLength(4);
    // The two l's are joined and marked: same input, different states.
    expect(container.querySelectorAll('.tj-repeat')).toHaveLength(1);
    expect(container.querySelectorAll('.tj-point.is-repeated')).toHaveLength(2);
    expect(container.querySelector('desc')?.textContent).toContain('apart');
  });

  it('rotates on ArrowLeft and comes back with Reset view', () => {
    // Reduced motion: the reset applies at once instead of turning back over a few frames.
    Object.defineProperty(window, 'matchMedia', {
      configurable: true,
      value: (q: string) => ({ matches: q.includes('reduce'), addEventListener: () => {}, removeEventListener: () => {} }),
    });
    try {
      const { container } = render(<HiddenTrajectory data={data} />);
      const svg = container.querySelector('svg')!;
      const at = () => container.querySelector('.tj-point[data-t="0"]')?.getAttribute('transform');
      const start = at();
      fireEvent.keyDown(svg, { key: 'ArrowLeft' });
      expect(at()).not.toBe(start);
      fireEvent.keyDown(svg, { key: 'ArrowRight' });
      expect(at()).toBe(start);
      fireEvent.keyDown(svg, { key: 'ArrowUp' });
      fireEvent.keyDown(svg, { key: 'ArrowLeft' });
      expect(at()).not.toBe(start);
      fireEvent.click(screen.getByRole('button', { name: 'Reset view' }));
      expect(at()).toBe(start);
    } finally {
      Reflect.deleteProperty(window, 'matchMedia');
    }
  });

  it('rotates when dragged', () => {
    const { container } = render(<HiddenTrajectory data={data} />);
    const svg = container.querySelector('svg')!;
    const at = () => container.querySelector('.tj-point[data-t="2"]')?.getAttribute('transform');
    const start = at();
    fireEvent.pointerDown(svg, { clientX: 100, clientY: 100, pointerId: 1 });
    fireEvent.pointerMove(svg, { clientX: 160, clientY: 110, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 160, clientY: 110, pointerId: 1 });
    expect(at()).not.toBe(start);
  });

  it('falls back to one small plot per unit for other hidden sizes', () => {
    const f = shapeExample('one-to-many', 'vanilla', 4);
    const { container } = render(<HiddenTrajectory data={{ steps: f.steps, hiddenSize: 4, h: f.h, labels: f.inputLabels }} />);
    expect(container.querySelectorAll('.tj-unit')).toHaveLength(4);
    expect(container.querySelectorAll('.tj-point')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Reset view' })).toBeNull();
  });
});
