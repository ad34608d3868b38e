import { useEffect, useRef } from 'react';
import { useChart } from '../../shared/useChart.ts';
import { moveSelection } from '../common/keys.ts';
import type { Reading, Selection } from '../common/reading.ts';
import { createTextHeatmap, isRtlText, type TextHeatmapChart } from './textHeatmap.ts';

export interface TextHeatmapProps {
  reading: Reading | null;
  sel: Selection;
  onSelect: (s: Selection) => void;
  label: string;
}

/** One unit's hidden state over the passage's characters, on a canvas; arrows follow the text's direction. */
export function TextHeatmap({ reading, sel, onSelect, label }: TextHeatmapProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const { elRef, chartRef } = useChart<HTMLCanvasElement, TextHeatmapChart>(
    (el) => createTextHeatmap(el, { onSelect: (s) => select.current(s) }),
    box,
  );
  useEffect(() => chartRef.current?.update(reading, sel), [chartRef, reading, sel]);
  const rtl = reading ? isRtlText(reading.chars) : false;
  return (
    <div className="gates-text" ref={box}>
      <canvas
        ref={elRef}
        tabIndex={0}
        role="img"
        aria-label={label}
        data-testid="text-heatmap"
        onKeyDown={(e) => {
          const next = moveSelection(e.key, sel, reading?.telemetry.steps ?? 1, reading?.telemetry.hiddenSize ?? 1, rtl);
          if (next) {
            e.preventDefault();
            onSelect(next);
          }
        }}
      />
    </div>
  );
}
