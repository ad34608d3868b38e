import { startTransition, useEffect, useRef, useState } from 'react';
import type { CellKind } from '../../engine/index.ts';
import type { Reading } from '../../views/gates/common/reading.ts';
import type { EngineClient } from '../../worker/client-base.ts';

// The views show the network reading a fixed passage, not its random training
// windows: the page asks the training worker for a forward pass over the
// passage (evaluate) when the run starts and then at most twice a second
// while frames arrive. The answer is a few hundred kilobytes at 2 Hz, so it
// can go through React state without loading the main thread. It is set in a
// transition, so React renders the views it feeds in slices instead of one
// long task while training messages keep arriving.

const INTERVAL_MS = 500;

export function usePassage(
  client: EngineClient | null,
  passage: readonly string[],
  cell: CellKind,
  resetAfter: boolean,
): Reading | null {
  const [reading, setReading] = useState<Reading | null>(null);
  const latest = useRef({ passage, cell, resetAfter });
  latest.current = { passage, cell, resetAfter };

  useEffect(() => {
    if (client === null) return;
    let nextId = 1;
    let waiting: { id: number; step: number; chars: readonly string[]; cell: CellKind; resetAfter: boolean } | null = null;
    let lastAt = Number.NEGATIVE_INFINITY;
    let step = 0;
    let stepRead = -1;
    let vocab: readonly string[] | null = null;
    function ask(): void {
      const { passage: chars, cell: c, resetAfter: ra } = latest.current;
      if (chars.length < 2 || waiting !== null) return;
      waiting = { id: nextId++, step, chars, cell: c, resetAfter: ra };
      lastAt = performance.now();
      client?.send({ type: 'evaluate', requestId: waiting.id, input: { kind: 'text', text: chars.join('') } });
    }
    const off = client.subscribe((e) => {
      if (e.type === 'ready') {
        vocab = e.model.vocab;
        waiting = null;
        step = 0;
        stepRead = -1;
        setReading(null);
        ask();
      } else if (e.type === 'frame') {
        step = e.step;
        if (step !== stepRead && performance.now() - lastAt >= INTERVAL_MS) ask();
      } else if (e.type === 'evaluated' && waiting !== null && e.requestId === waiting.id) {
        const w = waiting;
        waiting = null;
        stepRead = w.step;
        const next: Reading = {
          cell: w.cell,
          resetAfter: w.resetAfter,
          chars: w.chars.slice(0, e.telemetry.steps),
          telemetry: e.telemetry,
          step: w.step,
          params: e.params ?? null,
          vocab,
        };
        startTransition(() => setReading(next));
      } else if (e.type === 'failed' && waiting !== null && e.requestId === waiting.id) {
        waiting = null;
      }
    });
    return off;
  }, [client]);

  return reading;
}
