import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LogRangeField } from '../../../src/labs/shared/fields.tsx';

describe('LogRangeField', () => {
  it('places the value on a power-of-ten scale and names it for screen readers', () => {
    render(<LogRangeField label="Learning rate" minExp={-4} maxExp={-0.5} value={0.01} display="0.010" onChange={() => {}} />);
    const slider = screen.getByRole('slider', { name: 'Learning rate' });
    expect(Number(slider.getAttribute('value'))).toBeCloseTo(-2, 12);
    expect(slider.getAttribute('min')).toBe('-4');
    expect(slider.getAttribute('max')).toBe('-0.5');
    expect(slider.getAttribute('aria-valuetext')).toBe('0.010');
  });

  it('gives back a value of two significant digits as the slider moves', () => {
    const onChange = vi.fn();
    render(<LogRangeField label="Learning rate" minExp={-4} maxExp={-0.5} value={0.01} display="0.010" onChange={onChange} />);
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate' }), { target: { value: '-1.3' } });
    // 10^-1.3 = 0.0501187...
    expect(onChange).toHaveBeenCalledWith(0.05);
    fireEvent.change(screen.getByRole('slider', { name: 'Learning rate' }), { target: { value: '-3.7' } });
    expect(onChange).toHaveBeenLastCalledWith(0.0002);
  });
});
