import { describe, expect, it, vi } from 'vitest';
import { renderBarStrip } from '../../../src/views/vector-bars/barStrip.ts';

// Thirty unrolled LSTM steps draw thousands of bars on every frame: a strip
// must not touch the DOM for values it already shows.
describe('a bar strip redrawn with the same numbers', () => {
  it('writes nothing, and only the bar whose value moved otherwise', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.appendChild(g);
    const values = new Float64Array([0.5, -0.25, 0.75, Number.NaN]);
    renderBarStrip(g, values, 0, 4, { kind: 'signed', width: 80, height: 20 });
    const bars = Array.from(g.querySelectorAll('rect.vb-bar'));
    const spies = bars.map((b) => vi.spyOn(b, 'setAttribute'));
    renderBarStrip(g, values, 0, 4, { kind: 'signed', width: 80, height: 20 });
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 0, 0, 0]);
    values[2] = -0.75;
    renderBarStrip(g, values, 0, 4, { kind: 'signed', width: 80, height: 20 });
    expect(spies.map((s) => s.mock.calls.length > 0)).toEqual([false, false, true, false]);
    expect(bars[2]?.getAttribute('y')).toBe('10.0');
    // A new scale redraws every bar, since the same value now means another length.
    renderBarStrip(g, values, 0, 4, { kind: 'signed', width: 80, height: 20, extent: 2 });
    expect(bars[0]?.getAttribute('height')).toBe('2.5');
  });
});
