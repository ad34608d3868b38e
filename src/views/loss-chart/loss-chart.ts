// The training-loss curve. D3 owns everything inside the element it is given:
// a <canvas> for the curve (thousands of points redrawn up to 60 times a
// second are cheap on a canvas and expensive as an SVG path) under an <svg>
// for the axes, which are rebuilt only when their domain or size changes.
// update() is called from an animation frame, never from React. Colours and
// line width are read from the theme's custom properties at each draw.
import { axisBottom, axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';

export interface LossSeries {
  readonly length: number;
  readonly step: ArrayLike<number>;
  readonly loss: ArrayLike<number>;
}

export interface LossChartOptions {
  logScale: boolean;
  /** the page's theme: a change makes the chart read its colours again */
  theme: string;
  /** axis titles and the empty-chart hint, in the page's language */
  labels: { x: string; y: string; empty: string };
}

export interface LossChart {
  update(series: LossSeries): void;
  setOptions(options: LossChartOptions): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

const MARGIN = { top: 22, right: 16, bottom: 40, left: 56 };
export const DEFAULT_HEIGHT = 240;

/**
 * At most two points per pixel column (its lowest and highest loss), so the
 * path stays small however long the run, and spikes stay visible.
 */
export function decimate(series: LossSeries, columns: number): [number, number][] {
  const n = series.length;
  const out: [number, number][] = [];
  const finite = (k: number) => Number.isFinite(series.loss[k] ?? Number.NaN);
  if (n <= columns * 2) {
    for (let k = 0; k < n; k++) if (finite(k)) out.push([series.step[k] ?? 0, series.loss[k] ?? 0]);
    return out;
  }
  const per = n / columns;
  for (let c = 0; c < columns; c++) {
    const from = Math.floor(c * per);
    const to = Math.min(n, Math.floor((c + 1) * per));
    let lo = -1;
    let hi = -1;
    for (let k = from; k < to; k++) {
      if (!finite(k)) continue;
      if (lo < 0 || (series.loss[k] ?? 0) < (series.loss[lo] ?? 0)) lo = k;
      if (hi < 0 || (series.loss[k] ?? 0) > (series.loss[hi] ?? 0)) hi = k;
    }
    if (lo < 0) continue;
    for (const k of lo <= hi ? [lo, hi] : [hi, lo]) out.push([series.step[k] ?? 0, series.loss[k] ?? 0]);
  }
  return out;
}

/** The rungs of the step axis within a decade: the curve always fills at least two thirds of the width. */
const STEP_RUNGS = [1, 1.5, 2, 3, 4, 5, 6, 8, 10];

/**
 * The right end of the step axis: the smallest rung at or above the last
 * step. A "nice" domain would move every few steps, and every move rebuilds
 * the axes (a hundred SVG nodes) in the animation frame; on these rungs the
 * axis moves eight times per tenfold growth of the run.
 */
export function stepDomainMax(lastStep: number): number {
  if (!(lastStep > 10)) return 10;
  const decade = 10 ** Math.floor(Math.log10(lastStep));
  for (const r of STEP_RUNGS) if (r * decade >= lastStep - 1e-9 * decade) return r * decade;
  return 10 * decade;
}

export function createLossChart(host: HTMLElement, initial: LossChartOptions): LossChart {
  let options = initial;
  let width = 0;
  let height = DEFAULT_HEIGHT;
  let last: LossSeries = { length: 0, step: [], loss: [] };
  let axesKey = '';

  const root = select(host).classed('loss-chart__host', true);
  const canvas = root.append('canvas').attr('class', 'loss-chart__canvas').attr('aria-hidden', 'true');
  const svg = root.append('svg').attr('class', 'loss-chart__svg').attr('aria-hidden', 'true');
  const plot = svg.append('g');
  const gridY = plot.append('g').attr('class', 'loss-chart__grid');
  const xAxis = plot.append('g').attr('class', 'loss-chart__axis');
  const yAxis = plot.append('g').attr('class', 'loss-chart__axis');
  const xTitle = plot.append('text').attr('class', 'loss-chart__title').attr('text-anchor', 'end');
  const yTitle = plot.append('text').attr('class', 'loss-chart__title').attr('text-anchor', 'start');
  const empty = plot.append('text').attr('class', 'loss-chart__empty').attr('text-anchor', 'middle');
  const ctx = (canvas.node() as HTMLCanvasElement).getContext('2d');
  // The theme's colour and line width, read again only when the options change
  // (the shell passes the theme): reading computed styles every frame is not free.
  let pen = { colour: '#2752c9', width: 2 };
  function readPen(): void {
    const style = getComputedStyle(host);
    pen = {
      colour: style.getPropertyValue('--accent').trim() || pen.colour,
      width: Number.parseFloat(style.getPropertyValue('--line-width')) || pen.width,
    };
  }
  readPen();

  function yScale(points: [number, number][], h: number): ScaleContinuousNumeric<number, number> {
    let lo = Infinity;
    let hi = -Infinity;
    for (const [, l] of points) {
      if (options.logScale && !(l > 0)) continue;
      if (l < lo) lo = l;
      if (l > hi) hi = l;
    }
    if (options.logScale) {
      if (!(hi > 0)) return scaleLog().domain([0.01, 10]).range([h, 0]);
      if (hi / lo < 10) lo = hi / 10;
      return scaleLog().domain([lo, hi]).range([h, 0]).nice();
    }
    return scaleLinear()
      .domain([0, hi > 0 ? hi : 1])
      .range([h, 0])
      .nice();
  }

  function drawAxes(x: ScaleContinuousNumeric<number, number>, y: ScaleContinuousNumeric<number, number>, w: number, h: number, hasData: boolean): void {
    const key = [x.domain(), y.domain(), w, h, options.logScale, options.labels.x, options.labels.y, hasData].join('|');
    if (key === axesKey) return;
    axesKey = key;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    plot.attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
    const yTicks = Math.max(2, Math.floor(h / 45));
    xAxis.attr('transform', `translate(0,${h})`);
    // SI prefixes for long runs (20k, 1.5M), but a plain 0 at the origin rather than "0k".
    const si = x.tickFormat(Math.max(2, Math.floor(w / 90)), '~s');
    (xAxis as Selection<SVGGElement, unknown, null, undefined>).call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor(w / 90)))
        .tickFormat((d) => (Number(d) === 0 ? '0' : si(Number(d)))),
    );
    (yAxis as Selection<SVGGElement, unknown, null, undefined>).call(axisLeft(y).ticks(yTicks, options.logScale ? '~g' : '~r'));
    (gridY as Selection<SVGGElement, unknown, null, undefined>).call(
      axisLeft(y)
        .ticks(yTicks)
        .tickSize(-w)
        .tickFormat(() => ''),
    );
    xTitle.attr('x', w).attr('y', h + 34).text(options.labels.x);
    yTitle.attr('x', -MARGIN.left + 4).attr('y', -10).text(options.labels.y);
    empty.attr('x', w / 2).attr('y', h / 2).text(hasData ? '' : options.labels.empty);
  }

  function drawCurve(points: [number, number][], x: ScaleContinuousNumeric<number, number>, y: ScaleContinuousNumeric<number, number>): void {
    const el = canvas.node() as HTMLCanvasElement;
    const dpr = typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1;
    const pw = Math.round(width * dpr);
    const ph = Math.round(height * dpr);
    if (el.width !== pw || el.height !== ph) {
      el.width = pw;
      el.height = ph;
      el.style.width = `${width}px`;
      el.style.height = `${height}px`;
    }
    if (ctx === null) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (points.length < 2) return;
    ctx.translate(MARGIN.left, MARGIN.top);
    ctx.beginPath();
    line()
      .x((p) => x(p[0]))
      .y((p) => y(p[1]))
      .context(ctx)(points);
    ctx.lineWidth = pen.width;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    ctx.strokeStyle = pen.colour;
    ctx.stroke();
  }

  function draw(): void {
    if (width <= 0) return;
    const w = Math.max(40, width - MARGIN.left - MARGIN.right);
    const h = Math.max(40, height - MARGIN.top - MARGIN.bottom);
    const all = decimate(last, Math.ceil(w));
    const points = options.logScale ? all.filter(([, l]) => l > 0) : all;
    const maxStep = points.length > 0 ? (points[points.length - 1]?.[0] ?? 1) : 1;
    const x = scaleLinear()
      .domain([0, stepDomainMax(maxStep)])
      .range([0, w]);
    const y = yScale(points, h);
    drawAxes(x, y, w, h, points.length > 1);
    drawCurve(points, x, y);
  }

  return {
    update(series) {
      last = series;
      draw();
    },
    setOptions(next) {
      options = next;
      axesKey = '';
      readPen();
      draw();
    },
    resize(w, h) {
      width = w;
      height = h > 0 ? h : DEFAULT_HEIGHT;
      axesKey = '';
      draw();
    },
    destroy() {
      root.selectAll('*').remove();
    },
  };
}
