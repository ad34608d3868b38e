import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { BigramComparison } from '../../src/views/bigram/BigramComparison.tsx';

describe('BigramComparison', () => {
  it('shows the counts and flags the step where the RNN and the table disagree', () => {
    const { container } = render(<BigramComparison rnnPredictions={['i', 'l', 'l', 'e', 'l']} />);
    const lRow = Array.from(container.querySelectorAll('.bg-counts tbody tr')).find((r) => r.querySelector('th')?.textContent === 'l');
    expect(Array.from(lRow?.querySelectorAll('td') ?? []).map((td) => td.textContent)).toEqual(['0', '0', '1', '1', 'l']);
    expect(lRow?.classList.contains('is-tie')).toBe(true);
    const flagged = Array.from(container.querySelectorAll('.bg-compare tbody tr[data-differ]')).map((r) => r.querySelector('th')?.textContent);
    expect(flagged).toEqual(['4']);
    expect(container.querySelector('.bg-compare tr.is-differ .bg-wrong')?.textContent).toContain('l');
  });

  it('flags nothing before the RNN has predictions', () => {
    const { container } = render(<BigramComparison rnnPredictions={null} />);
    expect(container.querySelectorAll('.bg-compare tbody tr')).toHaveLength(5);
    expect(container.querySelectorAll('tr[data-differ]')).toHaveLength(0);
  });
});
