import { useEffect, useRef } from 'react';
import { createLinesChart, type LinesChart as Chart, type LinesData } from './lines-chart.ts';
import './lines.css';

/** React shell of a line chart with a legend; the data change a few times a second at most. */
export function LinesChart({ data, label, testId }: { data: LinesData; label: string; testId: string }) {
  const ref = useRef<SVGSVGElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const c = createLinesChart(el);
    chart.current = c;
    c.resize(el.parentElement?.clientWidth || 600);
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => c.resize(entries[0]?.contentRect.width || 600));
    if (el.parentElement) ro?.observe(el.parentElement);
    return () => {
      ro?.disconnect();
      c.destroy();
      chart.current = null;
    };
  }, []);
  useEffect(() => chart.current?.update(data), [data]);
  return (
    <figure className="apps-fc-figure">
      <div className="apps-fc-lines" dir="ltr">
        <svg ref={ref} role="img" aria-label={label} data-testid={testId} />
      </div>
      <figcaption>
        <ul className="apps-fc-legend">
          {data.lines.map((l) => (
            <li key={l.key}>
              <svg width="28" height="10" aria-hidden="true">
                <line x1="0" y1="5" x2="28" y2="5" stroke={l.color} strokeWidth={l.width ?? 1.5} strokeDasharray={l.dash} />
              </svg>
              {l.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
