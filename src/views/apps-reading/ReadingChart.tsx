import { useEffect, useRef } from 'react';
import { createReadingChart, type ReadingChart as Chart, type ReadingData } from './reading-chart.ts';
import './reading.css';

/** React shell of the running-prediction chart; the numbers change a few times a second at most. */
export function ReadingChart({ data, label }: { data: ReadingData; label: string }) {
  const ref = useRef<SVGSVGElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const c = createReadingChart(el);
    chart.current = c;
    c.resize(el.parentElement?.clientWidth || 600);
    // jsdom has no ResizeObserver: the chart then keeps its first width
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => c.resize(entries[0]?.contentRect.width || 600));
    if (el.parentElement) ro?.observe(el.parentElement);
    return () => {
      ro?.disconnect();
      c.destroy();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.update(data);
  }, [data]);
  return (
    <div className="apps-reading" dir="ltr">
      <svg ref={ref} role="img" aria-label={label} data-testid="reading-chart" />
    </div>
  );
}
