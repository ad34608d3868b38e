import { describe, expect, it } from 'vitest';
import { MEMORY_DEFAULTS, type MemoryConfig } from '../../../src/engine/experiments/memory.ts';
import { createMemoryCore } from '../../../src/labs/gradients/memory/memory-core.ts';
import { createMemoryClient } from '../../../src/labs/gradients/memory/memory-client.ts';
import type { MemoryEvent } from '../../../src/labs/gradients/memory/memory-protocol.ts';
import { manualScheduler } from '../../worker/fakes.ts';

const SMALL: MemoryConfig = { ...MEMORY_DEFAULTS, ks: [1, 4], hiddenSize: 5, steps: 60, evalSamples: 20 };

function harness() {
  // every clock reading moves it 0.5 ms: slices of 10 ms end after a few updates
  const scheduler = manualScheduler(0.5);
  const events: MemoryEvent[] = [];
  const core = createMemoryCore((e) => events.push(e), scheduler);
  return { scheduler, events, core };
}

describe('the memory experiment worker core', () => {
  it('trains in slices, posting each result as it is scored, the paths after the longest K, then done', () => {
    const { scheduler, events, core } = harness();
    core.handle({ type: 'start', id: 3, config: SMALL });
    let slices = 0;
    while (scheduler.pending > 0) {
      scheduler.runUntil(Number.POSITIVE_INFINITY);
      slices++;
    }
    expect(events.every((e) => e.id === 3)).toBe(true);
    const results = events.flatMap((e) => (e.type === 'result' ? [`${e.result.k}${e.result.cell}`] : []));
    expect(results).toEqual(['1rnn', '1lstm', '1gru', '4rnn', '4lstm', '4gru']);
    const kinds = events.map((e) => e.type);
    expect(kinds[0]).toBe('progress');
    expect(kinds.at(-1)).toBe('done');
    expect(kinds.filter((k) => k === 'paths')).toHaveLength(1);
    // the paths come with the last network of the longest K
    expect(kinds.indexOf('paths')).toBeGreaterThan(kinds.lastIndexOf('result'));
    const last = events.filter((e) => e.type === 'progress').at(-1);
    expect(last?.type === 'progress' && last.progress).toEqual({ done: 6, total: 6, current: null });
    for (const e of events) if (e.type === 'result') expect(e.result.accuracy).toBeGreaterThanOrEqual(0);
    expect(slices).toBeGreaterThan(0);
    core.dispose();
  });

  it('yields between slices, so a stop is handled before the next one', () => {
    const { scheduler, events, core } = harness();
    core.handle({ type: 'start', id: 1, config: { ...SMALL, steps: 5000 } });
    expect(scheduler.pending).toBe(1);
    // one slice (it reads the clock past `until`): a few updates, then the next slice waits in the queue
    scheduler.runUntil(scheduler.now() + 1);
    expect(scheduler.pending).toBe(1);
    const progress = events.filter((e) => e.type === 'progress').at(-1);
    const step = progress?.type === 'progress' ? (progress.progress.current?.step ?? 0) : 0;
    expect(step).toBeGreaterThan(0);
    expect(step).toBeLessThan(5000);
    core.handle({ type: 'stop' });
    const before = events.length;
    scheduler.runUntil(Number.POSITIVE_INFINITY);
    expect(scheduler.pending).toBe(0);
    expect(events.length).toBe(before);
    expect(events.some((e) => e.type === 'done')).toBe(false);
    core.dispose();
  });

  it('reports a configuration the engine refuses, with the field', () => {
    const { scheduler, events, core } = harness();
    core.handle({ type: 'start', id: 2, config: { ...SMALL, hiddenSize: 0 } });
    scheduler.runUntil(Number.POSITIVE_INFINITY);
    const failed = events.find((e) => e.type === 'failed');
    expect(failed?.type === 'failed' && failed.message).toMatch(/hiddenSize/);
    expect(failed?.id).toBe(2);
    core.dispose();
  });
});

describe('the memory experiment client (in-thread, as in jsdom)', () => {
  it('drops the events of a start that a newer start replaced', async () => {
    const client = createMemoryClient(false);
    const seen: MemoryEvent[] = [];
    client.subscribe((e) => seen.push(e));
    client.start({ ...SMALL, steps: 5000 });
    client.start({ ...SMALL, ks: [1], steps: 20 });
    await new Promise<void>((resolve) => {
      const off = client.subscribe((e) => {
        if (e.type === 'done') {
          off();
          resolve();
        }
      });
    });
    expect(seen.every((e) => e.id === 2)).toBe(true);
    expect(seen.filter((e) => e.type === 'result')).toHaveLength(3);
    client.terminate();
  });
});
