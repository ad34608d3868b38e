// A vector drawn as a strip of small bars: the building block of every view
// that shows x_t, h_t, o_t, ŷ_t or a gate. Signed values grow up or down from
// a zero line (so the sign reads without colour) and are coloured on
// cividis; values in [0, 1] grow from the bottom on viridis.
import type { Selection } from 'd3-selection';
import { colorFor, formatValue, type ScaleKind } from '../scales.ts';

export interface BarStripOptions {
  kind: ScaleKind;
  width: number;
  height: number;
  /** magnitude mapped to a full half-height bar (signed); default 1 */
  extent?: number;
  /** labels under the bars (vocabulary letters); drawn only when they fit */
  labels?: readonly string[] | null;
  /** index to emphasise (e.g. the argmax or the lit one-hot entry), -1 for none */
  highlight?: number;
}

/** Geometry of one bar: pure, so layouts and tests can rely on it. */
export function barGeometry(v: number, kind: ScaleKind, height: number, extent = 1): { y: number; h: number } {
  const e = extent > 0 ? extent : 1;
  const value = Number.isFinite(v) ? v : 0;
  if (kind === 'signed') {
    const half = height / 2;
    const len = Math.min(1, Math.abs(value) / e) * half;
    return value >= 0 ? { y: half - len, h: len } : { y: half, h: len };
  }
  const len = Math.min(1, Math.max(0, value)) * height;
  return { y: height - len, h: len };
}

const LABEL_MIN_CELL = 9;
/** average glyph width of the 10 px label font */
const LABEL_CHAR_W = 6.4;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** What a strip last drew, so that a frame only touches what changed. */
interface StripState {
  count: number;
  width: number;
  height: number;
  kind: ScaleKind;
  labels: readonly string[] | null;
  cells: SVGRectElement[];
  bars: SVGRectElement[];
  texts: SVGTextElement[];
  y: string[];
  h: string[];
  fill: string[];
  /** the values drawn, and the extent they were drawn at: unchanged ones cost nothing */
  v: Float64Array;
  extent: number;
  highlight: number;
}

const states = new WeakMap<SVGGElement, StripState>();

function sameLabels(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((l, i) => l === b[i]);
}

function build(node: SVGGElement, count: number, o: BarStripOptions): StripState {
  while (node.firstChild) node.removeChild(node.firstChild);
  const doc = node.ownerDocument;
  const cw = count > 0 ? o.width / count : 0;
  const gap = cw >= 6 ? 1 : 0;
  const inset = cw >= 6 ? 0.5 : 0;
  node.classList.add('vb-strip');
  node.classList.toggle('vb-signed', o.kind === 'signed');
  const cells: SVGRectElement[] = [];
  const bars: SVGRectElement[] = [];
  const texts: SVGTextElement[] = [];
  for (let i = 0; i < count; i++) {
    const cell = doc.createElementNS(SVG_NS, 'rect');
    cell.setAttribute('class', 'vb-cell');
    cell.setAttribute('x', String(i * cw + gap / 2));
    cell.setAttribute('y', '0');
    cell.setAttribute('width', String(Math.max(0.5, cw - gap)));
    cell.setAttribute('height', String(o.height));
    // The component index, so pointer handlers can name the hovered one.
    cell.setAttribute('data-index', String(i));
    node.appendChild(cell);
    cells.push(cell);
  }
  for (let i = 0; i < count; i++) {
    const bar = doc.createElementNS(SVG_NS, 'rect');
    bar.setAttribute('class', 'vb-bar');
    bar.setAttribute('x', String(i * cw + gap / 2 + inset));
    bar.setAttribute('width', String(Math.max(0.5, cw - gap - 2 * inset)));
    bar.setAttribute('data-index', String(i));
    node.appendChild(bar);
    bars.push(bar);
  }
  if (o.kind === 'signed') {
    const zero = doc.createElementNS(SVG_NS, 'line');
    zero.setAttribute('class', 'vb-zero');
    zero.setAttribute('x1', '0');
    zero.setAttribute('x2', String(o.width));
    zero.setAttribute('y1', String(o.height / 2));
    zero.setAttribute('y2', String(o.height / 2));
    node.appendChild(zero);
  }
  // Labels only when every one fits its bar (letters do; whole words usually do not).
  const labels = o.labels ?? null;
  const longest = labels ? Math.max(0, ...labels.map((l) => Array.from(l).length)) : 0;
  if (labels && cw >= LABEL_MIN_CELL && longest * LABEL_CHAR_W <= cw - 1) {
    for (let i = 0; i < count; i++) {
      const text = doc.createElementNS(SVG_NS, 'text');
      text.setAttribute('class', 'vb-label');
      text.setAttribute('x', String(i * cw + cw / 2));
      text.setAttribute('y', String(o.height + 11));
      text.setAttribute('text-anchor', 'middle');
      text.textContent = labels[i] ?? '';
      node.appendChild(text);
      texts.push(text);
    }
  }
  return {
    count,
    width: o.width,
    height: o.height,
    kind: o.kind,
    labels,
    cells,
    bars,
    texts,
    y: new Array<string>(count).fill(''),
    h: new Array<string>(count).fill(''),
    fill: new Array<string>(count).fill(''),
    v: new Float64Array(count).fill(Number.NaN),
    extent: Number.NaN,
    highlight: -2,
  };
}

