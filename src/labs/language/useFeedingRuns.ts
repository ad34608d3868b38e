import { useEffect, useState } from 'react';
import { createTelemetryBuffer, type TelemetryBuffer } from '../../state/telemetry.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import type { RunConfig, RunState } from '../../worker/protocol.ts';

// Teacher forcing against free running: two engines train the same network
// from the same seed on the same windows, one fed the true tokens and one its
// own greedy guesses. Their frames go to two buffers of their own; neither
// touches the store (the status line belongs to the lab's main run).

export type Feeding = 'teacher' | 'free';
export const FEEDINGS: readonly Feeding[] = ['teacher', 'free'];

export interface FeedingRuns {
  clients: Record<Feeding, EngineClient> | null;
  buffers: Record<Feeding, TelemetryBuffer>;
  state: Record<Feeding, RunState>;
  /** bumps when a run is rebuilt or a batch of updates ends: time to read the models again */
  settled: number;
  train(steps: number): void;
  pause(): void;
  reset(): void;
}

const IDLE: Record<Feeding, RunState> = { teacher: 'idle', free: 'idle' };

export function useFeedingRuns(factory: () => EngineClient, configs: Record<Feeding, RunConfig>): FeedingRuns {
  const [buffers] = useState(() => ({ teacher: createTelemetryBuffer(), free: createTelemetryBuffer() }));
  const [clients, setClients] = useState<Record<Feeding, EngineClient> | null>(null);
  const [state, setState] = useState(IDLE);
  const [settled, setSettled] = useState(0);

  useEffect(() => {
    const made = { teacher: factory(), free: factory() };
    const offs = FEEDINGS.map((which) =>
      made[which].subscribe((event) => {
        switch (event.type) {
          case 'frame':
            buffers[which].push(event);
            return;
          case 'ready':
            buffers[which].clear();
            setState((s) => ({ ...s, [which]: 'paused' }));
            setSettled((n) => n + 1);
            return;
          case 'status':
            setState((s) => (s[which] === event.state ? s : { ...s, [which]: event.state }));
            if (event.state === 'done' || event.state === 'paused') setSettled((n) => n + 1);
            return;
          case 'diverged':
            setState((s) => ({ ...s, [which]: 'diverged' }));
            return;
          default:
            return;
        }
      }),
    );
    setClients(made);
    return () => {
      offs.forEach((off) => off());
      made.teacher.terminate();
      made.free.terminate();
    };
  }, [factory, buffers]);

  const key = JSON.stringify(configs);
  useEffect(() => {
    if (clients === null) return;
    const c = JSON.parse(key) as Record<Feeding, RunConfig>;
    setState(IDLE);
    for (const which of FEEDINGS) clients[which].send({ type: 'configure', config: c[which] });
  }, [clients, key]);

  return {
    clients,
    buffers,
    state,
    settled,
    train(steps) {
      for (const which of FEEDINGS) clients?.[which].send({ type: 'train', train: { mode: 'steps', steps } });
    },
    pause() {
      for (const which of FEEDINGS) clients?.[which].send({ type: 'pause' });
    },
    reset() {
      for (const which of FEEDINGS) clients?.[which].send({ type: 'reset' });
    },
  };
}
