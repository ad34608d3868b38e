// Clipping in two dimensions. The whole gradient is summarised by two
// lengths, x = ‖∇W_hh‖ and y = ‖∇ everything else‖; the arrow (x, y) has
// the global norm as its length, so the threshold τ is a circle. Clipping by
// norm shortens the arrow onto the circle without turning it; clipping each
// entry to ±τ (drawn dotted, for contrast) turns it. The radius is
// compressed around τ (../common/radial.ts) so a gradient 10¹⁰ times too
// long is still on screen next to the circle.

import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { clipByNorm, clipByValue, type Vec2 } from '../../../engine/experiments/clip.ts';
import { compress, compressPoint, RINGS } from '../common/radial.ts';

export interface ClipVectorData {
  before: Vec2;
  maxNorm: number;
  /** also draw the entry-by-entry clip */
  showValueClip: boolean;
}

export interface ClipVectorLabels {
  x: string;
  y: string;
  threshold: string;
  before: string;
  after: string;
  byValue: string;
}

export interface ClipVector {
  update(data: ClipVectorData): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;

interface Arrow {
  id: 'before' | 'after' | 'value';
  v: Vec2;
  label: string;
  color: string;
  dash: string | null;
  weight: number;
}

let markerCounter = 0;

export function createClipVector(svgEl: SVGSVGElement, labels: ClipVectorLabels): ClipVector {
  const svg = select(svgEl).attr('class', 'view-svg gr-chart').style('direction', 'ltr');
  const id = `gr-arrow-${++markerCounter}`;
  const defs = svg.append('defs');
  for (const [suffix, color] of [
    ['fg', 'var(--fg)'],
    ['accent', 'var(--accent)'],
    ['accent2', 'var(--accent-2)'],
  ] as const) {
    defs
      .append('marker')
      .attr('id', `${id}-${suffix}`)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerWidth', 7)
      .attr('markerHeight', 7)
      .attr('orient', 'auto-start-reverse')
      .append('path')
      .attr('d', 'M0,0L10,5L0,10z')
      .style('fill', color);
  }
  const root: G = svg.append('g');
  const rings = root.append('g').attr('aria-hidden', 'true');
  const axes = root.append('g').attr('aria-hidden', 'true');
  const circle = root.append('path').attr('class', 'gr-threshold').attr('fill', 'none');
  const circleLabel = root.append('text').attr('class', 'gr-ring-label gr-threshold-label');
  const arrows = root.append('g');
  let width = 0;
  let height = 0;
  let last: ClipVectorData | null = null;

  function draw(): void {
    if (width <= 0 || height <= 0) return;
    const pad = 34;
    const R = Math.max(20, (Math.min(width, height) - pad - 14) / 2);
    root.attr('transform', `translate(${pad},${height - pad})`);
    const arc = (r: number): string => `M${r},0A${r},${r} 0 0 0 0,${-r}`;

    rings
      .selectAll('path')
      .data(RINGS.filter((r) => r !== 1))
      .join('path')
      .attr('d', (r) => arc(compress(r, 1, R)))
      .attr('fill', 'none')
      .style('stroke', 'var(--grid)');
    rings
      .selectAll('text')
      .data(RINGS.filter((r) => r !== 1))
      .join('text')
      .attr('class', 'gr-ring-label')
      .attr('x', (r) => compress(r, 1, R) + 2)
      .attr('y', 12)
      .text((r) => `${r < 1 ? `τ/${1 / r}` : `${r}τ`}`);
    axes
      .selectAll('line')
      .data([0, 1])
      .join('line')
      .attr('x2', (d) => (d === 0 ? 2 * R : 0))
      .attr('y2', (d) => (d === 0 ? 0 : -2 * R))
      .style('stroke', 'var(--muted)');
    axes
      .selectAll('text')
      .data([labels.x, labels.y])
      .join('text')
      .attr('class', 'gr-axis-label')
      .attr('x', (_d, i) => (i === 0 ? 2 * R : 0))
      .attr('y', (_d, i) => (i === 0 ? 26 : -2 * R - 6))
      .attr('text-anchor', (_d, i) => (i === 0 ? 'end' : 'start'))
      .text((d) => d);
    circle.attr('d', arc(R));

    const data = last;
    // The circle's label sits on the side away from the arrows (which all
    // point along the gradient's angle or, clipped by value, nearer 45°).
    const angle = data ? Math.atan2(data.before.y, data.before.x) : Math.PI / 4;
    const at = angle > Math.PI / 4 ? Math.PI / 10 : (2 * Math.PI) / 5;
    circleLabel
      .attr('x', R * Math.cos(at) + 5)
      .attr('y', -R * Math.sin(at) - 3)
      .text(labels.threshold);
    if (!data) return;
    const tau = data.maxNorm;
    const list: Arrow[] = [
      { id: 'before', v: data.before, label: labels.before, color: 'var(--fg)', dash: '5 4', weight: 1.5 },
      { id: 'after', v: clipByNorm(data.before, tau), label: labels.after, color: 'var(--accent)', dash: null, weight: 3 },
    ];
    if (data.showValueClip) {
      list.push({ id: 'value', v: clipByValue(data.before, tau), label: labels.byValue, color: 'var(--accent-2)', dash: '2 3', weight: 2 });
    }
    const markerOf = (a: Arrow): string => `url(#${id}-${a.id === 'before' ? 'fg' : a.id === 'after' ? 'accent' : 'accent2'})`;
    const g = arrows
      .selectAll<SVGGElement, Arrow>('g')
      .data(list, (a) => a.id)
      .join((enter) => {
        const e = enter.append('g');
        e.append('line');
        e.append('text').attr('class', 'gr-arrow-label');
        return e;
      })
      .attr('data-arrow', (a) => a.id);
    const tip = (a: Arrow): [number, number] => {
      const [x, y] = compressPoint(a.v.x / tau, a.v.y / tau, 1, R);
      return [x, -y];
    };
    g.select('line')
      .attr('x1', 0)
      .attr('y1', 0)
      .attr('x2', (a) => tip(a)[0])
      .attr('y2', (a) => tip(a)[1])
      .style('stroke', (a) => a.color)
      .style('stroke-width', (a) => a.weight)
      .style('stroke-dasharray', (a) => a.dash)
      .attr('marker-end', markerOf);
    // Labels sit beside the tip, on the side away from the other arrows.
    g.select<SVGTextElement>('text')
      .attr('x', (a) => tip(a)[0] + (a.id === 'after' ? -6 : 6))
      .attr('y', (a) => tip(a)[1] + (a.id === 'after' ? 14 : -6))
      .attr('text-anchor', (a) => (a.id === 'after' ? 'end' : 'start'))
      .style('fill', (a) => a.color)
      .text((a) => a.label);
  }

  return {
    update(data) {
      last = data;
      draw();
    },
    resize(w, h) {
      width = w;
      height = h > 0 ? h : Math.min(w, 320);
      svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
      draw();
    },
    destroy() {
      svg.selectAll('*').remove();
    },
  };
}
