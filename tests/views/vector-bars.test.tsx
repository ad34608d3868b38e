import { describe, expect, it } from 'vitest';
import { select } from 'd3-selection';
import { barGeometry, describeVector, renderBarStrip } from '../../src/views/vector-bars/barStrip.ts';
import { animate } from '../../src/views/shared/motion.ts';
import { signedColor } from '../../src/views/scales.ts';

function strip() {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.appendChild(g);
  document.body.appendChild(svg);
  return { g, sel: select(g) };
}

describe('bar strips', () => {
  it('show the sign by direction: up from the zero line when positive, down when negative', () => {
    expect(barGeometry(0.5, 'signed', 40)).toEqual({ y: 10, h: 10 });
    expect(barGeometry(-0.5, 'signed', 40)).toEqual({ y: 20, h: 10 });
    expect(barGeometry(0.25, 'unit', 40)).toEqual({ y: 30, h: 10 });
    expect(barGeometry(3, 'signed', 40, 2)).toEqual({ y: 0, h: 20 });
  });

  it('update values in place without recreating elements', () => {
    const { g, sel } = strip();
    renderBarStrip(sel, [0.5, -1, 0], 0, 3, { kind: 'signed', width: 60, height: 20 });
    const bars = Array.from(g.querySelectorAll('rect.vb-bar'));
    expect(bars).toHaveLength(3);
    expect(bars[0]?.getAttribute('fill')).toBe(signedColor(0.5));
    renderBarStrip(sel, [-0.5, 1, 0], 0, 3, { kind: 'signed', width: 60, height: 20 });
    expect(Array.from(g.querySelectorAll('rect.vb-bar'))).toEqual(bars);
    expect(Number(bars[0]?.getAttribute('y'))).toBe(10);
  });

  it('draws letters only when they fit', () => {
    const { g, sel } = strip();
    renderBarStrip(sel, [0.1, 0.2], 0, 2, { kind: 'unit', width: 40, height: 20, labels: ['a', 'b'], highlight: 1 });
    expect(Array.from(g.querySelectorAll('.vb-label')).map((l) => l.textContent)).toEqual(['a', 'b']);
    expect(g.querySelector('.vb-label.is-highlight')?.textContent).toBe('b');
    renderBarStrip(sel, [0.1, 0.2], 0, 2, { kind: 'unit', width: 40, height: 20, labels: ['Roosevelt', 'President'] });
    expect(g.querySelectorAll('.vb-label')).toHaveLength(0);
  });

  it('describes a vector in words for assistive technology', () => {
    expect(describeVector([0.1, -0.25], 0, 2, ['i', 'b'])).toBe('i 0.10, b −0.25');
  });
});

describe('animate (layout motion)', () => {
  it('applies changes at once when the duration is 0 (reduced motion)', () => {
    const { g, sel } = strip();
    animate(sel, 0).attr('data-x', 5);
    expect(g.getAttribute('data-x')).toBe('5');
  });

  it('defers changes to a transition otherwise', () => {
    const { g, sel } = strip();
    animate(sel, 500).attr('data-y', 7);
    expect(g.getAttribute('data-y')).toBeNull();
  });
});
