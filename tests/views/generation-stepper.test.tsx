import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { GenerationStepper } from '../../src/views/generation-stepper/GenerationStepper.tsx';
import { formatValue } from '../../src/views/scales.ts';
import { billeFrame } from './fixtures/examples.ts';

describe('GenerationStepper', () => {
  const frame = billeFrame();

  it('draws one column per step, the current one highlighted and later ones not yet shown', () => {
    const { container } = render(<GenerationStepper steps={5} step={2} frame={frame} />);
    const cols = container.querySelectorAll('.gs-col');
    expect(cols).toHaveLength(5);
    expect(cols[2]?.classList.contains('is-current')).toBe(true);
    expect(cols[4]?.classList.contains('is-future')).toBe(true);
    // The one-hot input lights one of the 4 cells; the softmax marks the argmax.
    expect(cols[0]?.querySelectorAll('.gs-strip-x rect.vb-cell')).toHaveLength(4);
    expect(cols[0]?.querySelectorAll('.gs-strip-x rect.vb-cell.is-highlight')).toHaveLength(1);
    expect(cols[0]?.querySelector('.gs-strip-x .vb-label.is-highlight')?.textContent).toBe('b');
    expect(cols[3]?.querySelector('.gs-strip-x .vb-cell.is-highlight')).toBeNull();
    // Each step's argmax is the next step's input: the feedback arrow is active up to the current step.
    expect(cols[1]?.querySelector('.gs-feedback')?.classList.contains('is-active')).toBe(true);
    expect(cols[2]?.querySelector('.gs-feedback')?.classList.contains('is-active')).toBe(false);
  });

  it('steps with the buttons and the arrow keys', () => {
    const onStep = vi.fn();
    const { container } = render(<GenerationStepper steps={5} step={1} onStepChange={onStep} frame={frame} />);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(onStep).toHaveBeenLastCalledWith(2);
    fireEvent.keyDown(container.querySelector('svg')!, { key: 'ArrowLeft' });
    expect(onStep).toHaveBeenLastCalledWith(0);
    fireEvent.keyDown(container.querySelector('svg')!, { key: 'End' });
    expect(onStep).toHaveBeenLastCalledWith(4);
  });

  it('keeps its own step when uncontrolled, and disables the ends', () => {
    render(<GenerationStepper steps={5} frame={frame} />);
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Last step' }));
    expect(screen.getByText('Step 5 of 5')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next step' })).toHaveProperty('disabled', true);
  });

  it('describes the current step with its numbers', () => {
    const { container } = render(<GenerationStepper steps={5} step={3} frame={frame} />);
    const desc = container.querySelector('desc')?.textContent ?? '';
    expect(desc).toContain('Step 4 of 5');
    expect(desc).toContain(formatValue(frame.h[9] ?? 0));
    expect(desc).toContain('e');
  });
});
