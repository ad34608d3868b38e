import { useEffect, useRef } from 'react';
import { createFoldsChart, type FoldsChart as Chart, type FoldSpan } from './folds-chart.ts';

/** React shell of the expanding-folds drawing; its text alternative is `label` (and the table beside it). */
export function FoldsChart({ folds, steps, label, foldLabel }: { folds: readonly FoldSpan[]; steps: number; label: string; foldLabel: (i: number) => string }) {
  const ref = useRef<SVGSVGElement>(null);
  const chart = useRef<Chart | null>(null);
  const labelRef = useRef(foldLabel);
  labelRef.current = foldLabel;
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const c = createFoldsChart(el, (i) => labelRef.current(i));
    chart.current = c;
    c.resize(el.parentElement?.clientWidth || 600);
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => c.resize(entries[0]?.contentRect.width || 600));
    if (el.parentElement) ro?.observe(el.parentElement);
    return () => {
      ro?.disconnect();
      c.destroy();
    };
  }, []);
  useEffect(() => chart.current?.update(folds, steps), [folds, steps, foldLabel]);
  return (
    <div dir="ltr">
      <svg ref={ref} role="img" aria-label={label} data-testid="fc-folds-chart" style={{ display: 'block', maxWidth: '100%' }} />
    </div>
  );
}
