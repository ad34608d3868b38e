import { useRef } from 'react';
import { useFrameLoop, type TelemetryBuffer } from '../../state/telemetry.ts';
import { useChart } from '../shared/useChart.ts';
import { createEmbeddingMap, type EmbeddingMap as Chart } from './embeddingMap.ts';
import { embeddingOf } from './embeddingOf.ts';
import './language-embedding.css';

const REDRAW_MS = 250;

export interface EmbeddingMapProps {
  buffer: TelemetryBuffer;
  rows: readonly number[];
  labels: readonly string[];
  highlight: ReadonlySet<number>;
  /** names the chart for screen readers */
  label: string;
}

/** The 2-D map of the embeddings, redrawn in animation frames from the run's latest weights. */
export function EmbeddingMap({ buffer, rows, labels, highlight, label }: EmbeddingMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { elRef, chartRef } = useChart<HTMLDivElement, Chart>((el) => createEmbeddingMap(el), containerRef);
  const seen = useRef({ version: -1, rows, at: 0 });
  useFrameLoop((_frame, b) => {
    // Redraw when the weights or the chosen rows change, not on every animation frame.
    // Embeddings drift slowly: a few redraws a second show it, and leave the frame budget to the rest of the page.
    const now = performance.now();
    const fresh = seen.current.rows !== rows;
    if (!fresh && (seen.current.version === b.version || now - seen.current.at < REDRAW_MS)) return;
    seen.current = { version: b.version, rows, at: now };
    const e = embeddingOf(b.frame);
    if (e !== null) chartRef.current?.update({ w: e.w, D: e.D, rows, labels, highlight });
  }, buffer);
  return (
    <div ref={containerRef} className="lang-map__box" dir="ltr">
      <div ref={elRef} role="img" aria-label={label} />
    </div>
  );
}
