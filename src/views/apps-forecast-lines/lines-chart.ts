// A small multi-line chart (D3): the weather series, or a forecast against the
// truth. Each line has its own stroke colour and dash pattern, so lines stay
// apart in greyscale; an optional shaded span marks the forecast horizon.
import { extent } from 'd3-array';
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { line } from 'd3-shape';

export interface Line {
  key: string;
  label: string;
  /** x positions (time steps) and values */
  x: readonly number[];
  y: readonly number[];
  color: string;
  dash?: string;
  width?: number;
}

export interface LinesData {
  lines: Line[];
  /** a shaded [from, to] span on the x axis */
  span?: readonly [number, number];
}

export interface LinesChart {
  update(data: LinesData): void;
  resize(width: number): void;
  destroy(): void;
}

const HEIGHT = 220;
const M = { top: 10, right: 10, bottom: 24, left: 36 };

export function createLinesChart(el: SVGSVGElement): LinesChart {
  const svg = select(el).attr('height', HEIGHT);
  const span = svg.append('rect').attr('class', 'apps-fc-span');
  const gx = svg.append('g').attr('class', 'apps-fc-axis');
  const gy = svg.append('g').attr('class', 'apps-fc-axis');
  const paths = svg.append('g').attr('fill', 'none');
  let width = 600;
  let data: LinesData = { lines: [] };

  function draw(): void {
    svg.attr('width', width).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    const xs = data.lines.flatMap((l) => l.x);
    const ys = data.lines.flatMap((l) => l.y).filter(Number.isFinite);
    const [x0 = 0, x1 = 1] = extent(xs);
    const [y0 = -1, y1 = 1] = extent(ys);
    const x = scaleLinear().domain([x0, x1]).range([M.left, width - M.right]);
    const y = scaleLinear().domain([y0, y1]).nice().range([HEIGHT - M.bottom, M.top]);
    gx.attr('transform', `translate(0,${HEIGHT - M.bottom})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    gy.attr('transform', `translate(${M.left},0)`).call(axisLeft(y).ticks(5));
    if (data.span) {
      span.attr('x', x(data.span[0])).attr('width', Math.max(0, x(data.span[1]) - x(data.span[0]))).attr('y', M.top).attr('height', HEIGHT - M.top - M.bottom);
    } else span.attr('width', 0);
    const path = line<number>()
      .x((_, i) => i)
      .y((v) => v);
    paths
      .selectAll<SVGPathElement, Line>('path')
      .data(data.lines, (d) => d.key)
      .join('path')
      .attr('class', 'apps-fc-line')
      .attr('stroke', (d) => d.color)
      .attr('stroke-width', (d) => d.width ?? 1.5)
      .attr('stroke-dasharray', (d) => d.dash ?? null)
      .attr('d', (d) => path.x((_, i) => x(d.x[i] ?? 0)).y((v) => y(v))(d.y as number[]) ?? '');
  }

  return {
    update(next) {
      data = next;
      draw();
    },
    resize(w) {
      width = Math.max(240, w);
      draw();
    },
    destroy() {
      svg.selectAll('*').remove();
    },
  };
}
