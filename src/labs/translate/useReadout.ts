import { useEffect, useState } from 'react';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import type { TranslateReadout } from '../../worker/protocol.ts';

// The translator's score and examples from the frames: a few numbers and
// strings, copied into React state at most twice a second (frames come 30 times
// a second; the table need not).

export interface ReadoutState {
  runId: number;
  step: number;
  readout: TranslateReadout | null;
}

const INTERVAL_MS = 500;

export function readoutOf(buffer: TelemetryBuffer): ReadoutState | null {
  const f = buffer.frame;
  if (f === null) return null;
  return { runId: f.runId, step: f.step, readout: f.readout?.kind === 'translate' ? f.readout : null };
}

export function useTranslateReadout(buffer: TelemetryBuffer): ReadoutState | null {
  const [state, setState] = useState<ReadoutState | null>(() => readoutOf(buffer));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const flush = () => {
      timer = null;
      last = performance.now();
      setState(readoutOf(buffer));
    };
    const off = buffer.subscribe(() => {
      if (timer !== null) return;
      const wait = last + INTERVAL_MS - performance.now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    });
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
    };
  }, [buffer]);
  return state;
}
