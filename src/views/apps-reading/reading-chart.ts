// The running prediction as a review is read: P(positive) after each word for
// each model (a line per model, told apart by dash pattern and marker as well
// as colour), the 0.5 line where the answer flips, and under it the hidden
// state h_t of one model as a heatmap (units down, words across, cividis).
import { select, type Selection } from 'd3-selection';
import { signedColor } from '../scales.ts';

export interface ReadingSeries {
  name: string;
  values: readonly number[];
  /** stroke-dasharray, '' for solid */
  dash: string;
  color: string;
}

export interface ReadingData {
  words: readonly string[];
  unknown: readonly boolean[];
  series: readonly ReadingSeries[];
  /** T x H row-major, or null */
  h: Float64Array | null;
  hiddenSize: number;
}

export interface ReadingChart {
  update(d: ReadingData): void;
  resize(width: number): void;
  destroy(): void;
}

const PLOT_H = 120;
const CELL_H = 7;
const M = { top: 10, left: 34, right: 10, bottom: 8 };
const WORD_H = 22;

export function createReadingChart(el: SVGSVGElement): ReadingChart {
  const svg = select(el);
  const root = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
  const axis = root.append('g').attr('class', 'apps-reading__axis');
  const lines = root.append('g');
  const words = root.append('g').attr('class', 'apps-reading__words');
  const heat = root.append('g');
  let width = 600;
  let data: ReadingData | null = null;

  function draw(): void {
    if (data === null) return;
    const d = data;
    const T = Math.max(1, d.words.length);
    const inner = width - M.left - M.right;
    const step = inner / T;
    const x = (t: number) => (t + 0.5) * step;
    const y = (p: number) => PLOT_H * (1 - p);
    const H = d.h === null ? 0 : d.hiddenSize;
    const total = M.top + PLOT_H + WORD_H + H * CELL_H + M.bottom;
    svg.attr('viewBox', `0 0 ${width} ${total}`).attr('height', total);

    axis.selectAll('*').remove();
    for (const p of [0, 0.5, 1]) {
      axis.append('line').attr('x1', 0).attr('x2', inner).attr('y1', y(p)).attr('y2', y(p)).attr('class', p === 0.5 ? 'apps-reading__half' : 'apps-reading__grid');
      axis.append('text').attr('x', -6).attr('y', y(p) + 4).attr('text-anchor', 'end').text(String(p));
    }

    const paths = lines.selectAll<SVGGElement, ReadingSeries>('g.apps-reading__series').data(d.series, (s) => s.name);
    paths.exit().remove();
    const entered = paths.enter().append('g').attr('class', 'apps-reading__series');
    entered.append('path');
    const merged = entered.merge(paths);
    merged
      .select('path')
      .attr('fill', 'none')
      .attr('stroke', (s) => s.color)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', (s) => s.dash)
      .attr('d', (s) => s.values.map((v, t) => `${t === 0 ? 'M' : 'L'}${x(t)},${y(v)}`).join(''));
    merged.each(function (s) {
      const dots = select(this).selectAll<SVGCircleElement, number>('circle').data(s.values);
      dots.exit().remove();
      dots.enter().append('circle').attr('r', 3).merge(dots).attr('cx', (_, t) => x(t)).attr('cy', (v) => y(v)).attr('fill', s.color);
    });

    const w = words.selectAll<SVGTextElement, string>('text').data(d.words);
    w.exit().remove();
    w.enter()
      .append('text')
      .merge(w)
      .attr('x', (_, t) => x(t))
      .attr('y', PLOT_H + 16)
      .attr('text-anchor', 'middle')
      .attr('class', (_, t) => (d.unknown[t] ? 'apps-reading__word apps-reading__word--unk' : 'apps-reading__word'))
      .text((s, t) => (d.unknown[t] ? `${s}*` : s));

    const cells: { t: number; j: number; v: number }[] = [];
    if (d.h !== null) for (let t = 0; t < d.words.length; t++) for (let j = 0; j < H; j++) cells.push({ t, j, v: d.h[t * H + j] ?? 0 });
    const r = heat.selectAll<SVGRectElement, { t: number; j: number; v: number }>('rect').data(cells);
    r.exit().remove();
    r.enter()
      .append('rect')
      .merge(r)
      .attr('x', (c) => c.t * step + 1)
      .attr('y', (c) => PLOT_H + WORD_H + c.j * CELL_H)
      .attr('width', Math.max(1, step - 2))
      .attr('height', CELL_H - 1)
      .attr('fill', (c) => signedColor(c.v, 1));
  }

  return {
    update(d) {
      data = d;
      draw();
    },
    resize(w) {
      const next = Math.max(280, w);
      // the observer also reports height changes (its own redraws among them): only a new width needs a redraw
      if (next === width && svg.attr('viewBox') !== null) return;
      width = next;
      draw();
    },
    destroy() {
      (svg as Selection<SVGSVGElement, unknown, null, undefined>).selectAll('*').remove();
    },
  };
}
