import { useEffect, useMemo, useRef } from 'react';
import type { CellKind } from '../../../engine/api.ts';
import { renderTex } from '../../katex.ts';
import { useChart } from '../../shared/useChart.ts';
import type { Reading, Selection } from '../common/reading.ts';
import { createCellDiagram, type CellDiagramChart } from './cellDiagram.ts';
import { partEquation, partsOf, type CellPart } from './cellEquations.ts';
import { cellValues, type CellValues } from './cellValues.ts';

export interface CellDiagramProps {
  cell: CellKind;
  reading: Reading | null;
  sel: Selection;
  part: CellPart;
  onPart: (p: CellPart) => void;
  describe: (part: CellPart, value: string) => string;
  inputsLabel: (v: CellValues) => string;
  label: string;
  equationLabel: string;
}

/** The live cell diagram and, under it, the selected part's equation with the engine's numbers. */
export function CellDiagram(p: CellDiagramProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const latest = useRef(p);
  latest.current = p;
  const { elRef, chartRef } = useChart<SVGSVGElement, CellDiagramChart>(
    (el) =>
      createCellDiagram(el, {
        onPart: (part) => latest.current.onPart(part),
        describe: (part, v) => latest.current.describe(part, v),
        inputsLabel: (v) => latest.current.inputsLabel(v),
      }),
    box,
  );
  const { reading, cell, sel } = p;
  // Values and their typeset equation change only with the reading or the selection, never on
  // the page's other re-renders: KaTeX costs milliseconds, and training re-renders often.
  const values = useMemo(
    () => (reading !== null && reading.cell === cell && sel.t < reading.telemetry.steps ? cellValues(reading, sel.t, sel.unit) : null),
    [reading, cell, sel.t, sel.unit],
  );
  const part = partsOf(cell).includes(p.part) ? p.part : 'h';
  // The label changes with the language, and with it the parts' accessible names.
  useEffect(() => chartRef.current?.update(cell, values, part), [chartRef, cell, values, part, p.label]);
  const resetAfter = reading?.resetAfter ?? true;
  const tex = useMemo(
    () => (values ? renderTex(String.raw`\begin{gathered}${partEquation(part, values, { cell, resetAfter })}\end{gathered}`, true) : ''),
    [values, part, cell, resetAfter],
  );
  return (
    <div className="cell-view" ref={box}>
      <svg ref={elRef} role="group" aria-label={p.label} data-testid="cell-diagram" />
      <figure className="cell-view__equation ltr" dir="ltr" aria-live="polite">
        <figcaption>{p.equationLabel}</figcaption>
        <div data-testid="cell-equation" dangerouslySetInnerHTML={{ __html: tex }} />
      </figure>
    </div>
  );
}
