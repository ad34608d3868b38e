// A small line chart for the gradients lab: linear or log axes, series told
// apart by dash and marker shape as well as colour (so they survive greyscale
// printing and colour-blindness), horizontal reference lines (threshold,
// chance, 1), vertical markers (divergence, a time cursor) and event ticks
// (steps where clipping fired). Built once, updated in place; the React
// shell owns the legend and the text alternative.

import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { ScaleContinuousNumeric } from 'd3-scale';
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { line, symbol } from 'd3-shape';
import { formatTick, logTicks, symbolFor, type MarkerShape } from './format.ts';

export interface SeriesStyle {
  id: string;
  /** CSS colour, usually a theme variable: var(--accent) */
  color: string;
  /** SVG stroke-dasharray; omitted = solid */
  dash?: string;
  /** stroke width in units of --line-width; default 1 */
  weight?: number;
  marker?: MarkerShape;
  opacity?: number;
}

export interface Points {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export interface RefLine {
  id: string;
  value: number;
  label: string;
  color?: string;
  dash?: string;
  /** where a horizontal line's label sits; default 'end' (right) */
  labelAt?: 'start' | 'end';
}

export interface LineChartData {
  series: Readonly<Record<string, Points | undefined>>;
  hLines?: readonly RefLine[];
  vLines?: readonly RefLine[];
  /** short ticks along the x axis at these x values (e.g. steps where clipping fired) */
  ticks?: { xs: ArrayLike<number>; color: string; label: string };
}

export interface LineChartOptions {
  xLabel: string;
  yLabel: string;
  xScale?: 'linear' | 'log';
  yScale?: 'linear' | 'log';
  series: readonly SeriesStyle[];
  /** fixed domains; otherwise fitted to the data */
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  /** log axes: nothing below this is drawn (underflow reads as a break in the line) */
  yFloor?: number;
  /** markers drawn on at most this many points per series; default 10 */
  markers?: number;
  /** x tick values (e.g. exactly the K that were measured); otherwise chosen from the domain */
  xTicks?: readonly number[];
  /** the x domain while there is no data yet (default [0, 1]): an empty chart with the axis it will have */
  xEmpty?: readonly [number, number];
  /**
   * The top of a fitted y axis is at most this: a run that blows up to 10¹⁴⁷
   * leaves through the top instead of flattening every other curve at the bottom.
   */
  yCeil?: number;
}

export interface LineChart {
  update(data: LineChartData): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

const MARGIN = { top: 12, right: 16, bottom: 40, left: 58 };

type Scale = ScaleContinuousNumeric<number, number>;
let clipCounter = 0;

type G = Selection<SVGGElement, unknown, null, undefined>;

function usable(v: number, log: boolean): boolean {
  return Number.isFinite(v) && (!log || v > 0);
}

/** [min, max] of the usable values, or null. */
function extent(values: Iterable<number>, log: boolean): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!usable(v, log)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

function* allY(data: LineChartData, floor: number): Iterable<number> {
  for (const p of Object.values(data.series)) {
    if (!p) continue;
    for (let k = 0; k < p.y.length; k++) if (p.y[k]! >= floor) yield p.y[k]!;
  }
  for (const r of data.hLines ?? []) yield r.value;
}

function* allX(data: LineChartData): Iterable<number> {
  for (const p of Object.values(data.series)) {
    if (!p) continue;
    for (let k = 0; k < p.x.length; k++) yield p.x[k]!;
  }
}

/** Pads a domain: a fifth of a decade on log axes, 5 % on linear ones; never empty. */
function pad([lo, hi]: [number, number], log: boolean): [number, number] {
  if (log) {
    const a = Math.log10(lo);
    const b = Math.log10(hi);
    const extra = Math.max(0.2, (1 - (b - a)) / 2);
    return [10 ** (a - extra), 10 ** (b + extra)];
  }
  if (lo === hi) return [lo - 1, hi + 1];
  const m = (hi - lo) * 0.05;
  return [lo - m, hi + m];
}

export function createLineChart(svgEl: SVGSVGElement, options: LineChartOptions): LineChart {
  const xLog = options.xScale === 'log';
  const yLog = options.yScale === 'log';
  const floor = yLog ? (options.yFloor ?? 1e-300) : Number.NEGATIVE_INFINITY;
  const markerCount = options.markers ?? 10;
  const x: Scale = xLog ? scaleLog() : scaleLinear();
  const y: Scale = yLog ? scaleLog() : scaleLinear();
  let width = 0;
  let height = 0;
  let last: LineChartData = { series: {} };

  const svg = select(svgEl).attr('class', 'view-svg gr-chart').style('direction', 'ltr');
  const root = svg.append('g');
  const grid = root.append('g').attr('class', 'grid').attr('aria-hidden', 'true');
  const xAxis = root.append('g').attr('class', 'axis x-axis');
  const yAxis = root.append('g').attr('class', 'axis y-axis');
  const xTitle = root.append('text').attr('class', 'axis-title').attr('text-anchor', 'middle').text(options.xLabel);
  const yTitle = root.append('text').attr('class', 'axis-title').attr('text-anchor', 'middle').text(options.yLabel);
  // Fixed domains can leave points outside the plot area: clip them there.
  const clipId = `lab-chart-clip-${++clipCounter}`;
  const clipRect = root.append('clipPath').attr('id', clipId).append('rect');
  const plot = root.append('g').attr('class', 'plot').attr('clip-path', `url(#${clipId})`);
  const hLayer = plot.append('g').attr('class', 'h-lines');
  const vLayer = plot.append('g').attr('class', 'v-lines');
  const tickLayer = plot.append('g').attr('class', 'event-ticks');
  const seriesLayer = plot.append('g').attr('class', 'series');

  const groups = new Map<string, { path: Selection<SVGPathElement, unknown, null, undefined>; marks: G }>();
  for (const s of options.series) {
    const g = seriesLayer.append('g').attr('data-series', s.id);
    const path = g
      .append('path')
      .attr('fill', 'none')
      .style('stroke', s.color)
      .style('stroke-width', `calc(${s.weight ?? 1} * var(--line-width, 2) * 1px)`)
      .style('stroke-linejoin', 'round')
      .style('opacity', s.opacity ?? 1);
    if (s.dash) path.style('stroke-dasharray', s.dash);
    groups.set(s.id, { path, marks: g.append('g').attr('class', 'marks') });
  }

  function fitDomains(data: LineChartData): void {
    // A distance or step axis starts where the data starts: no padding on x.
    const xe = options.xDomain ?? extent(allX(data), xLog) ?? options.xEmpty ?? (xLog ? [1, 10] : [0, 1]);
    x.domain(xe[0] === xe[1] ? pad([xe[0], xe[1]], xLog) : xe);
    const ye = extent(allY(data, floor), yLog);
    if (ye && options.yCeil !== undefined) {
      ye[1] = Math.min(ye[1], options.yCeil);
      ye[0] = Math.min(ye[0], ye[1]);
    }
    y.domain(options.yDomain ?? (ye ? pad(ye, yLog) : yLog ? [0.1, 10] : [0, 1]));
  }

  function draw(): void {
    if (width <= 0 || height <= 0) return;
    const data = last;
    const iw = Math.max(10, width - MARGIN.left - MARGIN.right);
    const ih = Math.max(10, height - MARGIN.top - MARGIN.bottom);
    fitDomains(data);
    x.range([0, iw]);
    y.range([ih, 0]);
    root.attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
    // a little room above and below so markers and labels on the edge are not cut
    clipRect.attr('x', -6).attr('y', -MARGIN.top).attr('width', iw + 12).attr('height', ih + MARGIN.top + 6);

    const yTicks = yLog ? logTicks(y.domain() as [number, number], Math.max(3, Math.floor(ih / 40))) : y.ticks(Math.max(3, Math.floor(ih / 45)));
    const xTicks = options.xTicks ? [...options.xTicks] : xLog ? logTicks(x.domain() as [number, number], Math.max(3, Math.floor(iw / 70))) : x.ticks(Math.max(3, Math.floor(iw / 70)));
    xAxis
      .attr('transform', `translate(0,${ih})`)
      .call(axisBottom(x).tickValues(xTicks).tickFormat((v) => formatTick(Number(v), xLog)));
    yAxis.call(axisLeft(y).tickValues(yTicks).tickFormat((v) => formatTick(Number(v), yLog)));
    grid
      .selectAll('line')
      .data(yTicks)
      .join('line')
      .attr('x1', 0)
      .attr('x2', iw)
      .attr('y1', (d) => y(d))
      .attr('y2', (d) => y(d))
      .style('stroke', 'var(--grid)');
    xTitle.attr('x', iw / 2).attr('y', ih + 34);
    yTitle.attr('transform', `translate(${-44},${ih / 2}) rotate(-90)`);

    const inside = (v: number): boolean => usable(v, yLog) && v >= floor;
    for (const s of options.series) {
      const g = groups.get(s.id)!;
      const p = data.series[s.id];
      const idx = p ? Array.from({ length: Math.min(p.x.length, p.y.length) }, (_, k) => k) : [];
      const ok = (k: number): boolean => p !== undefined && usable(p.x[k]!, xLog) && inside(p.y[k]!);
      const gen = line<number>()
        .defined(ok)
        .x((k) => x(p!.x[k]!))
        .y((k) => y(p!.y[k]!));
      g.path.attr('d', idx.length > 0 ? gen(idx) : null);
      const every = Math.max(1, Math.ceil(idx.length / markerCount));
      const marked = s.marker && s.marker !== 'none' ? idx.filter((k) => k % every === 0 && ok(k)) : [];
      const shape = symbol(symbolFor(s.marker ?? 'none'), 36);
      g.marks
        .selectAll('path')
        .data(marked)
        .join('path')
        .attr('d', shape)
        .attr('transform', (k) => `translate(${x(p!.x[k]!)},${y(p!.y[k]!)})`)
        .style('fill', 'var(--surface)')
        .style('stroke', s.color)
        .style('stroke-width', 1.5);
    }

    drawRefs(hLayer, data.hLines ?? [], (r) => [0, y(r.value), iw, y(r.value)], iw, true);
    drawRefs(vLayer, data.vLines ?? [], (r) => [x(r.value), 0, x(r.value), ih], iw, false);
    const ticks = data.ticks;
    tickLayer
      .selectAll('line')
      .data(ticks ? Array.from(ticks.xs) : [])
      .join('line')
      .attr('x1', (v) => x(v))
      .attr('x2', (v) => x(v))
      .attr('y1', ih)
      .attr('y2', ih - 8)
      .style('stroke', ticks?.color ?? 'var(--fg)')
      .style('stroke-width', 1.5);
  }

  function drawRefs(layer: G, refs: readonly RefLine[], at: (r: RefLine) => number[], iw: number, horizontal: boolean): void {
    const visible = refs.filter((r) => usable(r.value, horizontal ? yLog : xLog));
    const g = layer
      .selectAll<SVGGElement, RefLine>('g')
      .data(visible, (r) => r.id)
      .join((enter) => {
        const e = enter.append('g');
        e.append('line');
        e.append('text').attr('class', 'ref-label');
        return e;
      })
      .attr('data-ref', (r) => r.id);
    g.select('line')
      .attr('x1', (r) => at(r)[0]!)
      .attr('y1', (r) => at(r)[1]!)
      .attr('x2', (r) => at(r)[2]!)
      .attr('y2', (r) => at(r)[3]!)
      .style('stroke', (r) => r.color ?? 'var(--muted)')
      .style('stroke-dasharray', (r) => r.dash ?? '6 4')
      .style('stroke-width', 1.5);
    g.select<SVGTextElement>('text')
      .text((r) => r.label)
      .attr('x', (r) => (horizontal ? (r.labelAt === 'start' ? 4 : iw - 4) : at(r)[0]! + 4))
      .attr('y', (r) => (horizontal ? at(r)[1]! - 5 : 12))
      .attr('text-anchor', (r) => (horizontal && r.labelAt !== 'start' ? 'end' : 'start'))
      .style('fill', (r) => r.color ?? 'var(--muted)');
  }

  return {
    update(data) {
      last = data;
      draw();
    },
    resize(w, h) {
      width = w;
      height = h;
      svg.attr('width', w).attr('height', h).attr('viewBox', `0 0 ${w} ${h}`);
      draw();
    },
    destroy() {
      svg.selectAll('*').remove();
      groups.clear();
    },
  };
}
