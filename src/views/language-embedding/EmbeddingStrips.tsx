import { useRef } from 'react';
import { useFrameLoop, type TelemetryBuffer } from '../../state/telemetry.ts';
import { useChart } from '../shared/useChart.ts';
import { createEmbeddingStrips, type EmbeddingStrips as Chart } from './embeddingStrips.ts';
import { embeddingOf } from './embeddingOf.ts';
import './language-embedding.css';

const REDRAW_MS = 250;

/** The embedding rows of a sentence's ids, read from the run's latest weights in animation frames. */
export function EmbeddingStrips({ buffer, ids, tokens, label }: { buffer: TelemetryBuffer; ids: readonly number[]; tokens: readonly string[]; label: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { elRef, chartRef } = useChart<HTMLDivElement, Chart>((el) => createEmbeddingStrips(el), containerRef);
  const seen = useRef({ version: -1, ids, at: 0 });
  useFrameLoop((_frame, b) => {
    // Embeddings drift slowly: a few redraws a second show it, and leave the frame budget to the rest of the page.
    const now = performance.now();
    const fresh = seen.current.ids !== ids;
    if (!fresh && (seen.current.version === b.version || now - seen.current.at < REDRAW_MS)) return;
    seen.current = { version: b.version, ids, at: now };
    const e = embeddingOf(b.frame);
    if (e !== null) chartRef.current?.update(e.w, e.D, ids);
  }, buffer);
  return (
    <div ref={containerRef} className="lang-strips__box" dir="ltr">
      <ol className="lang-strips__labels" aria-hidden="true">
        {tokens.map((tok, i) => (
          <li key={i}>{tok}</li>
        ))}
      </ol>
      <div ref={elRef} role="img" aria-label={label} />
    </div>
  );
}
