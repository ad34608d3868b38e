import { useEffect, useRef } from 'react';
import { useFrameLoop, type TelemetryBuffer } from '../../state/telemetry.ts';
import { useChart } from '../shared/useChart.ts';
import { createLossChart, type LossChart as Chart, type LossChartOptions } from './loss-chart.ts';
import './loss-chart.css';

export interface LossChartProps extends LossChartOptions {
  /** names the chart for screen readers */
  label: string;
  /** where the frames land (the lab's buffer) */
  buffer: TelemetryBuffer;
}

/** The loss curve, redrawn in animation frames straight from the telemetry buffer. */
export function LossChart({ logScale, theme, labels, label, buffer }: LossChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { elRef, chartRef } = useChart<HTMLDivElement, Chart>(
    (el) => createLossChart(el, { logScale, theme, labels: { x, y, empty } }),
    containerRef,
  );
  // The chart is left to right; wrapping its words in first-strong isolates lets an
  // Arabic sentence still read right to left, its full stop at the correct end.
  const isolate = (text: string) => `\u2068${text}\u2069`;
  const x = isolate(labels.x);
  const y = isolate(labels.y);
  const empty = isolate(labels.empty);
  useEffect(() => {
    chartRef.current?.setOptions({ logScale, theme, labels: { x, y, empty } });
    chartRef.current?.update(buffer.history);
  }, [chartRef, buffer, logScale, theme, x, y, empty]);
  useFrameLoop((_frame, b) => chartRef.current?.update(b.history), buffer);
  return (
    <div ref={containerRef} className="loss-chart" dir="ltr">
      <div ref={elRef} role="img" aria-label={label} />
    </div>
  );
}
