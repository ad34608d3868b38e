import { useEffect, useMemo, useState } from 'react';
import { useClientFactory } from '../../app/engine-context.ts';
import type { ModelSpec } from '../../engine/index.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import type { ParamSnapshot, RunConfig, TaskReadout } from '../../worker/protocol.ts';

// Engines for the sections whose frames carry a readout (the held-out
// numbers, computed in the worker): one worker per config, trained for a
// number of updates. Frames come ~30 times a second per worker; the few things
// kept here (step, loss, readout, the small weight set the page reads typed
// text with) reach React state at most every 250 ms, for all workers at once,
// so the page renders once per period however many workers train.

export interface RunSide {
  ready: boolean;
  step: number;
  loss: number;
  running: boolean;
  spec: ModelSpec | null;
  params: ParamSnapshot[] | null;
  readout: TaskReadout | null;
  error: string | null;
}

export interface EngineRuns {
  sides: RunSide[];
  train(steps: number): void;
  pause(): void;
  reset(): void;
}

const EMPTY: RunSide = { ready: false, step: 0, loss: Number.NaN, running: false, spec: null, params: null, readout: null, error: null };
const THROTTLE_MS = 250;

export function useEngineRuns(configs: readonly RunConfig[]): EngineRuns {
  const factory = useClientFactory();
  const n = configs.length;
  const [clients, setClients] = useState<EngineClient[] | null>(null);
  const [sides, setSides] = useState<RunSide[]>(() => configs.map(() => EMPTY));

  useEffect(() => {
    const made = Array.from({ length: n }, () => factory());
    const latest: RunSide[] = made.map(() => EMPTY);
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      last = performance.now();
      const now = [...latest];
      setSides(now);
    };
    const push = (k: number, next: RunSide, urgent: boolean) => {
      latest[k] = next;
      if (urgent) {
        if (timer !== null) clearTimeout(timer);
        flush();
        return;
      }
      if (timer !== null) return;
      timer = setTimeout(flush, Math.max(0, last + THROTTLE_MS - performance.now()));
    };
    const offs = made.map((client, k) =>
      client.subscribe((e) => {
        const side = latest[k] ?? EMPTY;
        if (e.type === 'ready') push(k, { ...EMPTY, ready: true, spec: e.model.spec }, true);
        else if (e.type === 'frame') push(k, { ...side, step: e.step, loss: e.loss, params: e.params, readout: e.readout ?? side.readout }, false);
        else if (e.type === 'status') push(k, { ...side, running: e.state === 'running' }, true);
        else if (e.type === 'failed') push(k, { ...side, running: false, error: e.message }, true);
        else if (e.type === 'diverged') push(k, { ...side, running: false, error: `diverged at step ${e.step}` }, true);
      }),
    );
    setClients(made);
    return () => {
      offs.forEach((off) => off());
      if (timer !== null) clearTimeout(timer);
      made.forEach((c) => c.terminate());
    };
  }, [factory, n]);

  const key = JSON.stringify(configs);
  const stable = useMemo(() => configs, [key]);
  useEffect(() => {
    if (clients === null) return;
    setSides(stable.map(() => EMPTY));
    stable.forEach((config, k) => clients[k]?.send({ type: 'configure', config }));
  }, [clients, stable]);

  return {
    sides,
    train: (steps) => clients?.forEach((c) => c.send({ type: 'train', train: { mode: 'steps', steps } })),
    pause: () => clients?.forEach((c) => c.send({ type: 'pause' })),
    reset: () => clients?.forEach((c) => c.send({ type: 'reset' })),
  };
}
