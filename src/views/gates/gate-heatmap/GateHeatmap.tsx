import { useEffect, useRef } from 'react';
import { useChart } from '../../shared/useChart.ts';
import { moveSelection } from '../common/keys.ts';
import type { Reading, Selection } from '../common/reading.ts';
import { createGateHeatmap, type GateHeatmapChart } from './gateHeatmap.ts';

export interface GateHeatmapProps {
  reading: Reading | null;
  sel: Selection;
  onSelect: (s: Selection) => void;
  /** the map's text alternative, naming the selection and its value */
  label: string;
}

/** Gates × units × time: a canvas the D3-free module paints; arrow keys move the selection. */
export function GateHeatmap({ reading, sel, onSelect, label }: GateHeatmapProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const { elRef, chartRef } = useChart<HTMLCanvasElement, GateHeatmapChart>(
    (el) => createGateHeatmap(el, { onSelect: (s) => select.current(s) }),
    box,
  );
  useEffect(() => chartRef.current?.update(reading, sel), [chartRef, reading, sel]);
  const steps = reading?.telemetry.steps ?? 1;
  const units = reading?.telemetry.hiddenSize ?? 1;
  return (
    <div className="gates-map ltr" dir="ltr" ref={box}>
      <canvas
        ref={elRef}
        tabIndex={0}
        role="img"
        aria-label={label}
        data-testid="gate-heatmap"
        onKeyDown={(e) => {
          const next = moveSelection(e.key, sel, steps, units);
          if (next) {
            e.preventDefault();
            onSelect(next);
          }
        }}
      />
    </div>
  );
}
