import { useEffect, useRef } from 'react';
import { createStatesGrid, type StatesData, type StatesGrid as Grid } from './states-grid.ts';

/** React shell of the hidden-state grid (return_sequences) with h_T outlined; `label` is its text alternative. */
export function StatesGrid({ data, label }: { data: StatesData; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const grid = useRef<Grid | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const g = createStatesGrid(el, () => getComputedStyle(el).getPropertyValue('--accent-2').trim() || '#c2620c');
    grid.current = g;
    return () => g.destroy();
  }, []);
  useEffect(() => grid.current?.update(data), [data]);
  return (
    <div className="apps-fc-states" dir="ltr">
      <canvas ref={ref} role="img" aria-label={label} data-testid="fc-states" data-steps={data.steps} data-units={data.units} />
    </div>
  );
}
