import { describe, expect, it } from 'vitest';
import { createClipVector } from '../../../src/views/gradients/clip-vector/clip-vector.ts';
import { createLineChart } from '../../../src/views/gradients/common/line-chart.ts';
import { compress } from '../../../src/views/gradients/common/radial.ts';
import { createEigenPlane } from '../../../src/views/gradients/eigen-plane/eigen-plane.ts';

// The D3 modules on a real (jsdom) svg: what they draw, read back from the elements.

function svg(): SVGSVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.appendChild(el);
  return el;
}

/** The points of a path "M x,y L x,y …" that d3-shape's line writes. */
function points(d: string | null): [number, number][] {
  return (d ?? '').split(/[ML]/).filter(Boolean).map((p) => p.split(',').map(Number) as [number, number]);
}

function translate(el: Element): [number, number] {
  const m = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(el.getAttribute('transform') ?? '')!;
  return [Number(m[1]), Number(m[2])];
}

describe('the line chart', () => {
  it('draws an exponential as a straight line on its log axis, and skips what underflowed', () => {
    const el = svg();
    const chart = createLineChart(el, { xLabel: 'k', yLabel: 'norm', yScale: 'log', series: [{ id: 'a', color: 'red', marker: 'circle' }] });
    chart.resize(600, 300);
    const x = Float64Array.from({ length: 11 }, (_, k) => k);
    chart.update({ series: { a: { x, y: x.map((k) => 0.1 ** k) } } });
    const pts = points(el.querySelector('[data-series=a] path')!.getAttribute('d'));
    expect(pts).toHaveLength(11);
    // equal ratios → equal vertical steps
    const dy = pts.slice(1).map((p, i) => p[1] - pts[i]![1]);
    // (d3-path writes 3 decimals)
    for (const step of dy) expect(step).toBeCloseTo(dy[0]!, 2);
    expect(dy[0]).toBeGreaterThan(0);
    // a zero (underflow) breaks the line instead of dragging it to the axis
    chart.update({ series: { a: { x, y: x.map((k) => (k === 5 ? 0 : 0.1 ** k)) } } });
    expect(el.querySelector('[data-series=a] path')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    // ticks at powers of ten, labelled 10ⁿ
    expect(Array.from(el.querySelectorAll('.y-axis .tick text'), (t) => t.textContent)).toContain('10⁻⁶');
  });

  it('draws reference lines at their values and event ticks at their x', () => {
    const el = svg();
    const chart = createLineChart(el, { xLabel: 'step', yLabel: 'y', yScale: 'log', xDomain: [0, 100], series: [{ id: 'a', color: 'red' }] });
    chart.resize(500, 250);
    chart.update({
      series: { a: { x: [0, 100], y: [0.01, 100] } },
      hLines: [{ id: 'tau', value: 1, label: 'τ' }],
      ticks: { xs: [50], color: 'red', label: 'fired' },
    });
    const ref = el.querySelector('[data-ref=tau] line')!;
    const [low, high] = points(el.querySelector('[data-series=a] path')!.getAttribute('d'));
    // 1 is halfway between 0.01 and 100 on a log scale
    expect(Number(ref.getAttribute('y1'))).toBeCloseTo((low![1] + high![1]) / 2, 2);
    const tick = el.querySelector('.event-ticks line')!;
    expect(Number(tick.getAttribute('x1'))).toBeCloseTo((500 - 58 - 16) / 2, 6);
  });
});

describe('the line chart with a ceiling', () => {
  it('lets a diverging run leave through the top instead of flattening the others', () => {
    const el = svg();
    const chart = createLineChart(el, { xLabel: 'u', yLabel: 'loss', yScale: 'log', yCeil: 1e8, series: [{ id: 'a', color: 'red' }, { id: 'b', color: 'blue' }] });
    chart.resize(500, 300);
    chart.update({ series: { a: { x: [1, 2, 3], y: [1, 0.5, 0.1] }, b: { x: [1, 2], y: [1, 1e147] } } });
    const ticks = Array.from(el.querySelectorAll('.y-axis .tick text'), (t) => t.textContent);
    expect(ticks).toContain('10⁸');
    expect(ticks.some((t) => /10[¹²³⁴⁵⁶⁷⁸⁹]{2,}/.test(t ?? ''))).toBe(false);
    // the clipped run keeps a readable share of the height: 0.1 → 1 spans over a tenth of it
    const [p0, , p2] = points(el.querySelector('[data-series=a] path')!.getAttribute('d'));
    expect(p2![1] - p0![1]).toBeGreaterThan((300 - 12 - 40) / 10);
  });
});

describe('the eigenvalue plane', () => {
  it('marks each eigenvalue by what powering does to it, and powers it along its spiral', () => {
    const el = svg();
    const plane = createEigenPlane(el, { re: 'Re', im: 'Im', unit: '|λ| = 1' });
    plane.resize(400, 400);
    // 0.5, −2, and e^{iπ/2} = i with rounding noise
    plane.update({ re: [0.5, -2, 1e-17], im: [0, 0, 1 + 1e-16], t: 1, spectralRadius: 2 });
    const marks = Array.from(el.querySelectorAll('.gr-eig'));
    expect(marks.map((m) => m.getAttribute('data-kind'))).toEqual(['shrink', 'grow', 'keep']);
    const R = (400 - 36) / 4;
    const [cx, cy] = translate(el.querySelector('g')!);
    const at = (m: Element) => translate(m);
    // −2 lies on the negative real axis at the compressed radius of 2
    expect(at(marks[1]!)[0]).toBeCloseTo(-compress(2, 1, R), 6);
    expect(at(marks[1]!)[1]).toBeCloseTo(0, 6);
    // t = 2: 0.5² = 0.25, (−2)² = 4 on the positive axis, i² = −1 on the unit circle
    plane.update({ re: [0.5, -2, 0], im: [0, 0, 1], t: 2, spectralRadius: 2 });
    const squared = Array.from(el.querySelectorAll('.gr-eig')).map(at);
    expect(squared[0]![0]).toBeCloseTo(compress(0.25, 1, R), 6);
    expect(squared[1]![0]).toBeCloseTo(compress(4, 1, R), 6);
    expect(squared[2]![0]).toBeCloseTo(-R, 6);
    expect(squared[2]![1]).toBeCloseTo(0, 6);
    expect(cx).toBe(200);
    expect(cy).toBe(200);
  });
});

describe('the clipping picture', () => {
  it('shortens the arrow onto the threshold circle without turning it', () => {
    const el = svg();
    const v = createClipVector(el, { x: 'x', y: 'y', threshold: 'τ', before: 'before', after: 'after', byValue: 'value' });
    v.resize(320, 320);
    v.update({ before: { x: 300, y: 100 }, maxNorm: 1, showValueClip: true });
    const tip = (id: string): [number, number] => {
      const line = el.querySelector(`[data-arrow=${id}] line`)!;
      return [Number(line.getAttribute('x2')), -Number(line.getAttribute('y2'))];
    };
    const [bx, by] = tip('before');
    const [ax, ay] = tip('after');
    const [vx, vy] = tip('value');
    expect(ay / ax).toBeCloseTo(by / bx, 9);
    expect(ay / ax).toBeCloseTo(1 / 3, 9);
    const R = Math.max(20, (320 - 34 - 14) / 2);
    // the clipped arrow ends on the circle ‖g‖ = τ, drawn at radius R
    expect(Math.hypot(ax, ay)).toBeCloseTo(R, 6);
    // clipping each entry to ±τ gives (1, 1): the direction turns to 45°
    expect(vy / vx).toBeCloseTo(1, 9);
  });
});
