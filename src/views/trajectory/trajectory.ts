// Hidden-state trajectory: the h_t of a generation as points in 3-D (one axis
// per hidden unit), joined in time order and labelled with their input
// letter, in a view the reader rotates by dragging or with the arrow keys.
// Repeated letters (the two l's of "bille") are joined by a dashed line with
// their distance: the same input, two different states. Hidden sizes other
// than 3 fall back to one small plot per unit over time.
import { select, type Selection } from 'd3-selection';
import { line } from 'd3-shape';
import type { Translate } from '../../i18n/catalogue.ts';
import type { ViewsBilleKey } from '../../i18n/catalogues/views-bille.ts';
import type { BilleFrame } from '../bille/types.ts';
import { formatValue } from '../scales.ts';
import { isolate } from '../shared/svgText.ts';
import { cubeEdges, DEFAULT_VIEW, distance, project, rotateView, type View3 } from './projection.ts';

export interface TrajectoryData {
  steps: number;
  hiddenSize: number;
  /** [t][j] */
  h: Float64Array;
  /** the input letter of each step */
  labels: readonly string[];
}

export function trajectoryFromBille(f: BilleFrame): TrajectoryData {
  return {
    steps: f.steps,
    hiddenSize: f.hiddenSize,
    h: f.h,
    labels: Array.from({ length: f.steps }, (_, t) => f.vocab[f.inputs[t] ?? 0] ?? '?'),
  };
}

export interface TrajectoryOptions {
  t: Translate<ViewsBilleKey>;
  reducedMotion?: boolean;
}

export interface TrajectoryChart {
  update(data: TrajectoryData | null): void;
  resetView(): void;
  getView(): View3;
  setOptions(o: Partial<TrajectoryOptions>): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

const KEY_YAW = (15 * Math.PI) / 180;
const KEY_PITCH = (10 * Math.PI) / 180;
const DRAG_RAD_PER_PX = 0.01;

type G = Selection<SVGGElement, unknown, null, undefined>;

interface PointDatum {
  t: number;
  label: string;
  x: number;
  y: number;
  depth: number;
}

interface RepeatDatum {
  a: number;
  b: number;
  label: string;
}

let instances = 0;

const cancelFrame = (id: number): void => {
  if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id);
};

