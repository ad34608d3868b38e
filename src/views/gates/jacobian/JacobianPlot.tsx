import { useEffect, useRef } from 'react';
import { useChart } from '../../shared/useChart.ts';
import type { Curve, JacobianCell } from './curves.ts';
import { createJacobianPlot, type JacobianPlotChart } from './jacobianPlot.ts';

export interface JacobianPlotProps {
  curves: readonly Curve[];
  names: Record<JacobianCell, string>;
  axes: { x: string; y: string };
  /** the plot's text alternative, with the values at a few distances */
  label: string;
}

/** The gradient-path plot: an svg D3 fills, described for screen readers by `label`. */
export function JacobianPlot({ curves, names, axes, label }: JacobianPlotProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, JacobianPlotChart>((el) => createJacobianPlot(el), box);
  useEffect(() => chartRef.current?.update(curves, names, axes), [chartRef, curves, names, axes]);
  return (
    <div className="jacobian-view ltr" dir="ltr" ref={box}>
      <svg ref={elRef} role="img" aria-label={label} data-testid="jacobian-plot" />
    </div>
  );
}
