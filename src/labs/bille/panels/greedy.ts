// The greedy generation behind the stepper, from the worker's numbers. The
// page asks the worker for a forward pass on a candidate sequence (the word
// the network spells now, from the latest frame); in that pass each step's
// argmax must be the next input (x_t = argmax o_{t−1}). Where it is not, the
// candidate is corrected from that step on and asked again, so the stepper
// only ever shows a pass whose inputs are the network's own choices.

import type { BilleFrame } from '../../../views/bille/types.ts';
import { argmax, billeWeightsFromParams } from '../../../views/bille/types.ts';
import type { ParamSnapshot, TelemetrySnapshot } from '../../../worker/protocol.ts';

/** The letters of the first candidate: the frame's greedy sample when it fits, else the first letter repeated. */
export function firstCandidate(sample: string | null, word: string, vocab: readonly string[]): number[] {
  const L = Array.from(word).length;
  const first = Math.max(0, vocab.indexOf(Array.from(word)[0] ?? ''));
  const letters = sample === null ? [] : Array.from(sample);
  const ids = letters.map((ch) => vocab.indexOf(ch));
  if (ids.length === L && ids.every((id) => id >= 0) && ids[0] === first) return ids;
  return Array.from({ length: L }, () => first);
}

/** What the worker is asked to score: the candidate and one more token, so that it runs a step per letter. */
export function evaluationIds(candidate: readonly number[]): number[] {
  return [...candidate, candidate[candidate.length - 1] ?? 0];
}

/**
 * The first step whose argmax is not the next input, or -1 when the pass is
 * greedy throughout. `probs` is [t][k] over V outputs.
 */
export function firstMismatch(candidate: readonly number[], probs: ArrayLike<number>, V: number): number {
  for (let t = 0; t + 1 < candidate.length; t++) {
    if (argmax(probs, t * V, V) !== candidate[t + 1]) return t;
  }
  return -1;
}

/** The candidate corrected at step t: the argmax becomes input t + 1, and the rest is kept for the next try. */
export function corrected(candidate: readonly number[], probs: ArrayLike<number>, V: number, t: number): number[] {
  const next = [...candidate];
  next[t + 1] = argmax(probs, t * V, V);
  return next;
}

/** The stepper's frame: the evaluated pass over the candidate, with the weights it ran with. */
export function billeFrameFrom(candidate: readonly number[], tel: TelemetrySnapshot, vocab: readonly string[], params: readonly ParamSnapshot[] | null): BilleFrame | null {
  const L = candidate.length;
  const H = tel.hiddenSize;
  const V = tel.outputSize;
  if (tel.steps !== L || V !== vocab.length) return null;
  const byName = new Map((params ?? []).map((p) => [p.name, p.w]));
  const weightIh = byName.get('rnn.weight_ih_l0');
  const weightHh = byName.get('rnn.weight_hh_l0');
  const biasIh = byName.get('rnn.bias_ih_l0');
  const biasHh = byName.get('rnn.bias_hh_l0');
  const headWeight = byName.get('head.weight');
  const headBias = byName.get('head.bias');
  const weights =
    weightIh && weightHh && biasIh && biasHh && headWeight && headBias
      ? billeWeightsFromParams({ weightIh, weightHh, biasIh, biasHh, headWeight, headBias, hiddenSize: H, vocabSize: V })
      : null;
  return {
    vocab,
    hiddenSize: H,
    steps: L,
    inputs: Int32Array.from(candidate),
    h: tel.h.subarray(0, L * H),
    logits: tel.logits.subarray(0, L * V),
    probs: tel.probs.subarray(0, L * V),
    weights,
  };
}

/**
 * The network's next letter after each letter of the word, given the true
 * letters before it (the training pass in a frame): what the bigram table is
 * compared with. The last letter has no successor in the word, so null.
 */
export function teacherForcedPredictions(tel: TelemetrySnapshot, word: string, vocab: readonly string[]): (string | null)[] | null {
  const L = Array.from(word).length;
  const V = tel.outputSize;
  if (tel.steps !== L - 1 || V !== vocab.length) return null;
  return Array.from({ length: L }, (_, t) => (t < L - 1 ? (vocab[argmax(tel.probs, t * V, V)] ?? null) : null));
}
