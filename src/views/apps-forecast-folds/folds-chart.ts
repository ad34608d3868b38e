// Expanding folds (D3): one row per fold, the training span as a solid bar
// from step 0, the test span as a hatched bar right after it.
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';

export interface FoldSpan {
  trainEnd: number;
  testStart: number;
  testEnd: number;
}

export interface FoldsChart {
  update(folds: readonly FoldSpan[], steps: number): void;
  resize(width: number): void;
  destroy(): void;
}

const ROW = 22;
const LEFT = 54;

export function createFoldsChart(el: SVGSVGElement, foldLabel: (i: number) => string): FoldsChart {
  const svg = select(el);
  const defs = svg.append('defs');
  defs
    .append('pattern')
    .attr('id', 'apps-fc-hatch')
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)')
    .append('rect')
    .attr('width', 3)
    .attr('height', 6)
    .attr('fill', 'var(--accent-2)');
  const rows = svg.append('g');
  let width = 600;
  let folds: readonly FoldSpan[] = [];
  let steps = 1;

  function draw(): void {
    const height = folds.length * ROW + 4;
    svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
    const x = scaleLinear().domain([0, steps]).range([LEFT, width - 8]);
    const g = rows
      .selectAll<SVGGElement, FoldSpan>('g')
      .data(folds)
      .join((enter) => {
        const r = enter.append('g');
        r.append('text').attr('class', 'apps-fc-fold-label').attr('x', 4).attr('y', 15);
        r.append('rect').attr('class', 'train').attr('fill', 'var(--accent)').attr('y', 4).attr('height', 14);
        r.append('rect').attr('class', 'test').attr('fill', 'url(#apps-fc-hatch)').attr('stroke', 'var(--accent-2)').attr('y', 4).attr('height', 14);
        return r;
      })
      .attr('transform', (_, i) => `translate(0,${i * ROW})`);
    g.select('text').text((_, i) => foldLabel(i)).attr('fill', 'var(--fg)');
    g.select('rect.train').attr('x', x(0)).attr('width', (d) => x(d.trainEnd) - x(0));
    g.select('rect.test').attr('x', (d) => x(d.testStart)).attr('width', (d) => x(d.testEnd) - x(d.testStart));
  }

  return {
    update(next, n) {
      folds = next;
      steps = Math.max(1, n);
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
