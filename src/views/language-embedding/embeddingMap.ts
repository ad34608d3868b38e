// The embedding map: a few tokens' embeddings projected on their first two
// principal components (pca.ts), one labelled dot each, redrawn from an
// animation frame as the network trains. The scale follows the points, so
// the map shows their arrangement, not their growing size.
import { select } from 'd3-selection';
import { project, type Projection } from './pca.ts';

export interface EmbeddingMapData {
  /** row-major V × D embedding table */
  w: ArrayLike<number>;
  D: number;
  /** the rows to draw and their labels */
  rows: readonly number[];
  labels: readonly string[];
  /** rows drawn highlighted (the student's tokens) */
  highlight: ReadonlySet<number>;
}

export interface EmbeddingMap {
  update(data: EmbeddingMapData): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

const HEIGHT = 300;
const PAD = 28;

export function createEmbeddingMap(host: HTMLElement): EmbeddingMap {
  let width = 600;
  let previous: Projection | null = null;
  let last: EmbeddingMapData | null = null;
  const svg = select(host).append('svg').attr('class', 'lang-map').attr('aria-hidden', 'true');
  const g = svg.append('g');

  function draw(): void {
    svg.attr('width', width).attr('height', HEIGHT).attr('viewBox', `0 0 ${width} ${HEIGHT}`);
    const d = last;
    if (d === null || d.rows.length < 3) {
      g.selectAll('*').remove();
      return;
    }
    const p = project(d.w, d.D, d.rows, previous);
    previous = p;
    let mx = 1e-9;
    let my = 1e-9;
    for (let i = 0; i < d.rows.length; i++) {
      mx = Math.max(mx, Math.abs(p.xy[2 * i] ?? 0));
      my = Math.max(my, Math.abs(p.xy[2 * i + 1] ?? 0));
    }
    const sx = (width / 2 - PAD) / mx;
    const sy = (HEIGHT / 2 - PAD) / my;
    const items = d.rows.map((r, i) => ({
      r,
      label: d.labels[i] ?? '',
      x: width / 2 + (p.xy[2 * i] ?? 0) * sx,
      y: HEIGHT / 2 - (p.xy[2 * i + 1] ?? 0) * sy,
      hot: d.highlight.has(r),
    }));
    const node = g
      .selectAll<SVGGElement, (typeof items)[number]>('g.lang-map__pt')
      .data(items, (it) => String(it.r))
      .join((enter) => {
        const e = enter.append('g').attr('class', 'lang-map__pt');
        e.append('circle').attr('r', 3.5);
        e.append('text').attr('x', 6).attr('dy', '0.32em');
        return e;
      });
    node.attr('transform', (it) => `translate(${it.x.toFixed(1)},${it.y.toFixed(1)})`).classed('lang-map__pt--hot', (it) => it.hot);
    node.select('text').text((it) => it.label);
  }

  return {
    update(data) {
      last = data;
      draw();
    },
    resize(w) {
      width = Math.max(240, w);
      draw();
    },
    destroy() {
      svg.remove();
    },
  };
}
