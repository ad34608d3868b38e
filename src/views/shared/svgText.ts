// Small SVG text utilities: math labels with subscripts (x₃, W_hh) and an
// in-SVG tooltip. Sizes are estimated from character counts because jsdom has
// no getBBox and measuring every frame would force layout in the browser.
import type { Selection } from 'd3-selection';

export interface MathLabel {
  base: string;
  sub?: string;
  sup?: string;
}

/**
 * Wraps translated words drawn inside a left-to-right SVG in first-strong
 * isolates, so that an Arabic phrase keeps its own order and punctuation.
 */
export function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}

/** Parses "W_hh", "h_{t-1}", "x_3" into base and subscript. */
export function parseMath(label: string): MathLabel {
  const m = /^([^_^]+)(?:_\{?([^}^]*)\}?)?(?:\^\{?([^}]*)\}?)?$/.exec(label);
  if (!m) return { base: label };
  const out: MathLabel = { base: m[1] ?? label };
  if (m[2]) out.sub = m[2];
  if (m[3]) out.sup = m[3];
  return out;
}

type TextSel = Selection<SVGTextElement, unknown, null, undefined>;

/**
 * Writes a math label into a <text> as tspans: italic base, smaller lowered
 * subscript. Rewrites only when the label changes.
 */
export function setMathText(text: TextSel, label: MathLabel | string): void {
  const node = text.node();
  if (!node) return;
  const m = typeof label === 'string' ? parseMath(label) : label;
  const key = `${m.base}|${m.sub ?? ''}|${m.sup ?? ''}`;
  if (node.getAttribute('data-math') === key) return;
  node.setAttribute('data-math', key);
  while (node.firstChild) node.removeChild(node.firstChild);
  const doc = node.ownerDocument;
  const ns = 'http://www.w3.org/2000/svg';
  const base = doc.createElementNS(ns, 'tspan');
  base.textContent = m.base;
  node.appendChild(base);
  if (m.sub) {
    const sub = doc.createElementNS(ns, 'tspan');
    sub.setAttribute('class', 'math-sub');
    sub.setAttribute('dy', '0.3em');
    sub.setAttribute('font-size', '72%');
    sub.textContent = m.sub;
    node.appendChild(sub);
  }
  if (m.sup) {
    const sup = doc.createElementNS(ns, 'tspan');
    sup.setAttribute('class', 'math-sup');
    sup.setAttribute('dy', m.sub ? '-0.75em' : '-0.45em');
    sup.setAttribute('font-size', '72%');
    sup.textContent = m.sup;
    node.appendChild(sup);
  }
}

/** Plain-text rendering of a math label for ARIA names: "W_hh" → "W hh". */
export function mathToSpeech(label: string): string {
  const m = parseMath(label);
  return [m.base, m.sub, m.sup].filter(Boolean).join(' ');
}

/** Estimated width in px of a string at a font size (average glyph ≈ 0.6 em). */
export function estimateTextWidth(text: string, fontPx: number, mono = false): number {
  return text.length * fontPx * (mono ? 0.62 : 0.56);
}

export interface TipLine {
  label: string;
  value?: string;
  active?: boolean;
}

export interface SvgTooltip {
  show(x: number, y: number, title: string, lines: readonly TipLine[], bounds: { width: number; height: number }): void;
  hide(): void;
  readonly visible: boolean;
}

/** A tooltip drawn inside the chart's own SVG, placed above (or below) an anchor point and kept inside `bounds`. */
export function createSvgTooltip(parent: Selection<SVGGElement, unknown, null, undefined>, fontScale: () => number): SvgTooltip {
  const g = parent.append('g').attr('class', 'view-tip').attr('aria-hidden', 'true').style('display', 'none');
  const rect = g.append('rect').attr('rx', 6).attr('ry', 6);
  const body = g.append('g');
  let visible = false;
  return {
    get visible() {
      return visible;
    },
    show(x, y, title, lines, bounds) {
      const fs = 12 * fontScale();
      const lh = fs * 1.35;
      const pad = 8;
      const rows: TipLine[] = [{ label: title }, ...lines];
      const labelW = Math.max(...rows.map((r) => estimateTextWidth(r.label, fs)));
      const valueW = Math.max(0, ...lines.map((r) => (r.value ? estimateTextWidth(r.value, fs, true) : 0)));
      const w = Math.ceil(labelW + (valueW > 0 ? valueW + 12 : 0) + pad * 2);
      const h = Math.ceil(rows.length * lh + pad * 2 - (lh - fs));
      const texts = body
        .selectAll<SVGTextElement, TipLine>('text.tip-line')
        .data(rows)
        .join('text')
        .attr('class', (_d, i) => (i === 0 ? 'tip-line tip-title' : 'tip-line'))
        .classed('is-active', (d) => !!d.active)
        .attr('x', pad)
        .attr('y', (_d, i) => pad + fs * 0.85 + i * lh);
      texts
        .selectAll<SVGTSpanElement, TipLine>('tspan.tip-label')
        .data((d) => [d])
        .join('tspan')
        .attr('class', 'tip-label')
        .text((d) => isolate(d.label));
      texts
        .selectAll<SVGTSpanElement, TipLine>('tspan.tip-value')
        .data((d) => (d.value ? [d] : []))
        .join('tspan')
        .attr('class', 'tip-value')
        .attr('x', w - pad)
        .attr('text-anchor', 'end')
        .text((d) => d.value ?? '');
      rect.attr('width', w).attr('height', h);
      let tx = x - w / 2;
      let ty = y - h - 10;
      if (ty < 2) ty = y + 14;
      tx = Math.max(2, Math.min(tx, bounds.width - w - 2));
      ty = Math.max(2, Math.min(ty, Math.max(2, bounds.height - h - 2)));
      g.attr('transform', `translate(${tx},${ty})`).style('display', null).raise();
      visible = true;
    },
    hide() {
      g.style('display', 'none');
      visible = false;
    },
  };
}
