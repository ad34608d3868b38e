import { startTransition, useEffect, useState } from 'react';
import { useClientFactory } from '../../app/engine-context.ts';
import type { Curve, JacobianCell } from '../../views/gates/jacobian/curves.ts';
import { curveOf } from '../../views/gates/jacobian/curves.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import { gatesRunConfig } from './config.ts';
import type { GATES_SCHEMA } from './params.ts';
import type { Values } from '../../app/url-state.ts';

// The gradient-path comparison: three small networks (simple LSTM, LSTM and
// the plain tanh cell) on the lab's text, from the lab's seed and size. Each
// reads the passage (an `evaluate`, whose reply carries the Jacobian norms the
// worker computed along it) when it is built and when a training budget ends.

export const JACOBIAN_CELLS: readonly JacobianCell[] = ['lstm_simple', 'lstm', 'rnn'];
export const JACOBIAN_UPDATES = 300;

export interface JacobianRuns {
  curves: Partial<Record<JacobianCell, Curve>>;
  /** fewest updates done by the three */
  step: number;
  ready: boolean;
  busy: boolean;
  train(): void;
}

/**
 * `active` is false until the section first comes near the screen: three
 * workers starting beside the lab's own would compete with the page for the
 * processor just when it opens, for a plot nobody sees yet.
 */
export function useJacobianRuns(p: Values<typeof GATES_SCHEMA>, text: string, passage: string, active: boolean): JacobianRuns {
  const factory = useClientFactory();
  const [clients, setClients] = useState<Record<JacobianCell, EngineClient> | null>(null);
  const [curves, setCurves] = useState<Partial<Record<JacobianCell, Curve>>>({});
  const [steps, setSteps] = useState<Partial<Record<JacobianCell, number>>>({});
  const [ready, setReady] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!active) return;
    const made = { lstm_simple: factory(), lstm: factory(), rnn: factory() };
    setClients(made);
    return () => JACOBIAN_CELLS.forEach((c) => made[c].terminate());
  }, [factory, active]);

  const { seed, hidden, lr } = p;
  useEffect(() => {
    if (clients === null) return;
    setCurves({});
    setSteps({});
    setReady(0);
    setBusy(false);
    // The lab's settings with an LSTM (no GRU convention), then each cell in turn.
    const base = gatesRunConfig({ ...p, cell: 'lstm', seed, hidden, lr }, text);
    const offs = JACOBIAN_CELLS.map((cell) => {
      const client = clients[cell];
      const read = () => client.send({ type: 'evaluate', requestId: 1, input: { kind: 'text', text: passage } });
      const off = client.subscribe((e) => {
        if (e.type === 'ready') {
          setReady((n) => n + 1);
          read();
        } else if (e.type === 'status' && e.state === 'done') {
          setSteps((s) => ({ ...s, [cell]: e.step }));
          read();
        } else if (e.type === 'evaluated') {
          const curve = curveOf(cell, e.telemetry);
          startTransition(() => setCurves((c) => ({ ...c, [cell]: curve })));
        }
      });
      if (base.task.kind === 'charlm') client.send({ type: 'configure', config: { ...base, task: { ...base.task, cell } } });
      return off;
    });
    return () => offs.forEach((off) => off());
    // p's other fields (speed, text choice, GRU convention) do not change these runs.
  }, [clients, seed, hidden, lr, text, passage]);

  const step = Math.min(...JACOBIAN_CELLS.map((c) => steps[c] ?? 0));
  const allDone = JACOBIAN_CELLS.every((c) => steps[c] !== undefined);

  return {
    curves,
    step,
    ready: ready >= JACOBIAN_CELLS.length,
    busy: busy && !allDone,
    train() {
      if (clients === null) return;
      setBusy(true);
      setSteps({});
      JACOBIAN_CELLS.forEach((c) => clients[c].send({ type: 'train', train: { mode: 'steps', steps: JACOBIAN_UPDATES } }));
    },
  };
}
