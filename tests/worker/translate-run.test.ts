// The translate lab's run on the real engine through the worker core: frames
// carry a TranslateReadout and the pair's weights under PyTorch's encoder./
// decoder. names, `generate` translates step by step with whole
// distributions, `evaluate` leaves the encoder's states, and a sentence of
// unknown words is refused with a message naming them.

import { afterEach, describe, expect, it } from 'vitest';
import { translateTask } from '../../src/engine/index.ts';
import { translateRunConfig } from '../../src/labs/translate/config.ts';
import { TRANSLATE_SCHEMA } from '../../src/labs/translate/params.ts';
import { defaults } from '../../src/app/url-state.ts';
import { harness, isStatus, isType } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness | null = null;
afterEach(() => {
  h?.core.dispose();
  h = null;
});

const P = { ...defaults(TRANSLATE_SCHEMA), hidden: 12 };

describe('the translate run', () => {
  it('trains the pair and reports its score and examples', async () => {
    h = harness();
    const { core, frames, next } = h;
    core.handle({ type: 'configure', runId: 1, config: translateRunConfig(P) });
    const ready = await next(isType('ready'));
    expect(ready.model.params.map((p) => p.name)).toContain('encoder.rnn.weight_hh_l0');
    expect(ready.model.params.map((p) => p.name)).toContain('decoder.head.weight');
    core.handle({ type: 'train', train: { mode: 'steps', steps: 30 } });
    await next(isStatus('done'));
    const last = frames().at(-1);
    expect(last?.step).toBe(30);
    const r = last?.readout?.kind === 'translate' ? last.readout : null;
    expect(r).not.toBeNull();
    expect(r?.total).toBe(105);
    expect(r?.longTotal).toBe(6);
    expect(r?.checked).toBeGreaterThan(0);
    expect(r?.examples.filter((e) => !e.seen)).toHaveLength(6);
    expect(last?.params.find((p) => p.name === 'decoder.rnn.weight_ih_l0')?.rows).toBe(3 * 12);
    expect(Number.isFinite(last?.loss)).toBe(true);
  });

  it('translates a typed sentence step by step and shows the encoder’s states', async () => {
    h = harness();
    const { core, next } = h;
    const task = translateTask({ direction: 'en-fr', cell: 'gru', hiddenSize: 12, embeddingDim: 24 });
    core.handle({ type: 'configure', runId: 1, config: translateRunConfig(P) });
    await next(isType('ready'));
    core.handle({ type: 'generate', requestId: 3, prefix: 'The cat sat on the SOFA.', length: 10, temperature: 0 });
    const g = await next(isType('generated'));
    expect(g.ids.length).toBeGreaterThan(0);
    expect(g.ids.length).toBeLessThanOrEqual(10);
    const K = task.targetVocab.length;
    expect(g.probs.length).toBe(g.ids.length * K);
    for (let i = 0; i < g.ids.length; i++) {
      const row = Array.from(g.probs.subarray(i * K, (i + 1) * K));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
      // greedy: the chosen word is the most likely one
      expect(row[g.ids[i] ?? -1]).toBe(Math.max(...row));
    }
    core.handle({ type: 'evaluate', requestId: 4, input: { kind: 'text', text: 'the cat sat on the sofa' } });
    const ev = await next(isType('evaluated'));
    // "sofa" is left out: five words reach the encoder
    expect(ev.telemetry.steps).toBe(5);
    expect(ev.telemetry.hiddenSize).toBe(12);
    core.handle({ type: 'generate', requestId: 5, prefix: 'sofa lamp', length: 10, temperature: 0 });
    const failed = await next(isType('failed'));
    expect(failed.requestId).toBe(5);
    expect(failed.message).toContain('sofa, lamp');
  });
});
