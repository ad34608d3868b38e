// Grouped bars: for each of a few next tokens, its probability at three
// temperatures side by side. Drawn when a new distribution arrives (a click),
// so an SVG is cheap enough. Bars differ in shade (viridis) and in position.
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { unitColor } from '../scales.ts';

export interface SoftmaxData {
  tokens: readonly string[];
  temperatures: readonly number[];
  /** probs[i][k]: token k at temperatures[i] */
  probs: readonly ArrayLike<number>[];
}

export interface SoftmaxChart {
  update(data: SoftmaxData | null): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

const HEIGHT = 220;
const M = { top: 24, right: 8, bottom: 36, left: 40 };

export function createSoftmaxChart(host: HTMLElement): SoftmaxChart {
  let width = 600;
  let last: SoftmaxData | null = null;
  const svg = select(host).append('svg').attr('class', 'lang-softmax').attr('aria-hidden', 'true');

  function draw(): void {
    svg.selectAll('*').remove();
    svg.attr('width', width).attr('height', HEIGHT).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    const d = last;
    if (d === null) return;
    const x = scaleBand<number>().domain(d.tokens.map((_, k) => k)).range([M.left, width - M.right]).padding(0.2);
    const inner = scaleBand<number>().domain(d.temperatures.map((_, i) => i)).range([0, x.bandwidth()]).padding(0.08);
    const y = scaleLinear().domain([0, 1]).range([HEIGHT - M.bottom, M.top]);
    const axis = svg.append('g').attr('class', 'lang-softmax__axis');
    for (const v of [0, 0.5, 1]) {
      axis.append('line').attr('x1', M.left).attr('x2', width - M.right).attr('y1', y(v)).attr('y2', y(v));
      axis.append('text').attr('x', M.left - 6).attr('y', y(v)).attr('dy', '0.32em').attr('text-anchor', 'end').text(String(v));
    }
    d.probs.forEach((row, i) => {
      const shade = unitColor(0.15 + (0.7 * i) / Math.max(1, d.probs.length - 1));
      d.tokens.forEach((_, k) => {
        const v = row[k] ?? 0;
        svg
          .append('rect')
          .attr('x', (x(k) ?? 0) + (inner(i) ?? 0))
          .attr('width', inner.bandwidth())
          .attr('y', y(v))
          .attr('height', Math.max(0, y(0) - y(v)))
          .attr('fill', shade);
      });
    });
    d.tokens.forEach((tok, k) => {
      svg
        .append('text')
        .attr('class', 'lang-softmax__tok')
        .attr('x', (x(k) ?? 0) + x.bandwidth() / 2)
        .attr('y', HEIGHT - M.bottom + 16)
        .attr('text-anchor', 'middle')
        .text(tok);
    });
    const legend = svg.append('g').attr('class', 'lang-softmax__legend');
    d.temperatures.forEach((T, i) => {
      const lx = M.left + i * 80;
      legend.append('rect').attr('x', lx).attr('y', 4).attr('width', 12).attr('height', 12).attr('fill', unitColor(0.15 + (0.7 * i) / Math.max(1, d.probs.length - 1)));
      legend.append('text').attr('x', lx + 16).attr('y', 14).text(`T = ${T}`);
    });
  }

  return {
    update(data) {
      last = data;
      draw();
    },
    resize(w) {
      width = Math.max(260, w);
      draw();
    },
    destroy() {
      svg.remove();
    },
  };
}
