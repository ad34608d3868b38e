import { select } from 'd3-selection';
import { useLayoutEffect, useRef } from 'react';
import { drawGradientLegend, drawLegend } from '../scales.ts';
import '../shared/views.css';

export interface ScaleLegendProps {
  kind: 'signed' | 'unit' | 'gradient';
  /** the visible caption, also the legend's accessible name */
  label: string;
  width?: number;
  /** signed scales: the magnitude at the ends (default 1) */
  extent?: number;
}

/** A colour legend: the bar drawn by D3, the caption in HTML. */
export function ScaleLegend({ kind, label, width = 150, extent = 1 }: ScaleLegendProps) {
  const ref = useRef<SVGSVGElement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const g = select(el).selectAll<SVGGElement, null>('g.legend-root').data([null]).join('g').attr('class', 'legend-root').attr('transform', 'translate(1,1)');
    if (kind === 'gradient') drawGradientLegend(g, width - 2);
    else drawLegend(g, { kind, width: width - 2, extent });
  }, [kind, width, extent]);
  return (
    <div className="scale-legend-item">
      {/* SVG text anchors follow the writing direction: keep the scale left to right on RTL pages. */}
      <span dir="ltr">
        <svg ref={ref} className="view-svg" width={width} height={kind === 'gradient' ? 20 : 28} aria-hidden="true" />
      </span>
      <span className="scale-legend-caption">{label}</span>
    </div>
  );
}
