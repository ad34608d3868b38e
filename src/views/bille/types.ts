// Data of the "bille" lab views (generation stepper, bigram comparison,
// hidden-state trajectory): the lecture's toy generator with vocabulary
// i, b, e, l as one-hot vectors, h_0 = 0, x_1 = b, then x_t = argmax o_{t−1}.

/** The lecture's vocabulary, in its one-hot order. */
export const BILLE_VOCAB: readonly string[] = ['i', 'b', 'e', 'l'];
export const BILLE_WORD = 'bille';

/** Row-major parameters of h_t = tanh(W_h [h_{t−1}; x_t] + b_h), o_t = W_o h_t + b_o. */
export interface BilleWeights {
  /** H x (H + V): the first H columns act on h_{t−1}, the last V on x_t */
  Wh: Float64Array;
  bh: Float64Array;
  /** V x H */
  Wo: Float64Array;
  bo: Float64Array;
}

/** One greedy generation, step by step. Arrays are [t][unit] row-major. */
export interface BilleFrame {
  vocab: readonly string[];
  hiddenSize: number;
  steps: number;
  /** the input id at each step: x_1 = b, then the previous argmax */
  inputs: ArrayLike<number>;
  h: Float64Array;
  logits: Float64Array;
  probs: Float64Array;
  weights: BilleWeights | null;
}

/**
 * Builds W_h = [W_hh | W_ih] and b_h = b_ih + b_hh from PyTorch-layout
 * parameters (the engine's rnn.weight_hh_l0, rnn.weight_ih_l0, ...).
 */
export function billeWeightsFromParams(p: {
  weightIh: ArrayLike<number>;
  weightHh: ArrayLike<number>;
  biasIh: ArrayLike<number>;
  biasHh: ArrayLike<number>;
  headWeight: ArrayLike<number>;
  headBias: ArrayLike<number>;
  hiddenSize: number;
  vocabSize: number;
}): BilleWeights {
  const H = p.hiddenSize;
  const V = p.vocabSize;
  const Wh = new Float64Array(H * (H + V));
  for (let j = 0; j < H; j++) {
    for (let k = 0; k < H; k++) Wh[j * (H + V) + k] = p.weightHh[j * H + k] ?? 0;
    for (let v = 0; v < V; v++) Wh[j * (H + V) + H + v] = p.weightIh[j * V + v] ?? 0;
  }
  const bh = new Float64Array(H);
  for (let j = 0; j < H; j++) bh[j] = (p.biasIh[j] ?? 0) + (p.biasHh[j] ?? 0);
  return { Wh, bh, Wo: Float64Array.from(p.headWeight), bo: Float64Array.from(p.headBias) };
}

/** Index of the largest of n entries from offset (the first one on ties), -1 when n is 0. */
export function argmax(a: ArrayLike<number>, offset: number, n: number): number {
  let best = -1;
  let bv = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = a[offset + i] ?? -Infinity;
    if (v > bv) {
      bv = v;
      best = i;
    }
  }
  return best;
}

/** The word a frame spells: the first input, then each step's argmax (all but the last step's, which has no successor in the word). */
export function generatedWord(frame: BilleFrame, length = frame.steps): string {
  const V = frame.vocab.length;
  let word = frame.vocab[frame.inputs[0] ?? 0] ?? '';
  for (let t = 0; t < Math.min(frame.steps, length) - 1; t++) word += frame.vocab[argmax(frame.probs, t * V, V)] ?? '';
  return word;
}
