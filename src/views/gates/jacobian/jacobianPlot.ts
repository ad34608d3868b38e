// ‖∂s_T/∂s_t‖ against the distance T − t, one line per cell, on a log y
// axis: decades of decay read as a straight fall, the identity path as a
// flat line. Lines differ by dash pattern and marker as well as colour, so
// they read in greyscale and for colour-blind viewers; the legend is drawn
// inside the svg next to them.

import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';
import type { Curve, JacobianCell } from './curves.ts';
import { LOG_FLOOR } from './curves.ts';

export interface JacobianPlotChart {
  update(curves: readonly Curve[], names: Record<JacobianCell, string>, axes: { x: string; y: string }): void;
  resize(width: number): void;
  destroy(): void;
}

/** Okabe–Ito blue, vermillion and bluish green, with distinct dashes (greyscale-safe). */
export const SERIES: Record<JacobianCell, { color: string; dash: string; width: number }> = {
  lstm_simple: { color: '#0072B2', dash: '', width: 3 },
  lstm: { color: '#D55E00', dash: '8 4', width: 2.5 },
  rnn: { color: '#009E73', dash: '2 3', width: 2.5 },
};

const H = 260;
const M = { top: 12, right: 16, bottom: 40, left: 64 };

export function createJacobianPlot(el: SVGSVGElement): JacobianPlotChart {
  const svg = select(el).attr('class', 'jacobian-plot');
  let width = 600;
  let last: Parameters<JacobianPlotChart['update']> | null = null;

  function draw(): void {
    if (last === null) return;
    const [curves, names, axes] = last;
    svg.selectAll('*').remove();
    svg.attr('viewBox', `0 0 ${width} ${H}`).attr('width', width).attr('height', H);
    const n = Math.max(2, ...curves.map((c) => c.value.length));
    let hi = 1;
    let lo = 1;
    for (const c of curves)
      for (const v of c.value)
        if (Number.isFinite(v)) {
          hi = Math.max(hi, v);
          lo = Math.min(lo, Math.max(LOG_FLOOR, v));
        }
    const x = scaleLinear().domain([0, n - 1]).range([M.left, width - M.right]);
    const y = scaleLog().domain([lo, hi * 2]).range([H - M.bottom, M.top]).clamp(true);
    const decades = Math.ceil(Math.log10(hi * 2)) - Math.floor(Math.log10(lo));
    const every = Math.max(1, Math.ceil(decades / 6));
    // One labelled decade in every `every`, from the bottom of the axis up.
    const ticks: number[] = [];
    for (let k = Math.ceil(Math.log10(lo)); k <= Math.floor(Math.log10(hi * 2)); k++) if (k % every === 0) ticks.push(10 ** k);
    svg.append('g').attr('class', 'jacobian-plot__axis').attr('transform', `translate(0,${H - M.bottom})`).call(axisBottom(x).ticks(Math.min(10, width / 70)));
    svg.append('g').attr('class', 'jacobian-plot__axis').attr('transform', `translate(${M.left},0)`).call(axisLeft(y).tickValues(ticks).tickFormat((t) => `1e${Math.round(Math.log10(Number(t)))}`));
    svg.append('text').attr('class', 'jacobian-plot__label').attr('x', (M.left + width - M.right) / 2).attr('y', H - 6).attr('text-anchor', 'middle').text(axes.x);
    svg.append('text').attr('class', 'jacobian-plot__label').attr('transform', `translate(14,${(H - M.bottom + M.top) / 2}) rotate(-90)`).attr('text-anchor', 'middle').text(axes.y);
    const path = line<number>()
      .x((_, d) => x(d))
      .y((v) => y(Math.max(LOG_FLOOR, v)))
      .defined((v) => Number.isFinite(v));
    for (const c of curves) {
      const s = SERIES[c.cell];
      svg.append('path').attr('class', 'jacobian-plot__line').attr('data-cell', c.cell).attr('d', path(Array.from(c.value)))
        .attr('fill', 'none').attr('stroke', s.color).attr('stroke-width', s.width).attr('stroke-dasharray', s.dash);
    }
    // Legend bottom left, where the curves (all starting high at distance 0) leave room; on a backing box.
    const lg = svg.append('g').attr('class', 'jacobian-plot__legend').attr('transform', `translate(${M.left + 14},${H - M.bottom - 3 * 18 - 10})`);
    lg.append('rect').attr('x', -6).attr('y', -4).attr('width', 252).attr('height', 3 * 18 + 6).attr('rx', 4);
    (Object.keys(SERIES) as JacobianCell[]).forEach((cell, k) => {
      const s = SERIES[cell];
      lg.append('line').attr('x1', 0).attr('x2', 28).attr('y1', k * 18 + 8).attr('y2', k * 18 + 8)
        .attr('stroke', s.color).attr('stroke-width', s.width).attr('stroke-dasharray', s.dash);
      lg.append('text').attr('x', 36).attr('y', k * 18 + 12).text(names[cell]);
    });
  }

  return {
    update(...args) {
      last = args;
      draw();
    },
    resize(w) {
      if (w > 0 && Math.abs(w - width) > 0.5) {
        width = Math.max(300, w);
        draw();
      }
    },
    destroy() {
      svg.selectAll('*').remove();
      last = null;
    },
  };
}