type StripSel = Selection<SVGGElement, unknown, null, undefined> | SVGGElement;

/**
 * Draws or updates the strip inside `g` (a group already positioned by its
 * owner) with values[offset .. offset + n). Elements are created once per
 * shape; later calls only rewrite the attributes whose value changed, so it
 * is cheap enough to call for every strip on every animation frame.
 */
export function renderBarStrip(g: StripSel, values: ArrayLike<number> | null, offset: number, n: number, o: BarStripOptions): void {
  const node = g instanceof Element ? g : g.node();
  if (!node) return;
  const count = Math.max(0, n);
  let st = states.get(node);
  if (!st || st.count !== count || st.width !== o.width || st.height !== o.height || st.kind !== o.kind || !sameLabels(st.labels, o.labels ?? null)) {
    st = build(node, count, o);
    states.set(node, st);
  }
  const extent = o.extent ?? 1;
  // A graph of thirty LSTM steps has thousands of bars: a value drawn before
  // is skipped before any colour is computed, and geometry and colour are
  // rounded (0.1 px, 1/128 of the scale) so that changes nobody can see do not
  // restyle and repaint the drawing.
  const sameExtent = extent === st.extent;
  st.extent = extent;
  for (let i = 0; i < count; i++) {
    const bar = st.bars[i];
    if (!bar) continue;
    const v = values ? (values[offset + i] ?? Number.NaN) : Number.NaN;
    if (sameExtent && st.h[i] !== '' && Object.is(v, st.v[i])) continue;
    st.v[i] = v;
    const geo = barGeometry(v, o.kind, o.height, extent);
    const y = geo.y.toFixed(1);
    const h = Math.max(0, geo.h).toFixed(1);
    const fill = Number.isFinite(v) ? colorFor(o.kind, (Math.round((v / extent) * 128) / 128) * extent, extent) : 'none';
    if (st.y[i] !== y) {
      bar.setAttribute('y', y);
      st.y[i] = y;
    }
    if (st.h[i] !== h) {
      bar.setAttribute('height', h);
      st.h[i] = h;
    }
    if (st.fill[i] !== fill) {
      bar.setAttribute('fill', fill);
      st.fill[i] = fill;
    }
  }
  const hi = o.highlight ?? -1;
  if (hi !== st.highlight) {
    st.cells.forEach((c, i) => c.classList.toggle('is-highlight', i === hi));
    st.texts.forEach((t, i) => t.classList.toggle('is-highlight', i === hi));
    st.highlight = hi;
  }
}

/** "0.12, −0.40, 0.93" (labelled "i 0.12, b 0.03" when labels are given), at most `max` entries. */
export function describeVector(values: ArrayLike<number> | null, offset: number, n: number, labels?: readonly string[] | null, max = 12): string {
  if (!values) return '';
  const parts: string[] = [];
  for (let i = 0; i < Math.min(n, max); i++) {
    const v = formatValue(values[offset + i] ?? Number.NaN);
    const l = labels?.[i];
    parts.push(l ? `${l} ${v}` : v);
  }
  if (n > max) parts.push('…');
  return parts.join(', ');
}