export function createTrajectory(svgEl: SVGSVGElement, options: TrajectoryOptions): TrajectoryChart {
  instances += 1;
  const uid = `tj${instances}`;
  let t = options.t;
  let reduced = options.reducedMotion ?? false;
  let data: TrajectoryData | null = null;
  let view: View3 = { ...DEFAULT_VIEW };
  let width = 480;
  let fontScale = 1;
  let anim = 0;

  const svg = select(svgEl)
    .attr('class', 'view-svg trajectory')
    .attr('aria-labelledby', `${uid}-title`)
    .attr('aria-describedby', `${uid}-desc`);
  svg.selectAll('*').remove();
  const title = svg.append('title').attr('id', `${uid}-title`);
  const desc = svg.append('desc').attr('id', `${uid}-desc`);
  const root: G = svg.append('g');
  const cubeG: G = root.append('g').attr('class', 'tj-cube').attr('aria-hidden', 'true');
  const axesG: G = root.append('g').attr('class', 'tj-axes').attr('aria-hidden', 'true');
  const pathG: G = root.append('g').attr('class', 'tj-path').attr('aria-hidden', 'true');
  const repeatG: G = root.append('g').attr('class', 'tj-repeats').attr('aria-hidden', 'true');
  const pointsG: G = root.append('g').attr('class', 'tj-points').attr('aria-hidden', 'true');
  const unitsG: G = root.append('g').attr('class', 'tj-units').attr('aria-hidden', 'true');

  const is3d = (): boolean => !!data && data.hiddenSize === 3;

  function size(): { w: number; h: number; scale: number; cx: number; cy: number } {
    const w = Math.max(240, Math.min(width, 560));
    const h = Math.round(w * 0.86);
    const scale = w * 0.27;
    return { w, h, scale, cx: w / 2, cy: h / 2 + 6 };
  }

  function repeats(d: TrajectoryData): RepeatDatum[] {
    const out: RepeatDatum[] = [];
    const last = new Map<string, number>();
    d.labels.slice(0, d.steps).forEach((l, i) => {
      const prev = last.get(l);
      if (prev !== undefined) out.push({ a: prev, b: i, label: l });
      last.set(l, i);
    });
    return out;
  }

  function render3d(): void {
    const d = data;
    const { w, h, scale, cx, cy } = size();
    svg.attr('width', w).attr('height', h).attr('viewBox', `0 0 ${w} ${h}`);
    unitsG.selectAll('*').remove();
    svg.attr('role', 'application').attr('aria-roledescription', t('trajLabel')).attr('tabindex', 0);
    const P = (p: readonly [number, number, number]) => project(p, view, scale, cx, cy);

    cubeG
      .selectAll<SVGLineElement, [[number, number, number], [number, number, number]]>('line')
      .data(cubeEdges())
      .join('line')
      .each(function ([a, b]) {
        const pa = P(a);
        const pb = P(b);
        this.setAttribute('x1', String(pa.x));
        this.setAttribute('y1', String(pa.y));
        this.setAttribute('x2', String(pb.x));
        this.setAttribute('y2', String(pb.y));
      });
    const axes: { name: string; from: [number, number, number]; to: [number, number, number] }[] = [
      { name: '1', from: [-1, 0, 0], to: [1.22, 0, 0] },
      { name: '2', from: [0, -1, 0], to: [0, 1.22, 0] },
      { name: '3', from: [0, 0, -1], to: [0, 0, 1.22] },
    ];
    const ax = axesG
      .selectAll<SVGGElement, (typeof axes)[number]>('g.tj-axis')
      .data(axes)
      .join((e) => {
        const g = e.append('g').attr('class', 'tj-axis');
        g.append('line');
        const text = g.append('text').attr('class', 'math').attr('text-anchor', 'middle').attr('dy', '0.35em');
        text.append('tspan').text('h');
        text.append('tspan').attr('class', 'sub').attr('dy', '0.3em').attr('font-size', '72%');
        return g;
      });
    ax.each(function (a) {
      const g = select(this);
      const p0 = P(a.from);
      const p1 = P([a.to[0] * 0.82, a.to[1] * 0.82, a.to[2] * 0.82]);
      const pl = P(a.to);
      g.select('line').attr('x1', p0.x).attr('y1', p0.y).attr('x2', p1.x).attr('y2', p1.y);
      g.select('text').attr('x', pl.x).attr('y', pl.y);
      g.select('tspan.sub').text(a.name);
    });

    const pts: PointDatum[] = [];
    if (d) {
      for (let i = 0; i < d.steps; i++) {
        const p = P([d.h[i * 3] ?? 0, d.h[i * 3 + 1] ?? 0, d.h[i * 3 + 2] ?? 0]);
        pts.push({ t: i, label: d.labels[i] ?? '', ...p });
      }
    }
    // Path segments in time order, with a chevron halfway showing the direction.
    const segs = pts.slice(1).map((p, i) => ({ a: pts[i] as PointDatum, b: p }));
    const seg = pathG
      .selectAll<SVGGElement, (typeof segs)[number]>('g.tj-seg')
      .data(segs)
      .join((e) => {
        const g = e.append('g').attr('class', 'tj-seg');
        g.append('line');
        g.append('path').attr('class', 'tj-chevron');
        return g;
      });
    seg.each(function (s) {
      const g = select(this);
      g.select('line').attr('x1', s.a.x).attr('y1', s.a.y).attr('x2', s.b.x).attr('y2', s.b.y);
      const mx = (s.a.x + s.b.x) / 2;
      const my = (s.a.y + s.b.y) / 2;
      const ang = (Math.atan2(s.b.y - s.a.y, s.b.x - s.a.x) * 180) / Math.PI;
      g.select('path.tj-chevron').attr('d', 'M-4,-4L3,0L-4,4').attr('transform', `translate(${mx},${my}) rotate(${ang})`);
    });

    const reps = d ? repeats(d) : [];
    const rep = repeatG
      .selectAll<SVGGElement, RepeatDatum>('g.tj-repeat')
      .data(reps)
      .join((e) => {
        const g = e.append('g').attr('class', 'tj-repeat');
        g.append('line');
        g.append('rect').attr('class', 'tj-repeat-bg').attr('rx', 4);
        g.append('text').attr('class', 'num').attr('text-anchor', 'middle').attr('dy', '0.35em');
        return g;
      });
    rep.each(function (r) {
      const a = pts[r.a];
      const b = pts[r.b];
      if (!a || !b || !d) return;
      const g = select(this);
      g.select('line').attr('x1', a.x).attr('y1', a.y).attr('x2', b.x).attr('y2', b.y);
      const text = `d = ${formatValue(distance(d.h, r.a, r.b, 3))}`;
      const tw = text.length * 7 * fontScale + 8;
      // Off the midpoint and to the side of the line, so the label does not cover a point or the path.
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const nx = -(b.y - a.y) / len;
      const ny = (b.x - a.x) / len;
      const mx = a.x + (b.x - a.x) * 0.42 + nx * 13 * fontScale;
      const my = a.y + (b.y - a.y) * 0.42 + ny * 13 * fontScale;
      g.select('rect').attr('x', mx - tw / 2).attr('y', my - 9 * fontScale).attr('width', tw).attr('height', 18 * fontScale);
      g.select('text').attr('x', mx).attr('y', my).text(text);
    });

    const repeated = new Set(reps.flatMap((r) => [r.a, r.b]));
    const pt = pointsG
      .selectAll<SVGGElement, PointDatum>('g.tj-point')
      .data(pts, (p) => String(p.t))
      .join((e) => {
        const g = e.append('g').attr('class', 'tj-point');
        g.append('circle');
        const text = g.append('text').attr('class', 'tj-label');
        text.append('tspan').attr('class', 'tj-letter');
        text.append('tspan').attr('class', 'tj-t').attr('dy', '0.35em').attr('font-size', '70%');
        return g;
      })
      .attr('data-t', (p) => p.t)
      .attr('transform', (p) => `translate(${p.x},${p.y})`)
      .classed('is-repeated', (p) => repeated.has(p.t))
      .style('opacity', (p) => String(0.55 + 0.45 * Math.max(0, Math.min(1, (p.depth + 1.7) / 3.4))));
    pt.select('circle').attr('r', (p) => 6 + 2 * Math.max(-1, Math.min(1, p.depth / 1.7)));
    pt.select('text').attr('x', 10).attr('y', -8);
    pt.select('tspan.tj-letter').text((p) => p.label);
    pt.select('tspan.tj-t').text((p) => String(p.t + 1));
    // Painter's order: far points first.
    pt.sort((a, b) => a.depth - b.depth);
  }

  function renderUnits(): void {
    const d = data;
    cubeG.selectAll('*').remove();
    axesG.selectAll('*').remove();
    pathG.selectAll('*').remove();
    repeatG.selectAll('*').remove();
    pointsG.selectAll('*').remove();
    svg.attr('role', 'img').attr('aria-roledescription', null).attr('tabindex', null);
    if (!d) return;
    const H = d.hiddenSize;
    const pw = 150 * fontScale;
    const ph = 96 * fontScale;
    const perRow = Math.max(1, Math.floor(Math.max(pw, width) / (pw + 12)));
    const rows = Math.ceil(H / perRow);
    const w = Math.max(pw, Math.min(width, perRow * (pw + 12)));
    svg.attr('width', w).attr('height', rows * (ph + 14)).attr('viewBox', `0 0 ${w} ${rows * (ph + 14)}`);
    const units = Array.from({ length: H }, (_, j) => j);
    const panels = unitsG
      .selectAll<SVGGElement, number>('g.tj-unit')
      .data(units)
      .join((e) => {
        const g = e.append('g').attr('class', 'tj-unit');
        g.append('rect').attr('class', 'tj-unit-frame');
        g.append('line').attr('class', 'tj-unit-zero');
        g.append('path').attr('class', 'tj-unit-line');
        g.append('text').attr('class', 'tj-unit-name');
        g.append('g').attr('class', 'tj-unit-points');
        return g;
      })
      .attr('transform', (j) => `translate(${(j % perRow) * (pw + 12)},${Math.floor(j / perRow) * (ph + 14)})`);
    const x = (i: number): number => 14 + (d.steps <= 1 ? 0 : (i / (d.steps - 1)) * (pw - 28));
    const y = (v: number): number => 18 + ((1 - Math.max(-1, Math.min(1, v))) / 2) * (ph - 30);
    panels.each(function (j) {
      const g = select(this);
      g.select('rect').attr('width', pw).attr('height', ph).attr('rx', 6);
      g.select('line').attr('x1', 8).attr('x2', pw - 8).attr('y1', y(0)).attr('y2', y(0));
      g.select('text.tj-unit-name').attr('x', 8).attr('y', 13).text(isolate(t('unitName', { j: j + 1 })));
      const vals = Array.from({ length: d.steps }, (_, i) => d.h[i * H + j] ?? 0);
      g.select('path.tj-unit-line').attr('d', line<number>((v, i) => x(i), (v) => y(v))(vals) ?? '');
      g.select('g.tj-unit-points')
        .selectAll<SVGTextElement, number>('text')
        .data(vals)
        .join('text')
        .attr('class', 'tj-unit-letter')
        .attr('text-anchor', 'middle')
        .attr('x', (_v, i) => x(i))
        .attr('y', (v) => y(v))
        .attr('dy', '0.35em')
        .text((_v, i) => d.labels[i] ?? '');
    });
  }

  function describe(): void {
    const d = data;
    title.text(is3d() || !d ? t('trajLabel') : t('trajUnits'));
    if (!d || d.steps === 0) {
      desc.text(t('trajEmpty'));
      return;
    }
    const H = d.hiddenSize;
    const points = Array.from({ length: d.steps }, (_, i) => {
      const v = Array.from({ length: H }, (_, j) => formatValue(d.h[i * H + j] ?? Number.NaN)).join(', ');
      return `${d.labels[i] ?? ''} (t = ${i + 1}): ${v}`;
    }).join('; ');
    const reps = repeats(d);
    const extra = reps.map((r) => t('trajDistance', { letter: r.label, d: formatValue(distance(d.h, r.a, r.b, H)) })).join(' ');
    desc.text(`${t('trajDesc', { points })} ${extra}`.trim());
  }

  function render(): void {
    if (is3d() || !data) render3d();
    else renderUnits();
    describe();
  }

  function setView(v: View3): void {
    view = v;
    if (is3d()) render3d();
  }

  svg.on('keydown.rotate', (event: KeyboardEvent) => {
    if (!is3d()) return;
    let next: View3 | null = null;
    if (event.key === 'ArrowLeft') next = rotateView(view, -KEY_YAW, 0);
    else if (event.key === 'ArrowRight') next = rotateView(view, KEY_YAW, 0);
    else if (event.key === 'ArrowUp') next = rotateView(view, 0, KEY_PITCH);
    else if (event.key === 'ArrowDown') next = rotateView(view, 0, -KEY_PITCH);
    if (!next) return;
    event.preventDefault();
    cancelFrame(anim);
    setView(next);
  });

  let drag: { x: number; y: number; id: number } | null = null;
  svg.on('pointerdown.rotate', (event: PointerEvent) => {
    if (!is3d()) return;
    drag = { x: event.clientX, y: event.clientY, id: event.pointerId };
    svgEl.setPointerCapture?.(event.pointerId);
    svgEl.classList.add('is-dragging');
    cancelFrame(anim);
  });
  svg.on('pointermove.rotate', (event: PointerEvent) => {
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    drag = { ...drag, x: event.clientX, y: event.clientY };
    setView(rotateView(view, dx * DRAG_RAD_PER_PX, dy * DRAG_RAD_PER_PX));
  });
  const endDrag = (event: PointerEvent): void => {
    if (!drag || event.pointerId !== drag.id) return;
    svgEl.releasePointerCapture?.(event.pointerId);
    svgEl.classList.remove('is-dragging');
    drag = null;
  };
  svg.on('pointerup.rotate', endDrag).on('pointercancel.rotate', endDrag);

  render();

  return {
    update(next) {
      data = next;
      render();
    },
    resetView() {
      cancelFrame(anim);
      if (reduced || typeof requestAnimationFrame !== 'function') {
        setView({ ...DEFAULT_VIEW });
        return;
      }
      const from = view;
      // Turn back the short way round.
      const twoPi = 2 * Math.PI;
      let dYaw = (DEFAULT_VIEW.yaw - from.yaw) % twoPi;
      if (dYaw > Math.PI) dYaw -= twoPi;
      if (dYaw < -Math.PI) dYaw += twoPi;
      const start = performance.now();
      const ms = 450;
      const tick = (now: number): void => {
        const k = Math.min(1, (now - start) / ms);
        const e = k < 0.5 ? 2 * k * k : 1 - (-2 * k + 2) ** 2 / 2;
        setView({ yaw: from.yaw + dYaw * e, pitch: from.pitch + (DEFAULT_VIEW.pitch - from.pitch) * e });
        if (k < 1) anim = requestAnimationFrame(tick);
      };
      anim = requestAnimationFrame(tick);
    },
    getView() {
      return view;
    },
    setOptions(o) {
      if (o.t) t = o.t;
      if (o.reducedMotion !== undefined) reduced = o.reducedMotion;
      render();
    },
    resize(w) {
      const fsRaw = typeof getComputedStyle === 'function' ? parseFloat(getComputedStyle(svgEl).getPropertyValue('--font-scale')) : NaN;
      fontScale = Number.isFinite(fsRaw) && fsRaw > 0 ? fsRaw : 1;
      width = Math.max(240, Math.floor(w));
      render();
    },
    destroy() {
      cancelFrame(anim);
      svg.on('.rotate', null);
      svg.selectAll('*').remove();
    },
  };
}
