import { useEffect, useRef } from 'react';
import { ScaleLegend } from '../../views/vector-bars/ScaleLegend.tsx';
import { createStateBars, type StateBars as Chart, type StateBarsData } from './stateBars.ts';
import '../../views/shared/views.css';

/** The D3 strip of the encoder's final state, with its text alternative. */
export function StateBars({ data, label, legend }: { data: StateBarsData | null; label: string; legend: string }) {
  const wrap = useRef<HTMLDivElement | null>(null);
  const svg = useRef<SVGSVGElement | null>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    const el = svg.current;
    const box = wrap.current;
    if (el === null || box === null) return;
    const c = createStateBars(el, box.clientWidth || 300);
    chart.current = c;
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => c.resize(box.clientWidth)) : null;
    ro?.observe(box);
    return () => {
      ro?.disconnect();
      c.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.update(data);
  }, [data]);

  const extent = data === null ? 1 : Math.max(1e-9, ...data.h.map(Math.abs), ...(data.c ?? []).map(Math.abs));
  return (
    <>
      <div ref={wrap} className="translate-state" dir="ltr">
        <svg ref={svg} className="view-svg" role="img" aria-label={label} data-testid="encoder-state" />
      </div>
      <ScaleLegend kind="signed" label={legend} extent={Number(extent.toPrecision(2))} />
    </>
  );
}
