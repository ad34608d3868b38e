import { useEffect, useState } from 'react';
import { useClientFactory } from '../../app/engine-context.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import type { FrameEvent } from '../../worker/protocol.ts';
import { teddyRunConfig } from './config.ts';

// The Teddy comparison: two engines, one forward-only tagger and one
// bidirectional, built from the same seed and trained for the same budget.
// Their frames carry P(PERSON) for each test "Teddy" (a TeddyReadout);
// those few numbers are kept in React state, at most every 100 ms.

export interface TeddySide {
  ready: boolean;
  step: number;
  /** P(PERSON) per test sentence, or null before the first frame */
  p: number[] | null;
}

export interface TeddyRuns {
  fwd: TeddySide;
  bi: TeddySide;
  train(steps: number): void;
  reset(): void;
}

const EMPTY: TeddySide = { ready: false, step: 0, p: null };

/** The tagger's answers carried by a frame, or null when it has none. */
export function predictionsOf(e: FrameEvent): number[] | null {
  return e.readout?.kind === 'teddy' ? Array.from(e.readout.pPerson) : null;
}

export function useTeddyRuns(seed: number): TeddyRuns {
  const factory = useClientFactory();
  const [clients, setClients] = useState<{ fwd: EngineClient; bi: EngineClient } | null>(null);
  const [fwd, setFwd] = useState<TeddySide>(EMPTY);
  const [bi, setBi] = useState<TeddySide>(EMPTY);

  useEffect(() => {
    const made = { fwd: factory(), bi: factory() };
    const offs = (['fwd', 'bi'] as const).map((which) => {
      const set = which === 'fwd' ? setFwd : setBi;
      let last = 0;
      let timer: ReturnType<typeof setTimeout> | null = null;
      let pending: TeddySide | null = null;
      const flush = () => {
        timer = null;
        last = performance.now();
        if (pending) set(pending);
      };
      const off = made[which].subscribe((e) => {
        if (e.type === 'ready') set({ ...EMPTY, ready: true });
        if (e.type !== 'frame') return;
        pending = { ready: true, step: e.step, p: predictionsOf(e) };
        if (timer !== null) return;
        const wait = last + 100 - performance.now();
        if (wait <= 0) flush();
        else timer = setTimeout(flush, wait);
      });
      return () => {
        off();
        if (timer !== null) clearTimeout(timer);
      };
    });
    setClients(made);
    return () => {
      offs.forEach((off) => off());
      made.fwd.terminate();
      made.bi.terminate();
    };
  }, [factory]);

  useEffect(() => {
    if (clients === null) return;
    setFwd(EMPTY);
    setBi(EMPTY);
    clients.fwd.send({ type: 'configure', config: teddyRunConfig(seed, false) });
    clients.bi.send({ type: 'configure', config: teddyRunConfig(seed, true) });
  }, [clients, seed]);

  return {
    fwd,
    bi,
    train(steps) {
      clients?.fwd.send({ type: 'train', train: { mode: 'steps', steps } });
      clients?.bi.send({ type: 'train', train: { mode: 'steps', steps } });
    },
    reset() {
      clients?.fwd.send({ type: 'reset' });
      clients?.bi.send({ type: 'reset' });
    },
  };
}
