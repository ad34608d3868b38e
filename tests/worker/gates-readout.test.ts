// The gates lab's typed payloads on the real engine: the Teddy taggers'
// answers travel as a TeddyReadout (not as text in `sample`), and an
// evaluation carries the weights its pass used.

import { afterEach, describe, expect, it } from 'vitest';
import { TEDDY_TEST } from '../../src/engine/index.ts';
import { gatesRunConfig, teddyRunConfig } from '../../src/labs/gates/config.ts';
import { harness, isStatus, isType } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness | null = null;
afterEach(() => {
  h?.core.dispose();
  h = null;
});

describe('gates lab payloads', () => {
  it('Teddy frames carry P(PERSON) per test sentence as a transferred readout', async () => {
    h = harness();
    const { core, frames, next, events, transfers } = h;
    core.handle({ type: 'configure', runId: 1, config: teddyRunConfig(1, true) });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 20 } });
    await next(isStatus('done'));
    const last = frames().at(-1);
    expect(last?.sample).toBeNull();
    expect(last?.readout?.kind).toBe('teddy');
    const readout = last?.readout?.kind === 'teddy' ? last.readout : undefined;
    const p = Array.from(readout?.pPerson ?? []);
    expect(p).toHaveLength(TEDDY_TEST.length);
    for (const x of p) expect(x > 0 && x < 1).toBe(true);
    const k = events.lastIndexOf(last as (typeof events)[number]);
    expect(transfers[k]).toContain(readout?.pPerson.buffer);
  });

  it('an evaluation reports the weights it used, equal to the paused run’s', async () => {
    h = harness();
    const { core, frames, next } = h;
    const text = 'the cat sat on the mat, the dog sat on the log. '.repeat(4);
    const p = { seed: 2, cell: 'gru', reset: 'before', hidden: 6, lr: 0.01, text: 'own', speed: 1 } as const;
    core.handle({ type: 'configure', runId: 1, config: gatesRunConfig(p, text) });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 5 } });
    await next(isStatus('done'));
    core.handle({ type: 'evaluate', requestId: 7, input: { kind: 'text', text: text.slice(0, 40) } });
    const ev = await next(isType('evaluated'));
    const frame = frames().at(-1);
    expect(ev.params?.map((q) => q.name)).toEqual(frame?.params.map((q) => q.name));
    expect(ev.params?.map((q) => Array.from(q.w))).toEqual(frame?.params.map((q) => Array.from(q.w)));
  });
});
