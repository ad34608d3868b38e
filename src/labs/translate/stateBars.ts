// The encoder's final state as one strip of bars (h, then c for the LSTM,
// with a gap between them): the single vector the decoder starts from. A D3
// view: the shell hands it values, it draws them in the next animation frame.
import { select } from 'd3-selection';
import { maxAbs } from '../../views/scales.ts';
import { renderBarStrip } from '../../views/vector-bars/barStrip.ts';

export interface StateBarsData {
  h: readonly number[];
  c: readonly number[] | null;
}

export interface StateBars {
  update(data: StateBarsData | null): void;
  resize(width: number): void;
  destroy(): void;
}

const HEIGHT = 64;
const GAP = 14;

export function createStateBars(svg: SVGSVGElement, initialWidth: number): StateBars {
  const root = select(svg);
  const gh = root.append('g').attr('class', 'state-bars__h');
  const gc = root.append('g').attr('class', 'state-bars__c');
  let width = initialWidth;
  let data: StateBarsData | null = null;
  let frame = 0;

  function draw(): void {
    frame = 0;
    const parts = data === null ? [] : data.c === null ? [data.h] : [data.h, data.c];
    const total = parts.reduce((n, p) => n + p.length, 0);
    root.attr('width', width).attr('height', HEIGHT);
    if (total === 0) {
      renderBarStrip(gh, null, 0, 0, { kind: 'signed', width, height: HEIGHT });
      renderBarStrip(gc, null, 0, 0, { kind: 'signed', width: 0, height: HEIGHT });
      return;
    }
    const usable = width - (parts.length - 1) * GAP;
    const extent = Math.max(...parts.map((p) => maxAbs(p)));
    let x = 0;
    [gh, gc].forEach((g, k) => {
      const p = parts[k];
      const w = p === undefined ? 0 : Math.floor((usable * p.length) / total);
      g.attr('transform', `translate(${x},0)`);
      renderBarStrip(g, p ?? null, 0, p?.length ?? 0, { kind: 'signed', width: Math.max(w, 1), height: HEIGHT, extent });
      x += w + GAP;
    });
  }

  function schedule(): void {
    if (frame !== 0) return;
    frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(draw) : (queueMicrotask(draw), 0);
  }

  return {
    update(d) {
      data = d;
      schedule();
    },
    resize(w) {
      width = Math.max(40, Math.floor(w));
      schedule();
    },
    destroy() {
      if (frame !== 0 && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      root.selectAll('*').remove();
    },
  };
}
