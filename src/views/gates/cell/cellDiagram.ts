// The cell diagram bound to live values: D3 owns the svg. Each part (gate,
// candidate, state) is a focusable box filled with its value's colour
// (viridis for gates in [0, 1], cividis for signed values) and printing the
// number; hovering, focusing or clicking it reports the part, and the React
// shell shows its equation with the same numbers.

import { select, type Selection } from 'd3-selection';
import type { CellKind } from '../../../engine/api.ts';
import { formatValue, relativeLuminance, signedColor, unitColor } from '../../scales.ts';
import { isSignedPart, partValue, type CellPart } from './cellEquations.ts';
import type { CellValues } from './cellValues.ts';
import { BOX_H, BOX_W, layoutOf, VIEW_H, VIEW_W } from './cellLayout.ts';

export interface CellDiagramOptions {
  onPart: (part: CellPart) => void;
  /** accessible name of a part with its value, e.g. "forget gate f = 0.83" */
  describe: (part: CellPart, value: string) => string;
  /** the bottom bar's label, e.g. "h(t−1), x(t) = “e”" */
  inputsLabel: (v: CellValues) => string;
}

export interface CellDiagramChart {
  update(cell: CellKind, values: CellValues | null, selected: CellPart): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

/** Black or white, whichever reads on the fill. */
export function inkOn(fill: string): string {
  return relativeLuminance(fill) > 0.28 ? '#111' : '#fff';
}

export function createCellDiagram(el: SVGSVGElement, o: CellDiagramOptions): CellDiagramChart {
  const svg = select(el).attr('viewBox', `0 0 ${VIEW_W} ${VIEW_H}`).attr('class', 'cell-diagram');
  let drawn: CellKind | null = null;
  let root: Selection<SVGGElement, unknown, null, undefined> | null = null;

  function build(cell: CellKind): void {
    svg.selectAll('*').remove();
    const L = layoutOf(cell);
    root = svg.append('g');
    root.append('path').attr('class', 'cell-diagram__belt').attr('d', L.belt);
    root.append('text').attr('class', 'cell-diagram__label').attr('x', 20).attr('y', 36).text(L.beltIn);
    root.append('text').attr('class', 'cell-diagram__label').attr('x', 598).attr('y', 30).attr('text-anchor', 'end').text(L.beltOut);
    if (L.note) root.append('text').attr('class', 'cell-diagram__note').attr('x', 300).attr('y', 24).attr('text-anchor', 'middle').text(L.note);
    root.selectAll('path.cell-diagram__wire').data(L.wires).join('path').attr('class', 'cell-diagram__wire').attr('d', (d) => d);
    root.append('text').attr('class', 'cell-diagram__label cell-diagram__inputs').attr('x', 20).attr('y', L.inputsY + 16);
    const ops = root.selectAll('g.cell-diagram__op').data(L.ops).join('g').attr('class', 'cell-diagram__op').attr('transform', (d) => `translate(${d.x},${d.y})`);
    ops.append('ellipse').attr('rx', (d) => (d.symbol.length > 2 ? 20 : 12)).attr('ry', 12);
    ops.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em').text((d) => d.symbol);
    const boxes = root
      .selectAll('g.cell-part')
      .data(L.boxes)
      .join('g')
      .attr('class', 'cell-part')
      .attr('data-part', (d) => d.part)
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('transform', (d) => `translate(${d.x - BOX_W / 2},${d.y - BOX_H / 2})`)
      .on('mouseenter focus click', (_e, d) => o.onPart(d.part));
    boxes.append('rect').attr('width', BOX_W).attr('height', BOX_H).attr('rx', 6);
    boxes.append('text').attr('class', 'cell-part__symbol').attr('x', BOX_W / 2).attr('y', 16).attr('text-anchor', 'middle').text((d) => d.symbol);
    boxes.append('text').attr('class', 'cell-part__value').attr('x', BOX_W / 2).attr('y', 35).attr('text-anchor', 'middle');
    drawn = cell;
  }

  return {
    update(cell, values, selected) {
      if (drawn !== cell) build(cell);
      if (root === null) return;
      root.select('text.cell-diagram__inputs').text(values ? o.inputsLabel(values) : '');
      root.selectAll<SVGGElement, { part: CellPart }>('g.cell-part').each(function (d) {
        const v = values ? partValue(d.part, values, cell) : Number.NaN;
        const fill = Number.isFinite(v) ? (isSignedPart(d.part) ? signedColor(v) : unitColor(v)) : 'var(--surface)';
        const text = formatValue(v, 2);
        const g = select(this);
        g.classed('is-selected', d.part === selected).attr('aria-pressed', String(d.part === selected));
        g.attr('aria-label', o.describe(d.part, text));
        g.attr('data-value', Number.isFinite(v) ? v.toFixed(4) : '');
        g.select('rect').attr('fill', fill);
        const ink = Number.isFinite(v) ? inkOn(fill) : 'var(--fg)';
        g.selectAll('text').attr('fill', ink);
        g.select('text.cell-part__value').text(text);
      });
    },
    resize() {
      // The viewBox scales with the container; nothing to recompute.
    },
    destroy() {
      svg.selectAll('*').remove();
      drawn = null;
      root = null;
    },
  };
}
