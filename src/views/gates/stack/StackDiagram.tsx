import { useEffect, useRef } from 'react';
import { useChart } from '../../shared/useChart.ts';
import { createStackDiagram, type StackDiagramChart } from './stackDiagram.ts';

/** The bidirectional / deep diagram; `label` describes it for screen readers. */
export function StackDiagram({ layers, bidirectional, label }: { layers: number; bidirectional: boolean; label: string }) {
  const box = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, StackDiagramChart>((el) => createStackDiagram(el), box);
  useEffect(() => chartRef.current?.update(layers, bidirectional), [chartRef, layers, bidirectional]);
  return (
    <div className="stack-view ltr" dir="ltr" ref={box}>
      <svg ref={elRef} role="img" aria-label={label} data-testid="stack-diagram" />
    </div>
  );
}
