// The eigenvalues of W_hh in the complex plane, raised to the power t.
// W^t = U Λ^t U⁻¹: along each eigen-direction t steps multiply by λ^t, so a
// point inside the unit circle spirals in to 0 and one outside spirals out.
// The radius is compressed (see ../common/radial.ts) so that λ^50 with
// |λ| = 1.5 is still on screen; the unit circle stays where it was.

import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { interpolateViridis } from 'd3-scale-chromatic';
import { symbol, symbolCircle, symbolDiamond, symbolSquare } from 'd3-shape';
import { modulusKind, type ModulusKind } from '../eigen/eigen-data.ts';
import { powerEigenvalues } from '../../../engine/experiments/powering.ts';
import { formatNumber } from '../common/format.ts';
import { compress, compressPoint, RINGS } from '../common/radial.ts';

export interface EigenPlaneData {
  re: ArrayLike<number>;
  im: ArrayLike<number>;
  /** the power shown (1 = the eigenvalues themselves) */
  t: number;
  /** ρ, drawn as a dashed ring (compressed like everything else) */
  spectralRadius: number;
}

export interface EigenPlaneLabels {
  /** "Re", "Im" */
  re: string;
  im: string;
  /** label on the unit circle, e.g. "|λ| = 1" */
  unit: string;
}

