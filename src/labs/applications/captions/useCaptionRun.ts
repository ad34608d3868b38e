import { useEffect, useState } from 'react';
import { useClientFactory } from '../../../app/engine-context.ts';
import { CAPTION_TRAINING } from '../../../engine/index.ts';
import type { CaptionLang, CellKind } from '../../../engine/index.ts';
import type { EngineClient } from '../../../worker/client-base.ts';
import type { CaptionReadout, RunConfig } from '../../../worker/protocol.ts';

// One engine training the caption decoder. Its frames carry the held-out
// captions and accuracies (a CaptionReadout), kept in React state at most
// every 150 ms.

const THROTTLE_MS = 250;

export interface CaptionRun {
  ready: boolean;
  running: boolean;
  step: number;
  readout: CaptionReadout | null;
  error: string | null;
  train(steps: number): void;
  pause(): void;
  reset(): void;
}

export function captionRunConfig(lang: CaptionLang, cell: CellKind, seed: number, lr: number): RunConfig {
  return {
    task: { kind: 'caption', lang, cell, hiddenSize: CAPTION_TRAINING.hiddenSize, dataSeed: seed },
    seed,
    init: { kind: 'pytorch' },
    optimizer: { name: 'adam', lr },
    clip: { kind: 'norm', maxNorm: 5 },
  };
}

interface View {
  ready: boolean;
  running: boolean;
  step: number;
  readout: CaptionReadout | null;
  error: string | null;
}

const EMPTY: View = { ready: false, running: false, step: 0, readout: null, error: null };

export function useCaptionRun(lang: CaptionLang, cell: CellKind, seed: number, lr: number): CaptionRun {
  const factory = useClientFactory();
  const [client, setClient] = useState<EngineClient | null>(null);
  const [view, setView] = useState<View>(EMPTY);

  useEffect(() => {
    const c = factory();
    let side: View = EMPTY;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const flush = () => {
      timer = null;
      last = performance.now();
      setView(side);
    };
    const push = (next: View, urgent: boolean) => {
      side = next;
      if (urgent) {
        if (timer !== null) clearTimeout(timer);
        flush();
      } else if (timer === null) timer = setTimeout(flush, Math.max(0, last + THROTTLE_MS - performance.now()));
    };
    const off = c.subscribe((e) => {
      if (e.type === 'ready') push({ ...EMPTY, ready: true }, true);
      else if (e.type === 'frame') push({ ...side, step: e.step, readout: e.readout?.kind === 'caption' ? e.readout : side.readout }, false);
      else if (e.type === 'status') push({ ...side, running: e.state === 'running' }, true);
      else if (e.type === 'failed') push({ ...side, running: false, error: e.message }, true);
      else if (e.type === 'diverged') push({ ...side, running: false, error: `diverged at update ${e.step}` }, true);
    });
    setClient(c);
    return () => {
      off();
      if (timer !== null) clearTimeout(timer);
      c.terminate();
    };
  }, [factory]);

  useEffect(() => {
    if (client === null) return;
    setView(EMPTY);
    client.send({ type: 'configure', config: captionRunConfig(lang, cell, seed, lr) });
  }, [client, lang, cell, seed, lr]);

  return {
    ...view,
    train: (steps) => client?.send({ type: 'train', train: { mode: 'steps', steps } }),
    pause: () => client?.send({ type: 'pause' }),
    reset: () => client?.send({ type: 'reset' }),
  };
}
