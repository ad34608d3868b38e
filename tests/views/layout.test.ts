import { describe, expect, it } from 'vitest';
import { computeGeometry, fitLabel, outputSteps, stepSpecs, weightKeys } from '../../src/views/unrolled-graph/layout.ts';

describe('task shapes', () => {
  it('many-to-one has a single output, at the last step', () => {
    expect(outputSteps('many-to-one', 6)).toEqual([5]);
    const specs = stepSpecs('many-to-one', 6);
    expect(specs.filter((s) => s.outputRow >= 0).map((s) => s.t)).toEqual([5]);
    expect(specs.every((s) => s.input === 'external')).toBe(true);
  });

  it('many-to-many has an output at every step', () => {
    expect(outputSteps('many-to-many', 4)).toEqual([0, 1, 2, 3]);
  });

  it('one-to-many feeds each prediction back as the next input', () => {
    const specs = stepSpecs('one-to-many', 5);
    expect(specs.map((s) => s.input)).toEqual(['external', 'fed-back', 'fed-back', 'fed-back', 'fed-back']);
    expect(specs.every((s) => s.outputRow >= 0)).toBe(true);
  });

  it('one-to-one is a single step without recurrence', () => {
    const specs = stepSpecs('one-to-one', 12);
    expect(specs).toHaveLength(1);
    expect(specs[0]?.recurrentIn).toBe(false);
    expect(weightKeys('one-to-one')).not.toContain('Whh');
  });

  it('encoder-decoder outputs only on decoder steps, with the decoder’s own matrices', () => {
    const specs = stepSpecs('encoder-decoder', 13, 6);
    expect(outputSteps('encoder-decoder', 13, 6)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(specs[5]?.segment).toBe('encoder');
    expect(specs[6]?.segment).toBe('decoder');
    expect(specs[6]?.input).toBe('external');
    expect(specs[7]?.input).toBe('fed-back');
    expect(specs[3]?.wh).toBe('Whh');
    expect(specs[8]?.wh).toBe('Whh_dec');
  });

  it('clamps the sequence length to 1..30', () => {
    expect(stepSpecs('many-to-many', 99)).toHaveLength(30);
    expect(stepSpecs('many-to-many', 0)).toHaveLength(1);
  });
});

describe('geometry', () => {
  const cfg = { shape: 'many-to-many', cell: 'vanilla', mode: 'forward', rolled: false } as const;

  it('fits five steps on a 390 px phone without scrolling', () => {
    const g = computeGeometry({ ...cfg, steps: 5 }, 358);
    expect(g.width).toBeLessThanOrEqual(358);
    expect(g.colX).toHaveLength(5);
  });

  it('scrolls and goes compact at 30 steps rather than shrinking below legibility', () => {
    const g = computeGeometry({ ...cfg, steps: 30 }, 358);
    expect(g.width).toBeGreaterThan(358);
    expect(g.compact).toBe(true);
    expect(g.colW).toBeGreaterThanOrEqual(40);
  });

  it('adds the contribution row in backward mode and gated rows for LSTM', () => {
    const fwd = computeGeometry({ ...cfg, steps: 5 }, 900);
    const back = computeGeometry({ ...cfg, steps: 5, mode: 'backward' }, 900);
    const lstm = computeGeometry({ ...cfg, steps: 5, cell: 'lstm' }, 900);
    expect(fwd.contrib).toBeNull();
    expect(back.contrib).not.toBeNull();
    expect(lstm.h.height).toBeGreaterThan(fwd.h.height);
    expect(lstm.cLineY).not.toBeNull();
  });

  it('shortens long tokens with an ellipsis', () => {
    expect(fitLabel('Roosevelt', 5)).toBe('Roos…');
    expect(fitLabel('cat', 5)).toBe('cat');
  });
});
