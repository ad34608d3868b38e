import { useEffect, useMemo, useRef, useState } from 'react';
import { useClientFactory } from '../../app/engine-context.ts';
import { paceOf } from '../../state/speed.ts';
import { createTelemetryBuffer, type TelemetryBuffer } from '../../state/telemetry.ts';
import type { ClipData } from '../../views/gradients/clip/clip-data.ts';
import { createSource, type DataSource } from '../../views/gradients/common/source.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import type { RunConfig, RunState } from '../../worker/protocol.ts';
import { sliceFrom } from './derive.ts';

// The clipping comparison: two engines train the same network from the same
// seed, one clipped by global norm and one not, side by side. Their frames go
// to two telemetry buffers, which feed one source for the clipping views.
// Neither touches the store: the status line belongs to the lab's main run.
//
// The twins are paced (250 updates a second, asked for a batch at a time)
// rather than trained flat out: the two curves then grow side by side where
// the class can follow them, and two engines running flat out would leave a
// two-core laptop's page too little time to draw.

export interface TwinState {
  clipped: RunState;
  unclipped: RunState;
  clippedDiverged: number | null;
  unclippedDiverged: number | null;
  /** both engines have reported ready for the current settings */
  ready: boolean;
}

export interface TwinRuns {
  state: TwinState;
  source: DataSource<ClipData>;
  /** train both for `steps` more updates */
  run(steps: number): void;
  pause(): void;
  /** rebuild both from the seed */
  reset(): void;
}

const IDLE: TwinState = { clipped: 'idle', unclipped: 'idle', clippedDiverged: null, unclippedDiverged: null, ready: false };
const PACE = paceOf(4) ?? { intervalMs: 100, steps: 25 };
type Which = 'clipped' | 'unclipped';
const WHICH: readonly Which[] = ['clipped', 'unclipped'];
const same = (a: TwinState, b: TwinState): boolean =>
  a.clipped === b.clipped &&
  a.unclipped === b.unclipped &&
  a.clippedDiverged === b.clippedDiverged &&
  a.unclippedDiverged === b.unclippedDiverged &&
  a.ready === b.ready;

function curve(b: TelemetryBuffer): ClipData['clipped'] {
  const h = b.history;
  return { step: h.step.subarray(0, h.length), loss: h.loss.subarray(0, h.length), gradNorm: h.gradNorm.subarray(0, h.length) };
}

export function useTwinRuns(configs: { clipped: RunConfig; unclipped: RunConfig }, tau: number): TwinRuns {
  const factory = useClientFactory();
  const [buffers] = useState(() => ({ clipped: createTelemetryBuffer(), unclipped: createTelemetryBuffer() }));
  const [source] = useState(() => createSource<ClipData>());
  const [clients, setClients] = useState<{ clipped: EngineClient; unclipped: EngineClient } | null>(null);
  const [state, setState] = useState<TwinState>(IDLE);
  const stateRef = useRef(state);
  const tauRef = useRef(tau);
  // The pacing timer and the updates still to ask for; while it runs, each batch's 'done' is not the end.
  const ticker = useRef<{ timer: ReturnType<typeof setInterval>; left: number } | null>(null);

  // One source value from both buffers and the divergence steps; rebuilt on every frame (cheap: views of the arrays).
  const publish = useMemo(
    () => () => {
      const s = stateRef.current;
      const frame = buffers.clipped.frame;
      source.set({
        tau: tauRef.current,
        clipped: curve(buffers.clipped),
        unclipped: curve(buffers.unclipped),
        clippedDiverged: s.clippedDiverged,
        unclippedDiverged: s.unclippedDiverged,
        slice: frame ? sliceFrom(frame) : null,
      });
    },
    [buffers, source],
  );

  useEffect(() => {
    const made = { clipped: factory(), unclipped: factory() };
    const offs = (['clipped', 'unclipped'] as const).map((which) => {
      const buffer = buffers[which];
      return made[which].subscribe((event) => {
        switch (event.type) {
          case 'frame':
            buffer.push(event);
            return publish();
          case 'ready':
            buffer.clear();
            return update({ [which]: 'paused', [`${which}Diverged`]: null });
          case 'status':
            // Between two paced batches the engine reports done; the run goes on.
            if (ticker.current !== null && event.state === 'done') return undefined;
            return update({ [which]: event.state });
          case 'diverged':
            update({ [which]: 'diverged', [`${which}Diverged`]: event.step });
            return publish();
          default:
            return undefined;
        }
      });
    });
    function update(patch: Partial<TwinState>): void {
      const next = { ...stateRef.current, ...patch };
      next.ready = next.clipped !== 'idle' && next.unclipped !== 'idle';
      if (same(next, stateRef.current)) return;
      stateRef.current = next;
      setState(next);
    }
    setClients(made);
    return () => {
      stopTicker();
      offs.forEach((off) => off());
      made.clipped.terminate();
      made.unclipped.terminate();
    };
  }, [factory, buffers, publish]);

  function stopTicker(): void {
    if (ticker.current !== null) clearInterval(ticker.current.timer);
    ticker.current = null;
  }

  const key = JSON.stringify(configs);
  useEffect(() => {
    if (clients === null) return;
    const c = JSON.parse(key) as typeof configs;
    stopTicker();
    stateRef.current = IDLE;
    setState(IDLE);
    clients.clipped.send({ type: 'configure', config: c.clipped });
    clients.unclipped.send({ type: 'configure', config: c.unclipped });
  }, [clients, key]);

  useEffect(() => {
    tauRef.current = tau;
    publish();
  }, [tau, publish]);

  return {
    state,
    source,
    run(steps) {
      if (clients === null) return;
      stopTicker();
      const tick = (): void => {
        const t = ticker.current;
        if (t === null) return;
        const n = Math.min(PACE.steps, t.left);
        t.left -= n;
        // The last batch: from here the engines' own 'done' ends the run.
        if (t.left <= 0) stopTicker();
        // A diverged run stays where it stopped: asking it again would only diverge again.
        for (const which of WHICH) {
          if (stateRef.current[`${which}Diverged`] === null) clients[which].send({ type: 'train', train: { mode: 'steps', steps: n } });
        }
      };
      ticker.current = { timer: setInterval(tick, PACE.intervalMs), left: steps };
      tick();
    },
    pause() {
      stopTicker();
      clients?.clipped.send({ type: 'pause' });
      clients?.unclipped.send({ type: 'pause' });
    },
    reset() {
      stopTicker();
      stateRef.current = IDLE;
      setState(IDLE);
      clients?.clipped.send({ type: 'reset' });
      clients?.unclipped.send({ type: 'reset' });
    },
  };
}
