// A bidirectional and/or deep recurrent net unrolled over four steps: boxes
// for the states, arrows for the recurrences (right for the forward chain,
// left for the backward one) and for the layer above reading the one below.

import { select } from 'd3-selection';

export interface StackDiagramChart {
  update(layers: number, bidirectional: boolean): void;
  resize(): void;
  destroy(): void;
}

const T = 4;
const W = 520;

export function createStackDiagram(el: SVGSVGElement): StackDiagramChart {
  const svg = select(el).attr('class', 'stack-diagram');
  return {
    update(layers, bidi) {
      svg.selectAll('*').remove();
      const rowH = bidi ? 84 : 56;
      const H = 60 + layers * rowH + 40;
      svg.attr('viewBox', `0 0 ${W} ${H}`);
      const x = (t: number) => 70 + t * 120;
      const yTop = (l: number) => H - 60 - (l + 1) * rowH;
      const defs = svg.append('defs');
      defs.append('marker').attr('id', 'stack-arrow').attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
        .attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto-start-reverse')
        .append('path').attr('d', 'M0,0L10,5L0,10Z').attr('class', 'stack-diagram__head');
      const line = (x1: number, y1: number, x2: number, y2: number, cls: string) =>
        svg.append('line').attr('x1', x1).attr('y1', y1).attr('x2', x2).attr('y2', y2).attr('class', cls).attr('marker-end', 'url(#stack-arrow)');
      for (let t = 0; t < T; t++) {
        svg.append('text').attr('x', x(t)).attr('y', H - 16).attr('text-anchor', 'middle').attr('class', 'stack-diagram__x').text(`x${'₁₂₃₄'[t] ?? ''}`);
        svg.append('text').attr('x', x(t)).attr('y', 18).attr('text-anchor', 'middle').attr('class', 'stack-diagram__x').text(`y${'₁₂₃₄'[t] ?? ''}`);
      }
      for (let l = 0; l < layers; l++) {
        const y0 = yTop(l);
        const chains = bidi ? [0, 1] : [0];
        for (const d of chains) {
          const y = y0 + d * 30;
          const cls = d === 0 ? 'stack-diagram__fwd' : 'stack-diagram__bwd';
          for (let t = 0; t < T; t++) {
            svg.append('rect').attr('x', x(t) - 22).attr('y', y).attr('width', 44).attr('height', 24).attr('rx', 5).attr('class', `stack-diagram__box ${cls}`);
            svg.append('text').attr('x', x(t)).attr('y', y + 16).attr('text-anchor', 'middle').attr('class', 'stack-diagram__label')
              .text(`${d === 0 ? '→' : '←'}h${l + 1}`);
            if (t < T - 1) {
              if (d === 0) line(x(t) + 22, y + 12, x(t + 1) - 24, y + 12, `stack-diagram__rec ${cls}`);
              else line(x(t + 1) - 22, y + 12, x(t) + 24, y + 12, `stack-diagram__rec ${cls}`);
            }
          }
        }
        // the layer above (or the output) reads this layer's states, joined across directions
        for (let t = 0; t < T; t++) {
          const top = l === layers - 1 ? 26 : yTop(l + 1) + (bidi ? 54 : 24) + 2;
          line(x(t), y0 - 2, x(t), top, 'stack-diagram__up');
        }
      }
      for (let t = 0; t < T; t++) line(x(t), H - 30, x(t), yTop(0) + (bidi ? 56 : 26), 'stack-diagram__up');
    },
    resize() {
      // viewBox scaling
    },
    destroy() {
      svg.selectAll('*').remove();
    },
  };
}
