import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/app/url-state.ts';
import {
  EXPLODING_PRESET,
  REMEDIES,
  gradientRunConfig,
  initSpec,
  remedyActive,
  twinConfigs,
  type GradientParams,
  type Remedy,
} from '../../../src/labs/gradients/config.ts';
import { GRADIENTS_HIDEABLE, GRADIENTS_SCHEMA } from '../../../src/labs/gradients/params.ts';

const base = defaults(GRADIENTS_SCHEMA) as GradientParams;

describe('the gradients lab settings', () => {
  it('maps the scale slider onto each initialiser', () => {
    expect(initSpec('gaussian', 0.7)).toEqual({ kind: 'gaussian', scale: 0.7 });
    expect(initSpec('orthogonal', 1.5)).toEqual({ kind: 'orthogonal', gain: 1.5 });
    expect(initSpec('identity', 1)).toEqual({ kind: 'identity', scale: 1 });
    expect(initSpec('echo_state', 0.95)).toEqual({ kind: 'echo_state', spectralRadius: 0.95 });
  });

  it('builds the recall task with T − 2 distractors, SGD, and the activation for the vanilla cell only', () => {
    const c = gradientRunConfig({ ...base, steps: 200, hidden: 64, act: 'relu', lr: 0.2, seed: 9 });
    expect(c.task).toEqual({ kind: 'recall', distractors: 198, hiddenSize: 64, cell: 'rnn', activation: 'relu' });
    expect(c.optimizer).toEqual({ name: 'sgd', lr: 0.2 });
    expect(c.clip).toEqual({ kind: 'none' });
    expect(c.seed).toBe(9);
    expect(gradientRunConfig({ ...base, cell: 'gru', act: 'relu' }).task).not.toHaveProperty('activation');
  });

  it('trains the twins from the same network, one clipped at τ', () => {
    const { clipped, unclipped } = twinConfigs({ ...base, tau: 2.5 });
    expect(clipped.clip).toEqual({ kind: 'norm', maxNorm: 2.5 });
    expect(unclipped.clip).toEqual({ kind: 'none' });
    expect({ ...clipped, clip: null }).toEqual({ ...unclipped, clip: null });
  });

  it('turns each remedy on and off, and recognises it when on', () => {
    for (const r of Object.keys(REMEDIES) as Remedy[]) {
      const on = { ...base, ...REMEDIES[r].on };
      expect(remedyActive(r, on), r).toBe(true);
      expect(remedyActive(r, { ...on, ...REMEDIES[r].off }), r).toBe(false);
    }
  });

  it('keeps the exploding example inside the URL schema', () => {
    for (const [key, value] of Object.entries(EXPLODING_PRESET)) {
      const spec = GRADIENTS_SCHEMA[key as keyof typeof GRADIENTS_SCHEMA];
      if (spec.kind === 'enum') expect(spec.values).toContain(value);
      else if (spec.kind === 'int' || spec.kind === 'number') {
        expect(value).toBeGreaterThanOrEqual(spec.min);
        expect(value).toBeLessThanOrEqual(spec.max);
      }
    }
    expect(GRADIENTS_HIDEABLE).toContain('remedies');
  });
});
