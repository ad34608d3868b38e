// Colour scales shared by every view. Both scales have monotonic luminance, so
// they still read when printed in greyscale and for colour-blind viewers:
// cividis for signed values (activations in −1..1: dark → bright across the
// range), viridis for values in [0, 1] (gates, probabilities). Colour is never
// the only channel: views also show the sign by bar direction and the exact
// number on hover and focus.
import { interpolateCividis, interpolateViridis } from 'd3-scale-chromatic';
import type { BaseType, Selection } from 'd3-selection';

export type ScaleKind = 'signed' | 'unit';

function clamp01(x: number): number {
  if (Number.isNaN(x)) return 0.5;
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

// Views colour thousands of bars per animation frame: sample each scale once
// into a 256-entry table instead of interpolating and formatting a colour per bar.
const LUT_SIZE = 256;
const CIVIDIS_LUT = Array.from({ length: LUT_SIZE }, (_, i) => interpolateCividis(i / (LUT_SIZE - 1)));
const VIRIDIS_LUT = Array.from({ length: LUT_SIZE }, (_, i) => interpolateViridis(i / (LUT_SIZE - 1)));

function lookup(lut: readonly string[], x: number): string {
  return lut[Math.round(clamp01(x) * (LUT_SIZE - 1))] ?? lut[0] ?? '#000';
}

/** Colour of a signed value; `extent` is the magnitude mapped to the ends (1 for tanh outputs). */
export function signedColor(v: number, extent = 1): string {
  const e = extent > 0 ? extent : 1;
  return lookup(CIVIDIS_LUT, (v / e + 1) / 2);
}

/** Colour of a value in [0, 1] (gates, probabilities, one-hot entries). */
export function unitColor(v: number): string {
  return lookup(VIRIDIS_LUT, v);
}

export function colorFor(kind: ScaleKind, v: number, extent = 1): string {
  return kind === 'signed' ? signedColor(v, extent) : unitColor(v);
}

/** Largest |v| of the first n entries, at least `floor`, so that a scale never divides by zero. */
export function maxAbs(values: ArrayLike<number>, n = values.length, floor = 1e-9): number {
  let m = floor;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(values[i] ?? 0);
    if (a > m && Number.isFinite(a)) m = a;
  }
  return m;
}

/**
 * Strength in [0, 1] of a gradient norm relative to the largest one shown.
 * Square root, so that a gradient a hundred times smaller is still visible
 * (as a thin faint arrow) rather than vanishing.
 */
export function gradientStrength(norm: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(norm)) return 0;
  return Math.sqrt(clamp01(norm / max));
}

/**
 * Stroke for a gradient arrow: mixed in the theme's own colours from the
 * grid colour (weak) to --neg (strong), so the contrast with the background
 * grows with the gradient in the light and the dark theme alike.
 */
export function gradientStroke(strength: number): string {
  const p = Math.round(15 + 85 * clamp01(strength));
  return `color-mix(in oklab, var(--neg) ${p}%, var(--grid))`;
}

/** Arrow width in px for a gradient strength: 1 to 1 + `spread`. */
export function gradientWidth(strength: number, spread = 9): number {
  return 1 + spread * clamp01(strength);
}

/** A number as the views print it: fixed decimals and a true minus sign. */
export function formatValue(v: number, digits = 2): string {
  if (Number.isNaN(v)) return '–';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const s = v.toFixed(digits);
  // "-0.00" reads as a sign error; the value is zero at this precision.
  if (/^-0\.?0*$/.test(s)) return s.slice(1);
  return s.replace('-', '−');
}

