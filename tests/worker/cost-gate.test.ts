// The cost gate: cheap extras every frame, costly ones rarely, blocking ones only at rest.

import { describe, expect, it } from 'vitest';
import { createCostGate } from '../../src/worker/cost-gate.ts';

function setup() {
  let time = 0;
  const gate = createCostGate(() => time, { share: 0.2, maxBlockingMs: 40 });
  const work = (ms: number) => () => {
    time += ms;
  };
  return { gate, work, advance: (ms: number) => (time += ms) };
}

describe('cost gate', () => {
  it('runs unknown work once to measure it, then cheap work whenever asked', () => {
    const { gate, work } = setup();
    expect(gate.tryRun('cheap', 'training', work(0))).toBe(true);
    expect(gate.tryRun('cheap', 'training', work(0))).toBe(true);
  });

  it('while training, spaces costly work to a fifth of the time', () => {
    const { gate, work, advance } = setup();
    expect(gate.tryRun('jacobian', 'training', work(10))).toBe(true);
    advance(30); // 40 ms since it started: 10 ms is a quarter, too much
    expect(gate.tryRun('jacobian', 'training', work(10))).toBe(false);
    advance(10);
    expect(gate.tryRun('jacobian', 'training', work(10))).toBe(true);
    expect(gate.tryRun('jacobian', 'resting', work(10))).toBe(true);
  });

  it('never runs blocking work while training or resting, always when asked for completeness', () => {
    const { gate, work, advance } = setup();
    expect(gate.tryRun('spectrum', 'resting', work(200))).toBe(true);
    advance(10_000);
    expect(gate.tryRun('spectrum', 'training', work(200))).toBe(false);
    expect(gate.tryRun('spectrum', 'resting', work(200))).toBe(false);
    expect(gate.tryRun('spectrum', 'complete', work(20))).toBe(true);
    // measured again: now cheap
    expect(gate.tryRun('spectrum', 'resting', work(20))).toBe(true);
    gate.reset();
    expect(gate.tryRun('spectrum', 'training', work(200))).toBe(true);
  });
});
