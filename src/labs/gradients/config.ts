// From the lab's settings to engine runs. Every run in the lab trains with
// plain SGD, W ← W − λ ∇W, as in the notes: an adaptive optimiser such as Adam
// divides each gradient by its own running size, which hides much of the
// vanishing and exploding this lab is about.

import type { Values } from '../../app/url-state.ts';
import type { Activation, CellKind, ClipSpec, InitSpec } from '../../engine/index.ts';
import type { RunConfig } from '../../worker/protocol.ts';
import type { GRADIENTS_SCHEMA } from './params.ts';

export type GradientParams = Values<typeof GRADIENTS_SCHEMA>;
export type InitKind = 'gaussian' | 'orthogonal' | 'identity' | 'echo_state';

/** W_hh at scale ρ under each initialiser (see InitSpec in the engine's api.ts). */
export function initSpec(kind: string, rho: number): InitSpec {
  switch (kind) {
    case 'gaussian':
      return { kind: 'gaussian', scale: rho };
    case 'identity':
      return { kind: 'identity', scale: rho };
    case 'echo_state':
      return { kind: 'echo_state', spectralRadius: rho };
    default:
      return { kind: 'orthogonal', gain: rho };
  }
}

export function asCell(v: string): CellKind {
  return v === 'lstm' || v === 'gru' ? v : 'rnn';
}

export function asActivation(v: string): Activation {
  return v === 'relu' || v === 'sigmoid' || v === 'identity' ? v : 'tanh';
}

/** The lab's live network: the recall task with T − 2 distractors, so the loss sits at the last step only. */
export function gradientRunConfig(p: GradientParams, clip: ClipSpec = { kind: 'none' }): RunConfig {
  const cell = asCell(p.cell);
  return {
    task: {
      kind: 'recall',
      distractors: p.steps - 2,
      hiddenSize: p.hidden,
      cell,
      ...(cell === 'rnn' && { activation: asActivation(p.act) }),
    },
    seed: p.seed,
    init: initSpec(p.init, p.rho),
    optimizer: { name: 'sgd', lr: p.lr },
    clip,
  };
}

/** The twin runs of the clipping section: the same network and seed, one clipped at τ. */
export function twinConfigs(p: GradientParams): { clipped: RunConfig; unclipped: RunConfig } {
  return {
    clipped: gradientRunConfig(p, { kind: 'norm', maxNorm: p.tau }),
    unclipped: gradientRunConfig(p, { kind: 'none' }),
  };
}

/** The remedies of the notes, each a change of one or two settings. */
export const REMEDIES = {
  relu: { on: { cell: 'rnn', act: 'relu' }, off: { act: 'tanh' } },
  identity: { on: { init: 'identity', rho: 1 }, off: { init: 'orthogonal' } },
  // the echo-state recipe: a random W_hh rescaled to a spectral radius just below 1
  echo: { on: { init: 'echo_state', rho: 0.95 }, off: { init: 'orthogonal' } },
  gated: { on: { cell: 'lstm' }, off: { cell: 'rnn' } },
} as const satisfies Record<string, { on: Partial<GradientParams>; off: Partial<GradientParams> }>;

export type Remedy = keyof typeof REMEDIES;

export function remedyActive(r: Remedy, p: GradientParams): boolean {
  switch (r) {
    case 'relu':
      return p.cell === 'rnn' && p.act === 'relu';
    case 'identity':
      return p.init === 'identity';
    case 'echo':
      return p.init === 'echo_state';
    case 'gated':
      return p.cell !== 'rnn';
  }
}

/**
 * Settings under which the run without clipping diverges within about ten
 * updates, whatever the seed: a linear net (identity activation) with ρ = 1.2
 * over 20 steps multiplies the gradient by up to 1.2¹⁹ ≈ 32, and each
 * unclipped step makes W_hh, and so the next gradient, larger still. The
 * learning rate is low enough that the clipped run settles instead.
 */
export const EXPLODING_PRESET = {
  cell: 'rnn',
  act: 'identity',
  init: 'orthogonal',
  rho: 1.2,
  steps: 20,
  lr: 0.01,
} as const satisfies Partial<GradientParams>;