/** Relative luminance (WCAG) of an "rgb(r, g, b)" or "#rrggbb" colour; used to check the scales stay monotonic. */
export function relativeLuminance(color: string): number {
  let rgb: number[];
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (m) rgb = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (/^#[0-9a-f]{6}$/i.test(color)) rgb = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  else throw new Error(`unsupported colour ${color}`);
  const lin = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (lin[0] ?? 0) + 0.7152 * (lin[1] ?? 0) + 0.0722 * (lin[2] ?? 0);
}

export interface LegendStop {
  /** 0..1 along the legend */
  offset: number;
  color: string;
}

/** Evenly spaced colour stops of a scale, for a gradient legend. */
export function legendStops(kind: ScaleKind, n = 11): LegendStop[] {
  const stops: LegendStop[] = [];
  for (let i = 0; i < n; i++) {
    const offset = n === 1 ? 0 : i / (n - 1);
    stops.push({ offset, color: kind === 'signed' ? signedColor(offset * 2 - 1) : unitColor(offset) });
  }
  return stops;
}

export interface LegendOptions {
  kind: ScaleKind;
  width: number;
  /** bar height in px (default 10) */
  height?: number;
  /** the value at the ends: ±extent for signed (default 1) */
  extent?: number;
  /** optional caption drawn above the bar */
  title?: string;
}

let legendCounter = 0;

/**
 * Draws (or redraws) a colour legend into `g`: a gradient bar with its end
 * and middle values. Safe to call again with new options; it reuses its
 * elements. Each legend gets its own gradient id, so several can share a page.
 */
export function drawLegend<D, P extends BaseType>(g: Selection<SVGGElement, D, P, unknown>, options: LegendOptions): void {
  const height = options.height ?? 10;
  const extent = options.extent ?? 1;
  const node = g.node();
  if (!node) return;
  let id = node.getAttribute('data-legend-id');
  if (!id) {
    legendCounter += 1;
    id = `scale-legend-${legendCounter}`;
    node.setAttribute('data-legend-id', id);
  }
  g.classed('scale-legend', true);

  const defs = g.selectAll<SVGDefsElement, null>('defs').data([null]).join('defs');
  const grad = defs
    .selectAll<SVGLinearGradientElement, null>('linearGradient')
    .data([null])
    .join('linearGradient')
    .attr('id', id)
    .attr('x1', 0)
    .attr('x2', 1)
    .attr('y1', 0)
    .attr('y2', 0);
  grad
    .selectAll<SVGStopElement, LegendStop>('stop')
    .data(legendStops(options.kind))
    .join('stop')
    .attr('offset', (d) => d.offset)
    .attr('stop-color', (d) => d.color);

  const top = options.title ? 14 : 0;
  g.selectAll<SVGTextElement, string>('text.scale-legend-title')
    .data(options.title ? [options.title] : [])
    .join('text')
    .attr('class', 'scale-legend-title')
    .attr('x', 0)
    .attr('y', 10)
    .text((d) => d);
  g.selectAll<SVGRectElement, null>('rect.scale-legend-bar')
    .data([null])
    .join('rect')
    .attr('class', 'scale-legend-bar')
    .attr('x', 0)
    .attr('y', top)
    .attr('width', Math.max(0, options.width))
    .attr('height', height)
    .attr('fill', `url(#${id})`);

  const ticks =
    options.kind === 'signed'
      ? [
          { at: 0, label: formatValue(-extent, extent >= 10 ? 0 : 1), anchor: 'start' },
          { at: 0.5, label: '0', anchor: 'middle' },
          { at: 1, label: formatValue(extent, extent >= 10 ? 0 : 1), anchor: 'end' },
        ]
      : [
          { at: 0, label: '0', anchor: 'start' },
          { at: 0.5, label: '0.5', anchor: 'middle' },
          { at: 1, label: '1', anchor: 'end' },
        ];
  g.selectAll<SVGTextElement, (typeof ticks)[number]>('text.scale-legend-tick')
    .data(ticks)
    .join('text')
    .attr('class', 'scale-legend-tick')
    .attr('x', (d) => d.at * options.width)
    .attr('y', top + height + 12)
    .attr('text-anchor', (d) => d.anchor)
    .text((d) => d.label);
}

/** Legend for gradient arrows: the same arrow at three strengths, weak to strong. */
export function drawGradientLegend<D, P extends BaseType>(g: Selection<SVGGElement, D, P, unknown>, width: number): void {
  g.classed('scale-legend', true);
  const steps = [0.1, 0.45, 1];
  const seg = width / steps.length;
  const arrows = g
    .selectAll<SVGGElement, number>('g.scale-legend-arrow')
    .data(steps)
    .join((enter) => {
      const a = enter.append('g').attr('class', 'scale-legend-arrow');
      a.append('path').attr('class', 'shaft');
      a.append('path').attr('class', 'head');
      return a;
    });
  arrows.each(function (s, i) {
    const x2 = i * seg + 4;
    const x1 = (i + 1) * seg - 6;
    const y = 9;
    const stroke = gradientStroke(gradientStrength(s * s, 1));
    const w = gradientWidth(gradientStrength(s * s, 1), 7);
    const shaft = this.querySelector('path.shaft');
    const head = this.querySelector('path.head');
    shaft?.setAttribute('d', `M${x1},${y}H${x2 + 7}`);
    shaft?.setAttribute('style', `fill:none;stroke:${stroke};stroke-width:${w}px;stroke-linecap:round`);
    head?.setAttribute('d', `M${x2},${y}L${x2 + 9},${y - 5 - w / 2}L${x2 + 9},${y + 5 + w / 2}Z`);
    head?.setAttribute('style', `fill:${stroke}`);
  });
}
