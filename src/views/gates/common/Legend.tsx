import { select } from 'd3-selection';
import { useEffect, useRef } from 'react';
import { drawLegend, type ScaleKind } from '../../scales.ts';

/** A colour legend for a map: the shared scale's gradient bar with its end values. */
export function Legend({ kind, title, width = 180 }: { kind: ScaleKind; title: string; width?: number }) {
  const ref = useRef<SVGGElement | null>(null);
  useEffect(() => {
    if (ref.current) drawLegend(select(ref.current), { kind, width, title });
  }, [kind, title, width]);
  return (
    <svg className="gates-legend ltr" width={width + 8} height={44} role="img" aria-label={title}>
      <g ref={ref} transform="translate(4,2)" />
    </svg>
  );
}