export interface EigenPlane {
  update(data: EigenPlaneData): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The shape says what the colour says, for greyscale and colour-blind readers: shrinks, keeps, grows. */
const SHAPES = { shrink: symbolCircle, keep: symbolSquare, grow: symbolDiamond } as const satisfies Record<ModulusKind, unknown>;

/** Colour by modulus on a log scale from 1/2 to 2: darker shrinks, brighter grows; the shape says the same. */
export function modulusColor(r: number): string {
  const u = Math.max(0, Math.min(1, (Math.log2(Math.max(r, 1e-12)) + 1) / 2));
  return interpolateViridis(0.1 + 0.8 * u);
}

export function createEigenPlane(svgEl: SVGSVGElement, labels: EigenPlaneLabels): EigenPlane {
  const svg = select(svgEl).attr('class', 'view-svg gr-chart').style('direction', 'ltr');
  const root: G = svg.append('g');
  const rings = root.append('g').attr('class', 'gr-rings').attr('aria-hidden', 'true');
  const axes = root.append('g').attr('class', 'gr-axes').attr('aria-hidden', 'true');
  const unit = root.append('circle').attr('class', 'gr-unit').attr('fill', 'none');
  const unitLabel = root.append('text').attr('class', 'gr-ring-label gr-unit-label').text(labels.unit);
  const rhoRing = root.append('circle').attr('class', 'gr-rho').attr('fill', 'none');
  const rhoLabel = root.append('text').attr('class', 'gr-ring-label');
  const trails = root.append('g').attr('class', 'gr-trails');
  const points = root.append('g').attr('class', 'gr-points');
  let width = 0;
  let height = 0;
  let last: EigenPlaneData | null = null;

  function draw(): void {
    if (width <= 0 || height <= 0) return;
    const size = Math.min(width, height);
    const R = Math.max(20, (size - 36) / 4); // the edge (|z| → ∞) is at 2R
    root.attr('transform', `translate(${width / 2},${height / 2})`);

    rings
      .selectAll('circle')
      .data(RINGS.filter((r) => r !== 1))
      .join('circle')
      .attr('r', (r) => compress(r, 1, R))
      .attr('fill', 'none')
      .style('stroke', 'var(--grid)');
    rings
      .selectAll('text')
      .data(RINGS.filter((r) => r !== 1))
      .join('text')
      .attr('class', 'gr-ring-label')
      .attr('x', (r) => compress(r, 1, R) * Math.SQRT1_2 + 2)
      .attr('y', (r) => compress(r, 1, R) * Math.SQRT1_2 + 10)
      .text((r) => (r < 1 ? `1/${1 / r}` : String(r)));
    const edge = 2 * R;
    axes
      .selectAll('line')
      .data([0, 1])
      .join('line')
      .attr('x1', (d) => (d === 0 ? -edge : 0))
      .attr('x2', (d) => (d === 0 ? edge : 0))
      .attr('y1', (d) => (d === 0 ? 0 : -edge))
      .attr('y2', (d) => (d === 0 ? 0 : edge))
      .style('stroke', 'var(--muted)');
    axes
      .selectAll('text')
      .data([labels.re, labels.im])
      .join('text')
      .attr('class', 'gr-axis-label')
      .attr('x', (_d, i) => (i === 0 ? edge - 2 : 4))
      .attr('y', (_d, i) => (i === 0 ? -4 : -edge + 12))
      .attr('text-anchor', (_d, i) => (i === 0 ? 'end' : 'start'))
      .text((d) => d);
    unit.attr('r', R);
    // inside the circle, below its top: points on the circle (ρ = 1) would cover a label on it
    unitLabel.attr('x', 4).attr('y', -R + 14);

    const data = last;
    if (!data) return;
    const n = Math.min(data.re.length, data.im.length);
    const now = powerEigenvalues(data.re, data.im, data.t);
    const rhoT = data.spectralRadius ** data.t;
    const rhoR = compress(rhoT, 1, R);
    rhoRing.attr('r', rhoR).style('display', Number.isFinite(data.spectralRadius) ? 'inline' : 'none');
    rhoLabel
      .attr('x', -rhoR * Math.SQRT1_2 - 4)
      .attr('y', -rhoR * Math.SQRT1_2 - 4)
      .attr('text-anchor', 'end')
      .text(`${data.t === 1 ? 'ρ' : `ρ^${formatT(data.t)}`} = ${formatNumber(rhoT)}`);

    // The path each eigenvalue took from t = 0 (the point 1) to now: a log spiral.
    const idx = Array.from({ length: n }, (_, k) => k);
    trails
      .selectAll('path')
      .data(idx)
      .join('path')
      .attr('fill', 'none')
      .style('stroke', (k) => modulusColor(Math.hypot(data.re[k]!, data.im[k]!)))
      .style('stroke-opacity', 0.45)
      .attr('d', (k) => spiral(data.re[k]!, data.im[k]!, data.t, R));
    points
      .selectAll('path')
      .data(idx)
      .join('path')
      .attr('class', 'gr-eig')
      .attr('data-kind', (k) => modulusKind(Math.hypot(data.re[k]!, data.im[k]!)))
      .attr('d', (k) => symbol(SHAPES[modulusKind(Math.hypot(data.re[k]!, data.im[k]!))], 48)())
      .attr('transform', (k) => {
        const [px, py] = compressPoint(now.re[k]!, now.im[k]!, 1, R);
        return `translate(${px},${-py})`;
      })
      .style('fill', (k) => modulusColor(Math.hypot(data.re[k]!, data.im[k]!)))
      .style('stroke', 'var(--fg)')
      .style('stroke-width', 0.75);
  }

  return {
    update(data) {
      last = data;
      draw();
    },
    resize(w, h) {
      width = w;
      height = h > 0 ? h : w;
      svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
      draw();
    },
    destroy() {
      svg.selectAll('*').remove();
    },
  };
}

function formatT(t: number): string {
  return Number.isInteger(t) ? String(t) : t.toFixed(1);
}

/** λ^s for s from 0 to t in small steps, compressed, as an SVG path (y up). */
function spiral(re: number, im: number, t: number, R: number): string {
  const r = Math.hypot(re, im);
  if (!(r > 0) || t <= 0) return '';
  const theta = Math.atan2(im, re);
  const steps = Math.min(400, Math.max(8, Math.ceil(t * 12)));
  let d = '';
  for (let k = 0; k <= steps; k++) {
    const s = (t * k) / steps;
    const m = r ** s;
    const [x, y] = compressPoint(m * Math.cos(theta * s), m * Math.sin(theta * s), 1, R);
    d += `${k === 0 ? 'M' : 'L'}${x.toFixed(2)},${(-y).toFixed(2)}`;
  }
  return d;
}
